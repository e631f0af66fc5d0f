// Lists of known names (places, organisations, first names...) matched over token sequences.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "binary_io.hpp"
#include "hash_key_map.hpp"
#include "word_shape.hpp"

namespace strata::entities {

// Strong names are names wherever they are capitalised (Milano, NATO); weak ones are also
// common words (Rosa, Pace, Camera), so the tagger learns to trust their matches less.
enum class Strength : std::uint8_t { strong, weak };

// A list the gazetteer matches on its own: one type of name at one strength.
struct GazetteerCategory {
  std::string type;  // "LOC", "ORG", "PER", "FIRSTNAME"...
  Strength strength = Strength::strong;
  std::uint64_t key = 0;  // hash of type and strength: what features use, whatever the order
};

// One match of a category over the tokens [first, last) of a sentence.
struct GazetteerMatch {
  std::uint32_t first;
  std::uint32_t last;
  std::uint32_t category;  // index in categories()
};

// What matching needs to know of a token, computed once by whoever walks the sentence.
struct GazetteerToken {
  std::uint64_t surface;  // the token as written (typographic apostrophe as ASCII)
  std::uint64_t folded;   // hash_string(fold_word(token))
  bool caps;              // no lower-case letter: may match a name case-insensitively
  bool has_letter;
};

// The longest names a token starts, in tokens: as written and case-folded (0: none). They
// depend on the token alone, so a caller that meets a word often may work them out once
// (Gazetteer::starts) and match with them.
struct NameStarts {
  std::uint8_t exact = 0;
  std::uint8_t folded = 0;
  // The categories of the names of that one token, as written and folded.
  std::uint32_t exact_single = 0;
  std::uint32_t folded_single = 0;
};

GazetteerToken gazetteer_token(std::string_view token, std::uint64_t folded_hash,
                               Capitalization capitalization);

// Names by category, matched over a sentence's tokens longest first. A name matches its exact
// surface form; a span written in capitals (no token with a lower-case letter, some letter)
// also matches case-insensitively ("NAZIONI UNITE", "ROMA"); a one-word ASCII acronym also
// matches with only its initial capital ("ONU" → "Onu"), as the Italian press writes it.
// Read-only once built, so one gazetteer serves any number of threads.
class Gazetteer {
 public:
  static constexpr std::size_t kMaxCategories = 32;  // a bit each in a 32-bit mask
  static constexpr std::size_t kMaxNameTokens = 32;

  // Adds the lines of a list: "TYPE<TAB>name" (or one space for the tab, as in KIND's lists),
  // '#' starting a comment line, blank lines ignored. Throws Error "SOURCE:LINE: ..." for a
  // line of another form (a third column too), or of a type not in `types` when that is not
  // empty.
  void add_list(std::string_view content, std::string_view source, Strength strength,
                std::span<const std::string_view> types = {});
  // Adds one name; throws Error if it has no tokens or more than kMaxNameTokens, or if the
  // gazetteer was read from a model.
  void add(std::string_view type, std::string_view name, Strength strength);

  const std::vector<GazetteerCategory>& categories() const { return categories_; }
  std::size_t size() const { return size_; }
  // A hash of the whole content, independent of the order names were added in: models record
  // the gazetteer they were trained with.
  std::uint64_t digest() const { return digest_; }

  // The gazetteer as hashes, for a model file to carry the lists its tagger was trained with:
  // a model then tags alike wherever it goes, and the names themselves are not in the file.
  // load() throws Error (through `in`) for impossible content.
  void save(ByteWriter& out) const;
  static Gazetteer load(ByteReader& in);

  // Sets `out` to the matches over `tokens`: for each category, scanning left to right, the
  // longest name starting at each token not already covered by a match of that category.
  // Ordered by first token, then category.
  void match(std::span<const GazetteerToken> tokens, std::vector<GazetteerMatch>& out) const;
  // The same with each token's starts(), starts[i] for tokens[i].
  void match(std::span<const GazetteerToken> tokens, std::span<const NameStarts> starts,
             std::vector<GazetteerMatch>& out) const;
  NameStarts starts(const GazetteerToken& token) const;
  // The same from the tokens' text, for tests and tools.
  std::vector<GazetteerMatch> match(std::span<const std::string_view> tokens) const;

  // The roles a word (by the hash of its folded form) has in the capitalised words of names
  // of several tokens: bit 2 * category + 1 as the last word ("Council" in "Nordic Council"),
  // bit 2 * category elsewhere. Lets the tagger generalise from names it has never seen
  // whole; 0 for a word in no such name.
  std::uint64_t word_roles(std::uint64_t folded) const {
    const std::uint64_t* roles = word_roles_.find(folded);
    return roles == nullptr ? 0 : *roles;
  }

 private:
  // Sequences of token keys: the categories of the names they spell, and for a first token
  // the length of the longest name it starts.
  struct Table {
    HashKeyMap<std::uint32_t> names;
    HashKeyMap<std::uint8_t> longest_from;
    // A bit per value of a first token's top kFilterBits bits: most tokens start no name, and
    // one bit test is cheaper than a hash table's miss.
    std::vector<std::uint64_t> first_filter = std::vector<std::uint64_t>(kFilterWords, 0);
    void add(std::span<const std::uint64_t> keys, std::uint32_t category_bit);
    void add_start(std::uint64_t first_key, std::uint8_t longest);
    void save(ByteWriter& out) const;
    void load(ByteReader& in, std::uint32_t category_bits);
    bool may_start(std::uint64_t key) const {
      const std::uint64_t bit = key >> (64 - kFilterBits);
      return (first_filter[bit / 64] >> (bit % 64) & 1) != 0;
    }
    // A bit per value of a sequence's top name_filter_bits bits, at least kBitsPerName per
    // name: nearly every sequence looked up is no name, and a bit in a table a sixteenth the
    // size of `names` mostly says so without reading `names`.
    std::vector<std::uint64_t> name_filter;
    unsigned name_filter_bits = 0;
    static constexpr std::size_t kBitsPerName = 16;
    // Marks a sequence just put in `names`.
    void index_name(std::uint64_t sequence);
    void rebuild_name_filter();
    bool may_be_name(std::uint64_t sequence) const {
      if (name_filter.empty()) return false;
      const std::uint64_t bit = sequence >> (64 - name_filter_bits);
      return (name_filter[bit / 64] >> (bit % 64) & 1) != 0;
    }
    void prefetch_name(std::uint64_t sequence) const {
      if (!name_filter.empty())
        __builtin_prefetch(&name_filter[(sequence >> (64 - name_filter_bits)) / 64]);
    }
    // The length of the longest name starting with `key`, 0 for none.
    std::uint8_t longest_start(std::uint64_t key) const {
      if (!may_start(key)) return 0;
      const std::uint8_t* longest = longest_from.find(key);
      return longest == nullptr ? 0 : *longest;
    }
  };
  static constexpr unsigned kFilterBits = 20;
  static constexpr std::size_t kFilterWords = (std::size_t{1} << kFilterBits) / 64;

  std::uint32_t category_index(std::string_view type, Strength strength);
  // Adds the bits of the names of `table` that start at `first` to `masks` (index = length-1),
  // given the longest name of the table that tokens[first] starts and the categories of its
  // one-token names; returns the length of the longest of them found, 0 for none.
  std::size_t collect(const Table& table, std::span<const GazetteerToken> tokens, std::size_t first,
                      bool folded, std::size_t longest_start, std::uint32_t single,
                      std::uint32_t* masks) const;
  // Asks the memory early for the names collect() will look for.
  void prefetch(const Table& table, std::span<const GazetteerToken> tokens, std::size_t first,
                bool folded, std::size_t longest_start) const;

  std::vector<GazetteerCategory> categories_;
  Table exact_;
  Table folded_;
  HashKeyMap<std::uint64_t> word_roles_;
  std::unordered_set<std::uint64_t> entries_;  // a hash of each distinct name added here
  std::size_t size_ = 0;
  std::uint64_t digest_ = 0;  // the sum of the entries' mixed hashes: order does not matter
  bool from_model_ = false;   // entries_ is then empty, so more names could not be counted
};

}  // namespace strata::entities
