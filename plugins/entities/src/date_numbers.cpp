#include "date_numbers.hpp"

namespace strata::entities {
namespace {

constexpr int kMaxDigits = 4;  // years have four; nothing a date reads has more

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Reads the digits at the start of `text` into `run`, up to kMaxDigits, and returns how many
// bytes it read; 0 when `text` does not start with a digit or has more than kMaxDigits.
std::size_t read_run(std::string_view text, DigitRun& run) {
  std::size_t n = 0;
  run = {};
  while (n < text.size() && is_digit(text[n])) {
    if (++run.digits > kMaxDigits) return 0;
    run.value = run.value * 10 + (text[n] - '0');
    ++n;
  }
  return n;
}

// Whether `suffix` is what may follow a day's digits: the ordinal indicators of Italian ("1°",
// with the degree sign that is usual in print, or "1º") and of English ("21st", in any case).
bool is_day_suffix(std::string_view suffix) {
  if (suffix.empty() || suffix == "\u00B0" || suffix == "\u00BA") return true;
  if (suffix.size() != 2) return false;
  const char a = static_cast<char>(suffix[0] | 0x20);  // ASCII lower case
  const char b = static_cast<char>(suffix[1] | 0x20);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h');
}

}  // namespace

std::optional<DigitRun> read_digits(std::string_view text) {
  DigitRun run;
  const std::size_t n = read_run(text, run);
  if (n == 0 || n != text.size()) return std::nullopt;
  return run;
}

std::optional<int> read_day(std::string_view text) {
  const std::optional<int> day = read_day_number(text);
  if (!day || *day < 1 || *day > 31) return std::nullopt;
  return day;
}

std::optional<int> read_day_number(std::string_view text) {
  DigitRun run;
  const std::size_t n = read_run(text, run);
  if (n == 0 || run.digits > 2 || !is_day_suffix(text.substr(n))) return std::nullopt;
  return run.value;
}

std::optional<DigitGroups> read_digit_groups(std::string_view text) {
  DigitGroups groups;
  std::size_t at = 0;
  while (true) {
    if (groups.count == static_cast<int>(groups.runs.size())) return std::nullopt;
    const std::size_t n = read_run(text.substr(at), groups.runs[groups.count]);
    if (n == 0) return std::nullopt;
    ++groups.count;
    at += n;
    if (at == text.size()) break;
    const char separator = text[at];
    if (separator != '-' && separator != '/' && separator != '.') return std::nullopt;
    if (groups.separator != 0 && separator != groups.separator) return std::nullopt;
    groups.separator = separator;
    ++at;
  }
  if (groups.count < 2) return std::nullopt;
  return groups;
}

std::optional<DigitRun> read_plural_decade(std::string_view text) {
  if (text.size() < 2 || (text.back() != 's' && text.back() != 'S')) return std::nullopt;
  const std::optional<DigitRun> run = read_digits(text.substr(0, text.size() - 1));
  if (!run || run->value % 10 != 0) return std::nullopt;
  return run;
}

}  // namespace strata::entities
