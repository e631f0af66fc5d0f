#include "quote_marks.hpp"

#include <cstdint>
#include <cstring>

namespace strata::quotations {
namespace {

constexpr std::string_view kLeftGuillemet = "\u00ab";
constexpr std::string_view kRightGuillemet = "\u00bb";
constexpr std::string_view kLeftDouble = "\u201c";
constexpr std::string_view kRightDouble = "\u201d";
constexpr std::string_view kLowDouble = "\u201e";
constexpr std::string_view kLeftSingle = "\u2018";
constexpr std::string_view kRightSingle = "\u2019";
constexpr std::string_view kEmDash = "\u2014";
constexpr std::string_view kEnDash = "\u2013";

std::size_t utf8_size(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  return lead >= 0xc0 ? 2 : 1;
}

// A letter or digit, ASCII or not (any non-ASCII lead byte counts: marks never follow
// themselves, and accented letters are what matters here).
bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

bool starts_with_at(std::string_view text, std::size_t at, std::string_view what) {
  return text.compare(at, what.size(), what) == 0;
}

}  // namespace

Mark mark_at(std::string_view text, std::size_t at) {
  Mark mark;
  const auto lead = static_cast<unsigned char>(text[at]);
  mark.size = utf8_size(lead);
  // Every mark starts with one of these bytes: the scanner reads every byte of a corpus.
  if (lead != '"' && lead != 0xc2 && lead != 0xe2) return mark;
  const std::size_t next = at + mark.size;
  const bool word_follows = next < text.size() && is_word_byte(text[next]);
  if (text[at] == '"') {
    mark = {MarkFamily::straight, true, true, 1};
  } else if (starts_with_at(text, at, kLeftGuillemet)) {
    mark = {MarkFamily::guillemet, true, false, mark.size};
  } else if (starts_with_at(text, at, kRightGuillemet)) {
    mark = {MarkFamily::guillemet, false, true, mark.size};
  } else if (starts_with_at(text, at, kLeftDouble)) {
    // Closes the German „...“ as well as opening the English “...”.
    mark = {MarkFamily::double_curly, true, true, mark.size};
  } else if (starts_with_at(text, at, kRightDouble)) {
    mark = {MarkFamily::double_curly, false, true, mark.size};
  } else if (starts_with_at(text, at, kLowDouble)) {
    mark = {MarkFamily::double_curly, true, false, mark.size};
  } else if (starts_with_at(text, at, kLeftSingle)) {
    // Tokenized text spaces it from its word ("‘ Oh dear !"); a space on both sides still opens.
    const bool spaced = next < text.size() && text[next] == ' ' &&
                        (at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n');
    mark = {MarkFamily::single_curly, word_follows || spaced, false, mark.size};
  } else if (starts_with_at(text, at, kRightSingle)) {
    mark = {MarkFamily::single_curly, false, !word_follows, mark.size};
  } else if (starts_with_at(text, at, kEmDash) || starts_with_at(text, at, kEnDash)) {
    mark = {MarkFamily::dash, true, true, mark.size};
  }
  return mark;
}

std::size_t next_possible_mark(std::string_view text, std::size_t at, std::size_t end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint64_t kHighs = 0x8080808080808080u;
  // Whether a byte of `word` is zero (exact as a whole, if not byte by byte).
  const auto has_zero = [](std::uint64_t word) { return (word - kOnes) & ~word & kHighs; };
  if (at >= end) return at;
  while (at + 8 <= end) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + at, 8);
    if (has_zero(word ^ (kOnes * '"')) | has_zero(word ^ (kOnes * 0xC2)) |
        has_zero(word ^ (kOnes * 0xE2))) {
      break;
    }
    at += 8;
  }
  for (; at < end; ++at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte == '"' || byte == 0xC2 || byte == 0xE2) return at;
  }
  return end;
}

bool closes_quotation(std::string_view opener, std::string_view closer) {
  if (opener == kLeftGuillemet) return closer == kRightGuillemet;
  if (opener == kLeftDouble) return closer == kRightDouble;
  if (opener == kLowDouble) return closer == kLeftDouble || closer == kRightDouble;
  if (opener == kLeftSingle) return closer == kRightSingle;
  if (opener == "\"") return closer == "\"";
  return (opener == kEmDash || opener == kEnDash) && (closer == kEmDash || closer == kEnDash);
}

}  // namespace strata::quotations
