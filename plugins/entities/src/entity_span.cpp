#include "entity_span.hpp"

namespace strata::entities {

std::vector<EntitySpan> entity_spans(std::span<const Tag> tags) {
  std::vector<EntitySpan> spans;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const Tag tag = tags[i];
    if (tag == TagSet::kOutside) continue;
    const std::size_t type = TagSet::type_of(tag);
    const bool continues = TagSet::is_inside(tag) && !spans.empty() && spans.back().last == i &&
                           spans.back().type == type;
    if (continues) {
      spans.back().last = i + 1;
    } else {
      spans.push_back({i, i + 1, type});
    }
  }
  return spans;
}

}  // namespace strata::entities
