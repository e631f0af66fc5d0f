#include "money_finder.hpp"

#include <algorithm>
#include <strata/strata.hpp>

namespace money {
namespace {

// Number words: how many zeros each adds ("5 milioni" is 5 followed by six).
int scale_of(const std::string& folded_token) {
  static const std::unordered_map<std::string, int> scales = {
      {"mila", 3},     {"thousand", 3}, {"milione", 6},  {"milioni", 6},  {"million", 6},
      {"millions", 6}, {"mln", 6},      {"miliardo", 9}, {"miliardi", 9}, {"billion", 9},
      {"billions", 9}, {"mld", 9},      {"bn", 9},
  };
  const auto scale = scales.find(folded_token);
  return scale == scales.end() ? 0 : scale->second;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// `digits` times 10^(scale - decimals), without leading zeros or trailing decimal zeros.
std::string shifted(std::string digits, std::size_t decimals, int scale) {
  const auto zeros = static_cast<std::size_t>(scale);
  std::string whole;
  std::string fraction;
  if (zeros >= decimals) {
    whole = digits + std::string(zeros - decimals, '0');
  } else {
    const std::size_t point = digits.size() - (decimals - zeros);
    whole = digits.substr(0, point);
    fraction = digits.substr(point);
  }
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
  if (whole.empty()) whole = "0";
  fraction.erase(fraction.find_last_not_of('0') + 1);
  return fraction.empty() ? whole : whole + "." + fraction;
}

}  // namespace

Currencies parse_currencies(const std::vector<std::string>& lines) {
  Currencies currencies;
  for (const std::string& line : lines) {
    const std::size_t space = line.find_last_of(" \t");
    const std::string code = space == std::string::npos ? "" : line.substr(space + 1);
    const bool iso = code.size() == 3 && std::all_of(code.begin(), code.end(),
                                                     [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!iso) throw strata::Error("currency line '" + line + "' is not NAME CODE (as in € EUR)");
    currencies.emplace(strata::fold_case(line.substr(0, line.find_first_of(" \t"))), code);
  }
  return currencies;
}

std::optional<std::string> full_number(std::string_view token, int scale) {
  if (token.empty() || !is_digit(token.front()) || !is_digit(token.back())) return std::nullopt;
  const std::size_t dots = std::count(token.begin(), token.end(), '.');
  const std::size_t commas = std::count(token.begin(), token.end(), ',');
  if (dots + commas + std::count_if(token.begin(), token.end(), is_digit) != token.size()) {
    return std::nullopt;
  }
  // Where the decimals start, if anywhere.
  std::size_t decimal_mark = std::string_view::npos;
  if (dots > 0 && commas > 0) {
    decimal_mark = token.find_last_of(".,");
  } else if (dots + commas == 1) {
    const std::size_t mark = token.find_first_of(".,");
    if (token.size() - mark - 1 != 3) decimal_mark = mark;
  }
  const std::string_view whole = token.substr(0, decimal_mark);
  const std::string_view fraction =
      decimal_mark == std::string_view::npos ? "" : token.substr(decimal_mark + 1);
  if (fraction.find_first_of(".,") != std::string_view::npos) return std::nullopt;
  // Thousands groups: one to three digits, then groups of exactly three.
  std::string digits;
  std::size_t group = 0;
  bool grouped = false;
  for (char c : whole) {
    if (is_digit(c)) {
      digits += c;
      ++group;
      continue;
    }
    if (group == 0 || group > 3 || (grouped && group != 3)) return std::nullopt;
    grouped = true;
    group = 0;
  }
  if (grouped && group != 3) return std::nullopt;
  if (whole.find('.') != std::string_view::npos && whole.find(',') != std::string_view::npos) {
    return std::nullopt;  // "1.000,000.5": two kinds of thousands mark
  }
  return shifted(digits + std::string(fraction), fraction.size(), scale);
}

std::vector<Amount> MoneyFinder::find(std::span<const std::string_view> tokens) const {
  std::vector<std::string> folded;
  folded.reserve(tokens.size());
  for (std::string_view token : tokens) folded.push_back(strata::fold_case(token));
  std::vector<Amount> amounts;
  for (std::size_t first = 0; first < folded.size();) {
    std::optional<Amount> amount = amount_at(folded, first);
    if (!amount) {
      ++first;
      continue;
    }
    first = amount->last + 1;
    amounts.push_back(std::move(*amount));
  }
  return amounts;
}

std::optional<Amount> MoneyFinder::amount_at(const std::vector<std::string>& folded,
                                             std::size_t first) const {
  const std::size_t size = folded.size();
  const auto scale_after = [&](std::size_t i) { return i < size ? scale_of(folded[i]) : 0; };
  // Currency first: "$ 5 million", "USD 300".
  if (const std::string* code = currency(folded[first]); code && first + 1 < size) {
    const int scale = scale_after(first + 2);
    if (auto number = full_number(folded[first + 1], scale)) {
      return Amount{first, first + (scale > 0 ? 2 : 1), *number, *code};
    }
  }
  // Number first: "200.000 euro", "5 milioni di dollari".
  const int scale = scale_after(first + 1);
  std::size_t last = first + (scale > 0 ? 2 : 1);
  if (scale > 0 && last + 1 < size && folded[last] == "di") ++last;
  if (last >= size) return std::nullopt;
  const std::string* code = currency(folded[last]);
  if (!code) return std::nullopt;
  auto number = full_number(folded[first], scale);
  if (!number) return std::nullopt;
  return Amount{first, last, *number, *code};
}

const std::string* MoneyFinder::currency(const std::string& folded_token) const {
  const auto code = currencies_.find(folded_token);
  return code == currencies_.end() ? nullptr : &code->second;
}

}  // namespace money
