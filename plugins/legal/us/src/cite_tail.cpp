#include "cite_tail.hpp"

#include <re2/re2.h>

#include <cctype>

namespace strata::legal::us {
namespace {

// Matches `pattern` anchored at pos, ending by limit; group 1 is the piece's text.
Tail anchored(const RE2& pattern, std::string_view text, std::size_t pos, std::size_t limit) {
  Tail tail{{}, {}, {}, pos};
  if (pos >= limit) return tail;
  re2::StringPiece parts[2];
  if (!pattern.Match(re2::StringPiece(text.data(), text.size()), pos, limit, RE2::ANCHOR_START,
                     parts, 2))
    return tail;
  // A pin broken across lines reads "at 505", not "at\n505".
  for (const char c : parts[1]) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space || (!tail.text.empty() && tail.text.back() != ' ')) tail.text += space ? ' ' : c;
  }
  tail.end = static_cast<std::size_t>(parts[0].data() + parts[0].size() - text.data());
  return tail;
}

// A number or range that is not the start of a word ("12th") or of a further cite ("1 S. Ct.":
// the limit stops that).
constexpr std::string_view kPage = R"(\*?\d+(?:\s*[-–—]\s*\d+)?(?:\s*nn?\.\s*\d+)?)";

}  // namespace

Tail read_pin(std::string_view text, std::size_t pos, std::size_t limit) {
  static const RE2 pattern(std::string(R"(,\s*((?:at\s+)?)") + std::string(kPage) + R"((?:,\s*)" +
                           std::string(kPage) + R"()*)\b)");
  return anchored(pattern, text, pos, limit);
}

Tail read_page_range(std::string_view text, std::size_t pos, std::size_t limit) {
  static const RE2 pattern(R"(((?:\s*[-–—]\s*\d+)?)\b)");
  return anchored(pattern, text, pos, limit);
}

Tail read_id_pin(std::string_view text, std::size_t pos, std::size_t limit) {
  static const RE2 pattern(std::string(R"(,?\s*((?:at\s+)?(?:pp?\.\s*)?)") + std::string(kPage) +
                           R"((?:,\s*)" + std::string(kPage) + R"()*|¶+\s*\d+))");
  return anchored(pattern, text, pos, limit);
}

Tail read_court_year(std::string_view text, std::size_t pos, std::size_t limit) {
  // Group 1: the court (maybe with a date before the year); group 2: the year.
  static const RE2 pattern(
      R"(\s*[(\[]([^()\[\]]{0,60}?)\s*((?:1[6-9]|20)\d\d)(?:[-–/]\d{2,4})?[)\]])");
  static const RE2 date(R"(,?\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2},?|\d{1,2}/\d{1,2}/\d{2,4})$)");
  Tail tail{{}, {}, {}, pos};
  if (pos >= limit) return tail;
  re2::StringPiece parts[3];
  if (!pattern.Match(re2::StringPiece(text.data(), text.size()), pos, limit, RE2::ANCHOR_START,
                     parts, 3))
    return tail;
  std::string court(parts[1]);
  RE2::Replace(&court, date, "");
  while (!court.empty() && (court.back() == ',' || court.back() == ' ')) court.pop_back();
  tail.text = std::string(parts[0]);
  tail.court = court;
  tail.year = std::string(parts[2]);
  tail.end = static_cast<std::size_t>(parts[0].data() + parts[0].size() - text.data());
  return tail;
}

Tail read_subsections(std::string_view text, std::size_t pos, std::size_t limit) {
  static const RE2 pattern(R"(((?:\([A-Za-z0-9]{1,4}\))*(?:\s*et\s+seq\.)?))");
  return anchored(pattern, text, pos, limit);
}

}  // namespace strata::legal::us
