#include "act_number.hpp"

#include <algorithm>
#include <cctype>

#include "act_date.hpp"
#include "text_scan.hpp"

namespace strata::legal {
namespace {

// A number as written: digits with letters and slashes, "241", "2/B", "D/686", "95-T".
constexpr std::string_view kNumber = "([A-Z]{0,2}/?\\d+(?:[-/][A-Z0-9]+)*)\\b";

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

}  // namespace

ActNumber normalize_number(std::string_view written) {
  std::vector<std::string_view> parts;
  for (std::size_t begin = 0; begin <= written.size();) {
    std::size_t end = written.find_first_of("/-", begin);
    if (end == std::string_view::npos) end = written.size();
    parts.push_back(written.substr(begin, end - begin));
    begin = end + 1;
  }
  const std::string_view last = parts.back();
  const bool year_last =
      parts.size() > 1 && all_digits(last) &&
      (last.size() == 4 || (last.size() == 2 && written.find('/') != written.npos));
  std::string whole;
  for (const std::string_view part : parts) whole += (whole.empty() ? "" : "-") + std::string(part);
  if (parts.size() == 2 && all_digits(parts[0]) && year_last) {
    return {std::string(parts[0]), full_year(last), whole};
  }
  return {whole, year_last && last.size() == 4 ? std::string(last) : std::string(), whole};
}

std::optional<ActNumbers> scan_numbers(std::string_view text, std::size_t pos) {
  static const RE2 first("(?:nn?\\.|nr\\.|n°|numer[oi]\\b)\\s*" + std::string(kNumber),
                         scanner_options());
  static const RE2 next("\\s*(?:,|\\be\\b|\\bed\\b)\\s*(?:nn?\\.\\s*)?" + std::string(kNumber),
                        scanner_options());
  std::string_view group[1];
  auto end = match_at(first, text, pos, group);
  if (!end) return std::nullopt;
  ActNumbers found{*end, {normalize_number(group[0])}};
  while ((end = match_at(next, text, found.end, group))) {
    // "n. 241, 7 agosto 1990": a day and month after the comma are a date, not a number.
    if (scan_date(text, static_cast<std::size_t>(group[0].data() - text.data()))) break;
    found.end = *end;
    found.numbers.push_back(normalize_number(group[0]));
  }
  return found;
}

std::optional<ActNumbers> scan_bare_number(std::string_view text, std::size_t pos) {
  static const RE2 bare(
      "(\\d+/\\d{4}|\\d+/\\d{2}|[A-Z]{1,2}/\\d+(?:/\\d+)?|\\d+/[A-Z]{1,2}/\\d+)\\b",
      scanner_options());
  // "D.Lgs. 165 del 2001": digits alone are a number only with the year after them.
  static const RE2 with_year("(\\d+)\\s+del\\s+(\\d{4})\\b", scanner_options());
  std::string_view groups[2];
  if (const auto end = match_at(with_year, text, pos, groups)) {
    return ActNumbers{*end, {{std::string(groups[0]), std::string(groups[1])}}};
  }
  const auto end = match_at(bare, text, pos, groups);
  if (!end) return std::nullopt;
  return ActNumbers{*end, {normalize_number(groups[0])}};
}

}  // namespace strata::legal
