// Telling Italian from English text before it is tokenized.
#pragma once

#include <cstddef>
#include <string_view>

#include "word_list.hpp"

namespace strata::tokens {

// Guesses the language of a text from how many of its first words are function words of Italian
// and of English. Function words are frequent and short, so a few dozen words settle it; the
// few that both lists have ("a", "in", "me") count for neither. Read-only after construction.
class LanguageDetector {
 public:
  // At most the first kMaxWords words are read: enough evidence, and a fixed cost per document.
  static constexpr std::size_t kMaxWords = 1000;
  // Fewer function words than this is no evidence ("und").
  static constexpr std::size_t kMinHits = 2;
  // Reading stops earlier once one language has this many function words and kDecisiveRatio
  // times as many as the other, on running text some 100 words, and words from the middle of
  // the text lead the same way: the rest of a long document would only cost time.
  static constexpr std::size_t kDecisiveHits = 40;
  static constexpr std::size_t kDecisiveRatio = 4;

  // What detect() found.
  struct Result {
    std::string_view language;  // "it", "en" or "und"
    std::size_t italian_hits = 0;
    std::size_t english_hits = 0;
  };

  // Elided Italian forms are listed with their apostrophe ("dell'"), English clitics with
  // theirs ("'s", "'t"), so that "dell'ONU" counts as Italian and "don't" as English. The lists
  // are copied into one.
  LanguageDetector(const WordList& italian, const WordList& english);

  // "it" or "en" when one language has at least kMinHits function words and half again as many
  // as the other among the first kMaxWords words; "und" otherwise. When one language leads
  // decisively both in the first words and in words from the middle of the text, those decide.
  Result detect(std::string_view text) const;

 private:
  static Result verdict(std::size_t italian_hits, std::size_t english_hits);

  // Both lists in one, each word tagged with the languages that have it: one lookup per form.
  static constexpr WordList::Tags kItalian = 1;
  static constexpr WordList::Tags kEnglish = 2;
  WordList languages_;
};

}  // namespace strata::tokens
