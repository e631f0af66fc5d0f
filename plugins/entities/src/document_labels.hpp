// What a first tagging pass said about each word of a document, for the second pass.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "tag_set.hpp"
#include "token_info.hpp"

namespace strata::entities {

// Counts, per word (hash of its normalized form), how a first pass tagged the word's
// capitalised occurrences across a document: in an entity of each type, and where in it
// (alone, first, inside, last), or outside any. The second pass reads them as features, so
// that "Draghi" alone is PER where "Mario Draghi" was, and a name is tagged alike throughout a
// document (Krishnan & Manning's document consistency, learnt rather than imposed).
class DocumentLabels {
 public:
  // One count per type and position, and one for "outside".
  struct Counts {
    std::span<const std::uint16_t> in_entity;  // [type * 4 + SpanPosition]
    std::uint16_t outside = 0;
  };

  explicit DocumentLabels(std::size_t types) : types_(types) {}

  // Adds a tagged sentence; `tokens` are its descriptions (describe_tokens).
  void add(std::span<const TokenInfo> tokens, std::span<const Tag> tags);
  // The counts of a word, or nullopt if no capitalised occurrence of it was added.
  std::optional<Counts> counts(std::uint64_t word) const;
  std::size_t types() const { return types_; }

  // The slot a token tagged `tag` at `position` counts in: type * 4 + position, or the outside
  // slot (types * 4) for O.
  std::size_t slot(Tag tag, SpanPosition position) const {
    return tag == TagSet::kOutside ? types_ * 4
                                   : TagSet::type_of(tag) * 4 + static_cast<std::size_t>(position);
  }

 private:
  std::size_t stride() const { return types_ * 4 + 1; }

  std::size_t types_;
  std::unordered_map<std::uint64_t, std::uint32_t> rows_;  // word → row in counts_
  std::vector<std::uint16_t> counts_;                      // rows of stride() counts
};

// Where token i of a tagged sentence sits in its entity (unit for O).
SpanPosition entity_position(std::span<const Tag> tags, std::size_t i);

}  // namespace strata::entities
