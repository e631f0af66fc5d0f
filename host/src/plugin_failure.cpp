#include "plugin_failure.hpp"

namespace strata::host {

const char* check_failed_by(std::string_view message) {
  // The wording of Layer::add and Document::add_layer; plugin_failure_test.cpp provokes each
  // refusal through the SDK, so a change of wording there fails that test, not users' checks.
  const auto says = [&](std::string_view part) { return message.find(part) != message.npos; };
  if (says(" is outside the text (") || says(" ends before it begins") ||
      says(" cuts a UTF-8 character")) {
    return check_name::inside_text;
  }
  if (says("', which its manifest does not declare")) return check_name::declared_layers;
  return check_name::survives;
}

}  // namespace strata::host
