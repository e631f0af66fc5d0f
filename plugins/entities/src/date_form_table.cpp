#include "date_form_table.hpp"

#include "hashing.hpp"

namespace strata::entities {
namespace {

// A power of two, so that a hash picks a slot with a mask.
constexpr std::size_t kFirstCapacity = 64;
// Slots per form at most; sparse enough that probes rarely go past the first slot.
constexpr std::size_t kSlotsPerForm = 4;

}  // namespace

std::size_t DateFormTable::insert(std::string_view form) {
  if ((forms_.size() + 1) * kSlotsPerForm > slots_.size()) grow();
  const std::size_t slot = slot_of(form);
  if (slots_[slot] != 0) return slots_[slot] - 1;
  forms_.emplace_back(form);
  slots_[slot] = static_cast<std::uint32_t>(forms_.size());
  return forms_.size() - 1;
}

std::size_t DateFormTable::find(std::string_view form) const {
  if (slots_.empty()) return kMissing;
  const std::uint32_t entry = slots_[slot_of(form)];
  return entry == 0 ? kMissing : entry - 1;
}

std::size_t DateFormTable::slot_of(std::string_view form) const {
  const std::size_t mask = slots_.size() - 1;
  // Linear probing: never full, so an empty slot ends every search.
  for (std::size_t slot = mix64(hash_string(form)) & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == 0 || forms_[slots_[slot] - 1] == form) return slot;
  }
}

void DateFormTable::grow() {
  slots_.assign(slots_.empty() ? kFirstCapacity : slots_.size() * 2, 0);
  for (std::size_t index = 0; index < forms_.size(); ++index) {
    // slot_of() finds an empty slot for each: the forms are distinct.
    slots_[slot_of(forms_[index])] = static_cast<std::uint32_t>(index + 1);
  }
}

}  // namespace strata::entities
