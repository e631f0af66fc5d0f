// The characters that open and close quotations, read straight from UTF-8 text.
#pragma once

#include <cstddef>
#include <string_view>

namespace strata::quotations {

// Families of marks: a quotation opened with one family closes with the same family.
enum class MarkFamily { none, guillemet, double_curly, single_curly, straight, dash };

// One character of the text as a quotation mark: which family, whether it can open or close a
// quotation, and its length in bytes.
struct Mark {
  MarkFamily family = MarkFamily::none;
  bool opens = false;
  bool closes = false;
  std::size_t size = 1;  // bytes of the character, mark or not
};

// The character at byte `at` of `text` as a mark. Context decides for the ambiguous ones: a
// straight " may open or close (the scanner pairs them); ’ closes only when no letter follows
// it, so the apostrophe of "l’Italia" is no mark; ‘ opens only before a letter, or with a space
// on both sides as in tokenized text.
Mark mark_at(std::string_view text, std::size_t at);

// The first byte at or after `at` and before `end` that may start a mark ('"', 0xC2 or 0xE2:
// every mark starts with one of them, and in UTF-8 neither 0xC2 nor 0xE2 ever continues a
// character), or `end`. The scanner passes over the text between marks with it eight bytes at a
// time instead of asking mark_at about every character. `at` itself when it is not before `end`.
std::size_t next_possible_mark(std::string_view text, std::size_t at, std::size_t end);

// Whether `closer` ends a quotation opened by `opener` («» “” „“ „” ‘’ "" ——).
bool closes_quotation(std::string_view opener, std::string_view closer);

}  // namespace strata::quotations
