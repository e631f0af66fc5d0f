#include "words.hpp"

#include "strata/case_folding.hpp"
#include "word_cache.hpp"

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

// A word through the calling thread's memo of recent words.
Word cached_word(std::string_view text, WordCache& cache) {
  const WordCache::Entry found = cache.lookup(text);
  return {std::string(found.folded), entry_or_none(found.entry), is_all_caps(text)};
}

}  // namespace

Word word_of(std::string_view text, const WordLists& lists) {
  return cached_word(text, WordCache::for_lists(lists));
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
  WordCache& cache = WordCache::for_lists(lists);
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
        words.push_back(cached_word(token.text, cache));
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
