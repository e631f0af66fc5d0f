// Names of the layers the built-in plugins produce, which other plugins and writers rely on.
#pragma once

namespace strata::layer_names {

// Tokens: type "token", feature "kind" = word | number | punct | symbol | url | email.
inline constexpr const char* tokens = "tokens";
// Sentences: type "sentence".
inline constexpr const char* sentences = "sentences";
// Paragraphs: type "paragraph".
inline constexpr const char* paragraphs = "paragraphs";

}  // namespace strata::layer_names
