// Telling apart why a plugin failed on a document, for strata plugins check.
#pragma once

#include <string_view>

namespace strata::host {

// The names of the conformance checks, as strata plugins check prints them.
namespace check_name {
inline constexpr const char* manifest = "manifest";
inline constexpr const char* survives = "survives";
inline constexpr const char* declared_layers = "declared-layers";
inline constexpr const char* inside_text = "inside-text";
inline constexpr const char* deterministic = "deterministic";
inline constexpr const char* threads = "threads";
}  // namespace check_name

// The check that a failure of process() with this message fails. The SDK refuses an annotation
// outside the text or cutting a character, and an undeclared layer, by throwing at the faulty
// call, so those writes surface as the plugin's failure: "inside-text" and "declared-layers".
// Any other failure is "survives".
const char* check_failed_by(std::string_view message);

}  // namespace strata::host
