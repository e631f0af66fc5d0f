// The words the sentiment engine knows for one language: valences and rule words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace strata::sentiment {

// What the lists say about one folded word. A word may be several things at once ("no" is a
// determiner with a valence of its own; "kind" has a valence but starts "kind of").
struct WordEntry {
  float valence = 0.0F;  // lexicon valence, -4..4, when in_lexicon
  float booster = 0.0F;  // added to the next sentiment word's magnitude, when is_booster
  bool in_lexicon = false;
  bool is_booster = false;
  bool negator = false;     // flips a sentiment word within three after it
  bool contrast = false;    // "but", "ma": what follows weighs more than what precedes
  bool clitic = false;      // not counted in the three words before a sentiment word
  bool determiner = false;  // "no": negates the next word or two if they carry sentiment
  bool in_phrase = false;   // part of a multiword booster or idiom
};

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

  const WordEntry* find(std::string_view folded) const {
    const auto found = words_.find(folded);
    return found == words_.end() ? nullptr : &found->second;
  }
  bool negates(std::string_view folded) const;
  // The increment of a multiword booster ("kind of", "un po'"), or nothing.
  std::optional<float> phrase_booster(std::string_view phrase) const;
  // The valence an idiom gives the sentiment word inside it ("broken heart"), or nothing.
  std::optional<float> idiom(std::string_view phrase) const;
  bool has_phrases() const { return !phrases_.empty(); }
  // The lexicon valence of the word a superlative is built on (bellissimo -> bello), or nothing.
  std::optional<float> superlative_base(std::string_view folded) const;

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

  std::unordered_map<std::string, WordEntry, TransparentHash, std::equal_to<>> words_;
  std::unordered_map<std::string, Phrase, TransparentHash, std::equal_to<>> phrases_;
  std::vector<std::string> negator_suffixes_;
  std::vector<Superlative> superlatives_;
};

}  // namespace strata::sentiment
