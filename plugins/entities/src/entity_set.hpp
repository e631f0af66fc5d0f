// The entities of one document as the sources find them, none overlapping another.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "found_entity.hpp"

namespace strata::entities {

// Sources add entities in order of trust (dates, then the tagger, then lists and rules): a later
// source only fills the tokens no earlier one took. Document-level rules may then retype a
// one-token entity. Reused from document to document by a thread.
class EntitySet {
 public:
  // Empties the set for a document of `token_count` tokens.
  void reset(std::size_t token_count);

  bool is_free(std::size_t first, std::size_t last) const;
  // Adds `entity` if none of its tokens is taken; returns whether it did.
  bool add_if_free(FoundEntity entity);
  // The entity over `token`, or nullptr.
  const FoundEntity* at(std::size_t token) const;
  // The entity that covers `token` and nothing else, or nullptr: the one a document-level rule
  // may retype.
  FoundEntity* single_at(std::size_t token);

  // Orders the entities by their first token, as the layer wants them.
  void sort();
  const std::vector<FoundEntity>& entities() const { return entities_; }
  // The entities, for a rule that changes what they are but not which tokens they cover.
  std::span<FoundEntity> editable() { return entities_; }

 private:
  static constexpr std::uint32_t kFree = 0;
  std::vector<FoundEntity> entities_;
  std::vector<std::uint32_t> owner_;  // per token: kFree, or 1 + the index in entities_
};

}  // namespace strata::entities
