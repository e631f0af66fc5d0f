#include "entity_set.hpp"

#include <algorithm>

namespace strata::entities {

void EntitySet::reset(std::size_t token_count) {
  entities_.clear();
  owner_.assign(token_count, kFree);
}

bool EntitySet::is_free(std::size_t first, std::size_t last) const {
  if (first >= last || last > owner_.size()) return false;
  return std::all_of(owner_.begin() + static_cast<std::ptrdiff_t>(first),
                     owner_.begin() + static_cast<std::ptrdiff_t>(last),
                     [](std::uint32_t owner) { return owner == kFree; });
}

bool EntitySet::add_if_free(FoundEntity entity) {
  if (!is_free(entity.first, entity.last)) return false;
  const auto owner = static_cast<std::uint32_t>(entities_.size() + 1);
  std::fill(owner_.begin() + static_cast<std::ptrdiff_t>(entity.first),
            owner_.begin() + static_cast<std::ptrdiff_t>(entity.last), owner);
  entities_.push_back(std::move(entity));
  return true;
}

const FoundEntity* EntitySet::at(std::size_t token) const {
  if (token >= owner_.size() || owner_[token] == kFree) return nullptr;
  return &entities_[owner_[token] - 1];
}

FoundEntity* EntitySet::single_at(std::size_t token) {
  if (token >= owner_.size() || owner_[token] == kFree) return nullptr;
  FoundEntity& entity = entities_[owner_[token] - 1];
  return entity.last - entity.first == 1 ? &entity : nullptr;
}

void EntitySet::sort() {
  std::sort(entities_.begin(), entities_.end(),
            [](const FoundEntity& a, const FoundEntity& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    std::fill(owner_.begin() + static_cast<std::ptrdiff_t>(entities_[i].first),
              owner_.begin() + static_cast<std::ptrdiff_t>(entities_[i].last),
              static_cast<std::uint32_t>(i + 1));
  }
}

}  // namespace strata::entities
