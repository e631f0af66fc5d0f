// Finding amounts of money in a sentence's tokens, apart from the plugin so a unit test can
// call it directly.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace money {

// An amount of money found in a row of tokens.
struct Amount {
  std::size_t first = 0;  // index of its first token
  std::size_t last = 0;   // index of its last token
  std::string value;      // the number written out in full: "1500000", "2.75"
  std::string currency;   // the ISO 4217 code: "EUR"
};

// Currency names and symbols, case-folded, to their ISO 4217 codes.
using Currencies = std::unordered_map<std::string, std::string>;

// Reads lines "NAME CODE" ("dollari USD", "€ EUR"). Throws strata::Error naming a bad line.
Currencies parse_currencies(const std::vector<std::string>& lines);

// The number a token writes, times 10^scale, in full with '.' before any decimals: "200.000"
// gives "200000", "1,5" with scale 6 "1500000". A single '.' or ',' followed by exactly three
// digits groups thousands ("1.500", "1,500"); any other single one marks decimals; with both,
// the last is the decimal mark. Nothing when the token is not a number.
std::optional<std::string> full_number(std::string_view token, int scale);

// Finds amounts with the currency before the number ("$5 million", "USD 300", "€ 1,5 milioni")
// or after it ("200.000 euro", "5 milioni di dollari"), leftmost first and never overlapping.
class MoneyFinder {
 public:
  MoneyFinder() = default;
  explicit MoneyFinder(Currencies currencies) : currencies_(std::move(currencies)) {}

  std::vector<Amount> find(std::span<const std::string_view> tokens) const;

 private:
  // The amount starting at tokens[first], if one does.
  std::optional<Amount> amount_at(const std::vector<std::string>& folded, std::size_t first) const;
  const std::string* currency(const std::string& folded_token) const;

  Currencies currencies_;
};

}  // namespace money
