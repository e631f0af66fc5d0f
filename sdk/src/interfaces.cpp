// Key functions of the SDK's interfaces, kept here so their vtables and type_info live in the SDK
// library alone (plugin-host.md, rule 6).
#include "strata/annotator.hpp"
#include "strata/logger.hpp"
#include "strata/trainer.hpp"

namespace strata {

Logger::~Logger() = default;
Annotator::~Annotator() = default;
Trainer::~Trainer() = default;

}  // namespace strata
