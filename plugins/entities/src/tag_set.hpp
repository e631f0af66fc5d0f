// The BIO tags of a set of entity types, numbered the way the tagger stores them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strata::entities {

// A tag's number: 0 is O, then B-X and I-X for each type X in the order of the set.
using Tag = std::uint8_t;

// The entity types a tagger knows (PER, LOC, ORG...) and the BIO tags they make. Tags are
// numbered O = 0, B-type(k) = 2k + 1, I-type(k) = 2k + 2, so a tag's kind and type are a
// division away and the weights of tag t sit at offset t of a row.
class TagSet {
 public:
  static constexpr Tag kOutside = 0;
  // Enough for any real set of types; keeps a row of weights within 32 tags.
  static constexpr std::size_t kMaxTypes = 15;

  TagSet() = default;
  // Throws Error for an empty set, more than kMaxTypes types, a repeated type, or a name that
  // is not [A-Z][A-Z0-9_]* (a name is written into labels such as "B-PER").
  explicit TagSet(std::vector<std::string> types);

  const std::vector<std::string>& types() const { return types_; }
  std::size_t type_count() const { return types_.size(); }
  // The number of tags, O included.
  std::size_t size() const { return 1 + 2 * types_.size(); }

  static Tag begin_tag(std::size_t type) { return static_cast<Tag>(2 * type + 1); }
  static Tag inside_tag(std::size_t type) { return static_cast<Tag>(2 * type + 2); }
  static bool is_begin(Tag tag) { return tag % 2 == 1; }
  static bool is_inside(Tag tag) { return tag != kOutside && tag % 2 == 0; }
  // The type of a B or I tag.
  static std::size_t type_of(Tag tag) { return (tag - 1u) / 2u; }
  // BIO's rule: I-X only right after B-X or I-X. `previous` is nullopt at a sentence's start.
  static bool may_follow(std::optional<Tag> previous, Tag tag) {
    if (!is_inside(tag)) return true;
    return previous && *previous != kOutside && type_of(*previous) == type_of(tag);
  }

  std::optional<std::size_t> find_type(std::string_view name) const;
  // "O", "B-PER", "I-LOC"...
  std::string label(Tag tag) const;
  // The types joined by ", ", for messages.
  std::string describe() const;

  friend bool operator==(const TagSet&, const TagSet&) = default;

 private:
  std::vector<std::string> types_;
};

}  // namespace strata::entities
