#include "words.hpp"

#include "strata/case_folding.hpp"

namespace strata::sentiment {
namespace {

bool is_word_kind(std::string_view kind) {
  return kind != "punct" && kind != "symbol";
}

// "n't", "'s", "'m": English clitics the tokenizer cut from the word before.
bool is_clitic_part(std::string_view text) {
  return text == "n't" || text == "N'T" || (text.size() > 1 && text.front() == '\'');
}

// The entry the lists gave, or the empty one of a word they do not know.
WordEntry entry_or_none(const WordEntry* entry) {
  return entry == nullptr ? WordEntry{} : *entry;
}

// A word folded in `buffer`, which the caller reuses from word to word.
Word folded_word(std::string_view text, const WordLists& lists, std::string& buffer) {
  const std::string_view folded = fold_word(text, buffer);
  return {std::string(folded), entry_or_none(lists.find(folded)), is_all_caps(text)};
}

}  // namespace

Word word_of(std::string_view text, const WordLists& lists) {
  std::string buffer;
  return folded_word(text, lists, buffer);
}

bool is_all_caps(std::string_view word) {
  bool upper = false;
  for (const char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  return upper;
}

std::vector<Word> words_of(std::span<const Token> tokens, const WordLists& lists) {
  std::vector<Word> words;
  words_of(tokens, lists, words);
  return words;
}

void words_of(std::span<const Token> tokens, const WordLists& lists, std::vector<Word>& words) {
  words.clear();
  words.reserve(tokens.size());
  std::string buffer;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind == "number" || token.kind == "url" || token.kind == "email") {
      words.emplace_back();  // a neutral word that no list has: not worth a lookup
      continue;
    }
    if (is_word_kind(token.kind)) {
      const bool joins = !words.empty() && i > 0 && tokens[i - 1].end == token.begin &&
                         is_word_kind(tokens[i - 1].kind) && is_clitic_part(token.text);
      if (!joins) {
        words.push_back(folded_word(token.text, lists, buffer));
        continue;
      }
      Word& previous = words.back();
      previous.folded += fold_word(token.text, buffer);
      previous.entry = entry_or_none(lists.find(previous.folded));
      continue;
    }
    // A run of punctuation written together is an emoticon if the lexicon knows it.
    std::size_t last = i;
    while (last + 1 < tokens.size() && !is_word_kind(tokens[last + 1].kind) &&
           tokens[last + 1].begin == tokens[last].end) {
      ++last;
    }
    const std::string_view run(token.text.data(), tokens[last].end - token.begin);
    // Emoticons have two characters or more: the lone commas and full stops that make most
    // punctuation are not looked up.
    const WordEntry* entry = run.size() >= 2 ? lists.find(run) : nullptr;
    if (entry != nullptr && entry->in_lexicon) words.push_back({std::string(run), *entry, false});
    i = last;
  }
}

}  // namespace strata::sentiment
