// Finding the paragraphs of a text from its line structure.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "span.hpp"

namespace strata::tokens {

// How paragraphs are marked in the input (the plugin's "paragraphs" option).
enum class ParagraphMode {
  automatic,    // blank_lines if a blank line separates two lines of text, otherwise lines
  blank_lines,  // paragraphs are separated by lines holding only white space
  lines,        // every line with text is a paragraph (one paragraph or heading per line)
};

// The mode named "auto", "blank-lines" or "lines"; nullopt for any other name.
std::optional<ParagraphMode> parse_paragraph_mode(std::string_view name);

// The paragraphs of `text` in text order, each trimmed of surrounding white space, so that every
// character that is not white space is in exactly one paragraph. Lines end at "\n" (document
// texts have no "\r").
std::vector<Span> split_paragraphs(std::string_view text, ParagraphMode mode);

}  // namespace strata::tokens
