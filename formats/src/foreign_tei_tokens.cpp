#include "foreign_tei_tokens.hpp"

#include <algorithm>

#include "strata/error.hpp"

namespace strata::formats {

bool TokenWraps::add(pugi::xml_node node, std::uint32_t begin, std::uint32_t end,
                     std::uint32_t token, std::string_view kind, bool joined) {
  const auto found = runs_.find(node.internal_object());
  const bool follows = found != runs_.end() && node.internal_object() == last_node_ &&
                       token == found->second.first_token + found->second.count;
  const std::uint32_t gap = begin - (follows ? last_end_ : 0);
  if (end - begin > kMaxLength || gap > kMaxLength || (found != runs_.end() && !follows)) {
    return false;
  }
  auto known = std::find(kinds_.begin(), kinds_.end(), kind);
  if (known == kinds_.end()) {
    if (kinds_.size() == kMaxKinds) {
      throw Error("more than " + std::to_string(kMaxKinds) + " kinds of token");
    }
    known = kinds_.emplace(kinds_.end(), kind);
  }
  const auto kind_index = static_cast<std::uint8_t>(known - kinds_.begin());
  wraps_.push_back({static_cast<std::uint16_t>(gap), static_cast<std::uint16_t>(end - begin),
                    kind_index, joined});
  last_end_ = end;
  if (follows) {
    ++found->second.count;
    return true;
  }
  last_node_ = node.internal_object();
  runs_.emplace(last_node_, Run{wraps_.size() - 1, 1, token});
  hold(node.parent());
  return true;
}

TokenWraps::Run TokenWraps::of(pugi::xml_node node) const {
  const auto found = runs_.find(node.internal_object());
  return found == runs_.end() ? Run{} : found->second;
}

void TokenWraps::hold(pugi::xml_node node) {
  // The node and the elements above it, up to the first already known.
  for (pugi::xml_node holder = node; holder && holders_.insert(holder.internal_object()).second;
       holder = holder.parent()) {
  }
}

}  // namespace strata::formats
