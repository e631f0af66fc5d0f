#include "text_windows.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

namespace strata::host {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool is_space(char c) {
  return is_blank(c) || c == '\n';
}

constexpr std::size_t kNone = std::string_view::npos;

// Just after the last line end in [low, high) that closes a line holding only white space.
std::size_t after_paragraph_break(std::string_view text, std::size_t low, std::size_t high) {
  for (std::size_t i = high; i-- > low;) {
    if (text[i] != '\n') continue;
    std::size_t j = i;
    while (j > 0 && is_blank(text[j - 1])) --j;
    if (j > 0 && text[j - 1] == '\n') return i + 1;
  }
  return kNone;
}

// Just after the last character in [low, high) that `matches`.
template <typename Predicate>
std::size_t after_last(std::string_view text, std::size_t low, std::size_t high,
                       Predicate matches) {
  for (std::size_t i = high; i-- > low;) {
    if (matches(text[i])) return i + 1;
  }
  return kNone;
}

// How far back from a cut a boundary between user-perceived characters is looked for: further
// than any real one reaches (a letter and its marks, an emoji sequence), and cheap to look at.
constexpr std::size_t kLongestCharacter = 4096;

// The last boundary between user-perceived characters (grapheme clusters) in (low, high], the
// cut at `high` falling inside a run without white space: a cut between a letter and its
// combining accent, or inside an emoji with a skin tone, gave a token that begins with the
// accent or the tone. kNone when there is none.
std::size_t last_grapheme_boundary(std::string_view text, std::size_t low, std::size_t high) {
  const std::size_t begin = std::max(low, high - std::min(high, kLongestCharacter));
  // A little past `high`: whether `high` is a boundary depends on what follows it.
  const std::size_t end = std::min(text.size(), high + 64);
  UErrorCode status = U_ZERO_ERROR;
  UText* utext =
      utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  std::unique_ptr<icu::BreakIterator> characters(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  std::size_t found = kNone;
  if (U_SUCCESS(status)) {
    characters->setText(utext, status);
    const int32_t boundary = characters->preceding(static_cast<int32_t>(high - begin + 1));
    if (U_SUCCESS(status) && boundary > 0) found = begin + static_cast<std::size_t>(boundary);
  }
  utext_close(utext);
  return found > low ? found : kNone;
}

// Where the window from `from` ends, text.size() - from being more than `size`.
std::size_t cut(std::string_view text, std::size_t from, std::size_t size) {
  const std::size_t low = from + size / 2;
  const std::size_t high = from + size;
  std::size_t end = after_paragraph_break(text, low, high);
  if (end == kNone) end = after_last(text, low, high, [](char c) { return c == '\n'; });
  if (end == kNone) end = after_last(text, low, high, is_blank);
  if (end == kNone) end = last_grapheme_boundary(text, from, high);
  if (end == kNone) {
    // Not even that (a letter with thousands of marks): at a code point's first byte.
    end = high;
    while (end > from + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  }
  while (end < text.size() && is_space(text[end])) ++end;
  return end;
}

}  // namespace

std::vector<Offset> window_ends(std::string_view text, std::size_t size) {
  std::vector<Offset> ends;
  std::size_t from = 0;
  while (text.size() - from > size) {
    from = cut(text, from, size);
    if (from == text.size()) break;
    ends.push_back(static_cast<Offset>(from));
  }
  ends.push_back(static_cast<Offset>(text.size()));
  return ends;
}

}  // namespace strata::host
