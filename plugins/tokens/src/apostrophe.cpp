#include "apostrophe.hpp"

#include <array>

#include "char_class.hpp"
#include "utf8.hpp"

namespace strata::tokens {
namespace {

char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_word_char_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && is_alnum(classify(decode_at(text, pos).code_point));
}

// If an English clitic ('s 're 've 'll 'd 'm, in any case) is the whole rest of the word at
// `after`, where it ends; otherwise 0.
std::size_t clitic_end(std::string_view text, std::size_t after) {
  static constexpr std::array<std::string_view, 6> kClitics = {"s", "re", "ve", "ll", "d", "m"};
  for (std::string_view clitic : kClitics) {
    if (text.size() - after < clitic.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < clitic.size() && same; ++i) {
      same = ascii_lower(text[after + i]) == clitic[i];
    }
    if (same && !is_word_char_at(text, after + clitic.size())) return after + clitic.size();
  }
  return 0;
}

// "n't" as in "don't": the n before the apostrophe goes with the clitic.
bool is_negation(std::string_view text, std::size_t word_begin, std::size_t apostrophe,
                 std::size_t after) {
  return apostrophe > word_begin + 1 && ascii_lower(text[apostrophe - 1]) == 'n' &&
         ascii_lower(text[after]) == 't' && !is_word_char_at(text, after + 1);
}

// "D'Alema", "O'Brien": a single capital (not the article L) and a capitalised word.
bool is_surname(std::string_view text, std::size_t word_begin, std::size_t apostrophe,
                std::size_t after) {
  const char initial = text[word_begin];
  if (apostrophe != word_begin + 1 || initial < 'A' || initial > 'Z' || initial == 'L') {
    return false;
  }
  const Decoded first = decode_at(text, after);
  if (!is_capital_letter(first.code_point) || first.next >= text.size()) return false;
  const Decoded second = decode_at(text, first.next);
  return classify(second.code_point) == CharClass::letter && !is_capital_letter(second.code_point);
}

}  // namespace

ApostropheSplit split_at_apostrophe(std::string_view text, std::size_t word_begin,
                                    std::size_t apostrophe, std::size_t after,
                                    ApostropheRule rule) {
  using Action = ApostropheSplit::Action;
  // Under the elision rule a one-letter word before the apostrophe is an elided article or
  // particle ("l'", "c'", "s'"), never a word taking an English clitic.
  const bool clitics_allowed =
      rule == ApostropheRule::english || previous_boundary(text, apostrophe) > word_begin;
  if (clitics_allowed) {
    if (is_negation(text, word_begin, apostrophe, after)) {
      return {Action::split_clitic, apostrophe - 1, after + 1};
    }
    if (const std::size_t end = clitic_end(text, after)) {
      return {Action::split_clitic, apostrophe, end};
    }
  }
  if (rule == ApostropheRule::english || is_surname(text, word_begin, apostrophe, after)) {
    return {Action::keep};
  }
  return {Action::split_elision, after};
}

}  // namespace strata::tokens
