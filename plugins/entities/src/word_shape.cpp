#include "word_shape.hpp"

#include "characters.hpp"
#include "hashing.hpp"

namespace strata::entities {
namespace {

constexpr int kLongestRun = 4;

char shape_symbol(CharKind kind, char32_t c) {
  switch (kind) {
    case CharKind::upper:
      return 'X';
    case CharKind::lower:
    case CharKind::letter:
      return 'x';
    case CharKind::digit:
      return 'd';
    case CharKind::apostrophe:
      return '\'';
    case CharKind::other:
      break;
  }
  return c < 0x80 ? static_cast<char>(c) : '*';
}

// Walks the word once, giving `sink` each character's kind, shape symbol and how many times in a
// row that symbol has come (1 for a new run): the hashed and the printed shapes come from the
// same code.
template <typename Sink>
void walk_shape(std::string_view word, Sink&& sink) {
  char previous = 0;
  int run = 0;
  for (std::size_t at = 0; at < word.size();) {
    const CodePoint cp = code_point_at(word, at);
    at = cp.next;
    const CharKind kind = char_kind(cp.value);
    const char symbol = shape_symbol(kind, cp.value);
    run = symbol == previous ? run + 1 : 1;
    sink(kind, symbol, run);
    previous = symbol;
  }
}

Capitalization capitalization_of(int letters, int uppers, bool first_letter_upper) {
  if (letters == 0) return Capitalization::none;
  if (uppers == 0) return Capitalization::lower;
  if (letters == 1) return Capitalization::initial;
  if (uppers == letters) return Capitalization::upper;
  if (uppers == 1 && first_letter_upper) return Capitalization::title;
  return Capitalization::mixed;
}

}  // namespace

WordShape word_shape(std::string_view word) {
  WordShape result;
  Fnv1a full;
  Fnv1a brief;
  int letters = 0;
  int uppers = 0;
  bool first_letter_upper = false;
  walk_shape(word, [&](CharKind kind, char symbol, int run) {
    if (run <= kLongestRun) full.add(static_cast<unsigned char>(symbol));
    if (run == 1) brief.add(static_cast<unsigned char>(symbol));
    if (kind == CharKind::upper && letters == 0) first_letter_upper = true;
    if (kind == CharKind::upper || kind == CharKind::lower || kind == CharKind::letter) ++letters;
    if (kind == CharKind::upper) ++uppers;
    if (kind == CharKind::digit) result.has_digit = true;
    ++result.length;
  });
  result.shape = full.value();
  result.short_shape = brief.value();
  result.capitalization = capitalization_of(letters, uppers, first_letter_upper);
  return result;
}

std::string shape_text(std::string_view word) {
  std::string text;
  walk_shape(word, [&](CharKind, char symbol, int run) {
    if (run <= kLongestRun) text.push_back(symbol);
  });
  return text;
}

std::string short_shape_text(std::string_view word) {
  std::string text;
  walk_shape(word, [&](CharKind, char symbol, int run) {
    if (run == 1) text.push_back(symbol);
  });
  return text;
}

}  // namespace strata::entities
