#include "name_tokens.hpp"

#include "characters.hpp"

namespace strata::entities {
namespace {

bool is_letter(CharKind kind) {
  return kind == CharKind::upper || kind == CharKind::lower || kind == CharKind::letter;
}

// The kind of the character at `at`, or `other` past the end.
CharKind kind_at(std::string_view word, std::size_t at) {
  return at < word.size() ? char_kind(code_point_at(word, at).value) : CharKind::other;
}

bool is_surname_apostrophe(std::string_view word, std::size_t apostrophe, std::size_t after) {
  if (apostrophe != 1 || word[0] < 'A' || word[0] > 'Z' || word[0] == 'L') return false;
  if (kind_at(word, after) != CharKind::upper) return false;
  return kind_at(word, code_point_at(word, after).next) == CharKind::lower;
}

// Whether `rest` (what follows an apostrophe to the word's end) is an English clitic.
bool is_clitic(std::string_view rest) {
  for (const std::string_view clitic : {"s", "re", "ve", "ll", "d", "m"}) {
    if (rest.size() != clitic.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      same = same && (rest[i] | 0x20) == clitic[i];
    }
    if (same) return true;
  }
  return false;
}

// Appends the tokens of one white-space-free word.
void split_word(std::string_view word, std::vector<std::string_view>& tokens) {
  std::size_t begin = 0;
  for (std::size_t at = 0; at < word.size();) {
    const CodePoint cp = code_point_at(word, at);
    // "McDonald's" → McDonald, 's: the clitic after a word of two or more letters.
    if (char_kind(cp.value) == CharKind::apostrophe && at >= begin + 2 &&
        is_clitic(word.substr(cp.next))) {
      tokens.push_back(word.substr(begin, at - begin));
      tokens.push_back(word.substr(at));
      return;
    }
    const bool elides = char_kind(cp.value) == CharKind::apostrophe && at > begin &&
                        is_letter(kind_at(word, cp.next)) &&
                        !is_surname_apostrophe(word.substr(begin), at - begin, cp.next - begin);
    if (elides) {
      tokens.push_back(word.substr(begin, cp.next - begin));
      begin = cp.next;
    }
    at = cp.next;
  }
  tokens.push_back(word.substr(begin));
}

}  // namespace

std::vector<std::string_view> name_tokens(std::string_view name) {
  constexpr std::string_view kSpaces = " \t";
  std::vector<std::string_view> tokens;
  std::size_t at = name.find_first_not_of(kSpaces);
  while (at != std::string_view::npos) {
    const std::size_t end = name.find_first_of(kSpaces, at);
    split_word(name.substr(at, end - at), tokens);
    at = name.find_first_not_of(kSpaces, end);
  }
  return tokens;
}

}  // namespace strata::entities
