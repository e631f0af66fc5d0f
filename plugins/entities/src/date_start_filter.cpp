#include "date_start_filter.hpp"

#include <string>

#include "strata/error.hpp"

namespace strata::entities {
namespace {

constexpr bool is_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}

constexpr unsigned char to_lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

// An ASCII byte's bit in a set of them.
template <typename ByteSet>
void set(ByteSet& bytes, unsigned char c) {
  bytes[c / 64] |= std::uint64_t{1} << (c % 64);
}
template <typename ByteSet>
bool has(const ByteSet& bytes, unsigned char c) {
  return (bytes[c / 64] >> (c % 64) & 1) != 0;
}

}  // namespace

void DateStartFilter::add(std::string_view form) {
  if (form.size() < 2 || !is_lower(static_cast<unsigned char>(form[0]))) {
    throw Error("date start filter: '" + std::string(form) +
                "' is not two bytes or more starting with a-z");
  }
  Letter& letter = by_first_letter_[form[0] - 'a'];
  const auto second = static_cast<unsigned char>(form[1]);
  if (second < 0x80) set(letter.second_bytes, second);
  if (letter.shortest == 0 || form.size() < letter.shortest) {
    letter.shortest = static_cast<std::uint8_t>(form.size());
  }
  if (!is_lower(second)) return;
  const auto third = static_cast<unsigned char>(form.size() > 2 ? form[2] : '.');
  if (third < 0x80) set(third_bytes_[form[0] - 'a'][second - 'a'], third);
}

bool DateStartFilter::may_match(std::string_view word) const {
  if (word.size() < 2) return false;
  const unsigned char first = to_lower(static_cast<unsigned char>(word[0]));
  if (!is_lower(first)) return false;
  const Letter& letter = by_first_letter_[first - 'a'];
  // Case folding never lengthens a word (ß gives "ss", the Kelvin sign "k"), so a word shorter
  // than every form of its letter folds to none of them.
  if (letter.shortest == 0 || word.size() < letter.shortest) return false;
  // ASCII folds byte for byte; a character beyond ASCII might fold to any letter.
  const unsigned char second = to_lower(static_cast<unsigned char>(word[1]));
  if (second >= 0x80) return true;
  if (!has(letter.second_bytes, second)) return false;
  if (word.size() == 2 || !is_lower(second)) return true;
  const unsigned char third = to_lower(static_cast<unsigned char>(word[2]));
  return third >= 0x80 || has(third_bytes_[first - 'a'][second - 'a'], third);
}

}  // namespace strata::entities
