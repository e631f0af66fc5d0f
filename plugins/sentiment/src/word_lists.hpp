// The words the sentiment engine knows for one language: valences and rule words.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "word_entry.hpp"
#include "word_table.hpp"

namespace strata::sentiment {

// Hashes std::string and std::string_view alike, so lookups by view do not allocate.
struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// One language's lexicon (word<TAB>valence files) and rule words ("[section]" files, see
// resources/rules-en.txt), looked up by folded word. Filled before annotating, then only read.
class WordLists {
 public:
  // Each throws Error "SOURCE:LINE: what is wrong" for a line it cannot read.
  void add_rules(std::string_view content, std::string_view source);
  void add_lexicon(std::string_view content, std::string_view source);
  // Once the lists are in: places the words that rules name, the ones a text uses most, where
  // lookups find them first (WordTable::settle). Entries found before move.
  void settle() { words_.settle(); }

  const WordEntry* find(std::string_view folded) const { return words_.find(folded); }
  // The same for a word whose WordTable::hash the caller has.
  const WordEntry* find(std::string_view folded, std::uint64_t hash) const {
    return words_.find(folded, hash);
  }
  // Lookups in three passes (see WordTable::prefetch_filter).
  void prefetch_filter(std::uint64_t hash) const { words_.prefetch_filter(hash); }
  bool may_hold(std::uint64_t hash) const { return words_.may_hold(hash); }
  void prefetch_record(std::uint64_t hash) const { words_.prefetch_record(hash); }
  // Whether a word negates: a negator, or a word ending like one ("don't"). `entry` is the
  // word's entry, already looked up, or nullptr.
  bool negates(std::string_view folded, const WordEntry* entry) const;
  // Whether a negator stops at the first sentiment word after it ([negation-scope]): Italian's
  // "non" negates the verb it stands before, not the words after that verb. VADER's English rule
  // reaches past it ("not smart, handsome, nor funny").
  bool negation_ends_at_sentiment_word() const { return negation_ends_at_sentiment_word_; }
  // The increment of a multiword booster ("kind of", "un po'"), or nothing.
  std::optional<float> phrase_booster(std::string_view phrase) const;
  // The valence an idiom gives the sentiment word inside it ("broken heart"), or nothing.
  std::optional<float> idiom(std::string_view phrase) const;
  bool has_phrases() const { return !phrases_.empty(); }
  // The lexicon valence of the word a superlative is built on (bellissimo -> bello), or nothing.
  std::optional<float> superlative_base(std::string_view folded) const;
  // Whether a word (folded) is a title that comes before a person's name ("justice", "santo").
  bool is_name_title(std::string_view folded) const {
    return name_titles_.find(folded) != name_titles_.end();
  }
  // Whether a word as written, not folded, may be a contrast word ([contrast]): false for most
  // words, whose first byte begins no contrast word, so that they need not be folded and looked
  // up. A first byte outside ASCII may fold to anything and is always let through.
  bool may_be_contrast(std::string_view word) const {
    const auto first = word.empty() ? 0U : static_cast<unsigned char>(word.front());
    return first >= 0x80 || contrast_initials_[first];
  }
  // Whether a word ends in a way that may be a superlative ending: false for most words, so that
  // superlative_base need not be asked.
  bool may_be_superlative(std::string_view folded) const {
    return folded.size() >= 2 && superlative_penults_[static_cast<unsigned char>(folded.end()[-2])];
  }

 private:
  // A superlative ending and the endings its base may have instead.
  struct Superlative {
    std::string suffix;
    std::vector<std::string> base_endings;
  };
  // A multiword entry: a booster's increment or an idiom's valence.
  struct Phrase {
    float value = 0.0F;
    bool booster = false;
  };

  void add_rule(std::string_view section, std::string_view line, const std::string& where);
  void add_phrase(std::string_view phrase, Phrase value);
  WordEntry& entry(std::string_view word);

  WordTable words_;
  std::unordered_map<std::string, Phrase, TransparentHash, std::equal_to<>> phrases_;
  std::vector<std::string> negator_suffixes_;
  bool negation_ends_at_sentiment_word_ = false;
  std::unordered_set<std::string, TransparentHash, std::equal_to<>> name_titles_;
  std::vector<Superlative> superlatives_;
  // The next-to-last bytes of the superlative endings: most words end otherwise and are ruled
  // out by one look, not by comparing every ending.
  std::array<bool, 256> superlative_penults_{};
  // The first bytes of the contrast words' folded forms, in both cases: see may_be_contrast.
  std::array<bool, 256> contrast_initials_{};
};

}  // namespace strata::sentiment
