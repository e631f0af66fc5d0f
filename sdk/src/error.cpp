#include "strata/error.hpp"

namespace strata {

// Out of line so the vtable and type_info live in the SDK library only (plugin-host.md, rule 6).
Error::~Error() = default;

InputError::InputError(const std::string& message, std::size_t byte_offset)
    : Error(message), byte_offset_(byte_offset) {}

InputError::~InputError() = default;

}  // namespace strata
