#include "argument_checks.hpp"

#include "chain_file.hpp"
#include "setup_error.hpp"

namespace strata::host {

std::function<void(const std::string&)> refuse_empty(std::string option) {
  return [option = std::move(option)](const std::string& value) {
    if (value.empty()) throw SetupError(option + " needs a value");
  };
}

std::function<void(const std::string&)> refuse_no_plugin(std::string option) {
  return [option = std::move(option)](const std::string& value) {
    if (split_list(value).empty()) {
      throw SetupError(option + " '" + value +
                       "' lists no plugin (give names or paths, comma-separated)");
    }
  };
}

}  // namespace strata::host
