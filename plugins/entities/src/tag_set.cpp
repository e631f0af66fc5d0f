#include "tag_set.hpp"

#include <algorithm>

#include "strata/error.hpp"

namespace strata::entities {
namespace {

bool is_type_name(std::string_view name) {
  if (name.empty() || name.front() < 'A' || name.front() > 'Z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

TagSet::TagSet(std::vector<std::string> types) : types_(std::move(types)) {
  if (types_.empty()) throw Error("an entity tag set needs at least one type");
  if (types_.size() > kMaxTypes) {
    throw Error("an entity tag set has at most " + std::to_string(kMaxTypes) + " types, not " +
                std::to_string(types_.size()));
  }
  for (std::size_t i = 0; i < types_.size(); ++i) {
    if (!is_type_name(types_[i])) {
      throw Error("'" + types_[i] + "' is not an entity type name (expected [A-Z][A-Z0-9_]*)");
    }
    if (std::find(types_.begin(), types_.begin() + static_cast<std::ptrdiff_t>(i), types_[i]) !=
        types_.begin() + static_cast<std::ptrdiff_t>(i)) {
      throw Error("entity type '" + types_[i] + "' is listed twice");
    }
  }
}

std::optional<std::size_t> TagSet::find_type(std::string_view name) const {
  const auto it = std::find(types_.begin(), types_.end(), name);
  if (it == types_.end()) return std::nullopt;
  return static_cast<std::size_t>(it - types_.begin());
}

std::string TagSet::label(Tag tag) const {
  if (tag == kOutside) return "O";
  return (is_begin(tag) ? "B-" : "I-") + types_.at(type_of(tag));
}

std::string TagSet::describe() const {
  std::string all;
  for (const std::string& type : types_) {
    if (!all.empty()) all += ", ";
    all += type;
  }
  return all;
}

}  // namespace strata::entities
