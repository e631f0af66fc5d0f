// The shipped word lists and a VADER-like split of plain text, for the engine's unit tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shipped_lists.hpp"
#include "word_lists.hpp"
#include "words.hpp"

namespace strata::sentiment::testing {

// The lexicon and rules of `language` as the plugin ships them.
inline const WordLists& shipped_lists(std::string_view language) {
  static const WordLists italian = load_shipped_lists(SENTIMENT_RESOURCE_DIR, "it");
  static const WordLists english = load_shipped_lists(SENTIMENT_RESOURCE_DIR, "en");
  return language == "it" ? italian : english;
}

// The words of `text` split at spaces with punctuation stripped from their ends, as VADER
// splits a sentence (and words_of does from tokens). `text` must outlive them.
inline Words split_words(std::string_view text, const WordLists& lists) {
  std::vector<Token> tokens;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    std::string_view word = text.substr(at, end - at);
    while (!word.empty() && std::string_view(",.!?;:").find(word.back()) != std::string_view::npos)
      word.remove_suffix(1);
    if (!word.empty()) {
      const auto begin = static_cast<Offset>(at);
      tokens.push_back({begin, static_cast<Offset>(begin + word.size()),
                        static_cast<AnnotationId>(tokens.size()), word, "word"});
    }
    at = end + 1;
  }
  return words_of(tokens, lists);
}

}  // namespace strata::sentiment::testing
