// Errors found before any document is processed: they end the run with exit code 2.
#pragma once

#include <stdexcept>

namespace strata::host {

// A usage, chain or plugin problem; the message is one line saying what and where.
class SetupError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace strata::host
