// Checks of single option values, run as Program_options notifiers: an option given with a
// value that names nothing ("-p ''", "-c ''") would otherwise read as the option not given at
// all, and run the default chain, or no plugin, without a word.
#pragma once

#include <functional>
#include <string>

namespace strata::host {

// A notifier throwing SetupError "OPTION needs a value" for an empty value.
std::function<void(const std::string&)> refuse_empty(std::string option);

// A notifier throwing SetupError "OPTION lists no plugin" for a list with no item ("", ",").
std::function<void(const std::string&)> refuse_no_plugin(std::string option);

}  // namespace strata::host
