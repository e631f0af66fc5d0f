// Finding the quoted stretches of a text by pairing its quotation marks.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace strata::quotations {

// A stretch of text [begin, end) in bytes: a paragraph, a quotation's content.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// A quotation as the marks show it: its content (without the marks, trimmed of spaces), where
// its marks are, and how it was marked.
struct QuotedSpan {
  std::size_t open = 0;   // the opening mark
  std::size_t begin = 0;  // the content
  std::size_t end = 0;
  std::size_t close = 0;  // one past the closing mark; the paragraph's end if left open
  std::string marks;  // opening and closing characters: "«»", "“”", "\"\"", "—" for dialogue
  bool closed = true;     // false: never closed, ended with its paragraph
  bool dialogue = false;  // a line of em-dash dialogue ("— Non ci sto — disse.")
};

// Each non-empty line of `text` as a paragraph: for text without a paragraphs layer.
std::vector<TextRange> line_paragraphs(std::string_view text);

// The quoted spans of `text` in order, given its paragraphs (in order, not overlapping):
// « », “ ”, „ “, „ ”, ‘ ’ and straight quotes paired within a paragraph, quotes nested in
// another family left inside it, a quote left open at a paragraph's end carried into the next
// paragraph when that one opens with the same mark (the typographic convention), and
// paragraphs that open with a dash read as dialogue, speech alternating with narration between
// dashes.
std::vector<QuotedSpan> find_quoted_spans(std::string_view text,
                                          std::span<const TextRange> paragraphs);

}  // namespace strata::quotations
