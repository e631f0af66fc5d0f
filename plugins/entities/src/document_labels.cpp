#include "document_labels.hpp"

#include <limits>

namespace strata::entities {

SpanPosition entity_position(std::span<const Tag> tags, std::size_t i) {
  if (tags[i] == TagSet::kOutside) return SpanPosition::unit;
  const bool continues = TagSet::is_inside(tags[i]);
  const bool continued = i + 1 < tags.size() && TagSet::is_inside(tags[i + 1]) &&
                         TagSet::type_of(tags[i + 1]) == TagSet::type_of(tags[i]);
  if (continues) return continued ? SpanPosition::inside : SpanPosition::last;
  return continued ? SpanPosition::begin : SpanPosition::unit;
}

void DocumentLabels::add(std::span<const TokenInfo> tokens, std::span<const Tag> tags) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].capitalised()) continue;
    const auto [row, added] =
        rows_.try_emplace(tokens[i].word, static_cast<std::uint32_t>(counts_.size() / stride()));
    if (added) counts_.resize(counts_.size() + stride(), 0);
    std::uint16_t& count =
        counts_[row->second * stride() + slot(tags[i], entity_position(tags, i))];
    if (count < std::numeric_limits<std::uint16_t>::max()) ++count;
  }
}

std::optional<DocumentLabels::Counts> DocumentLabels::counts(std::uint64_t word) const {
  const auto found = rows_.find(word);
  if (found == rows_.end()) return std::nullopt;
  const std::span<const std::uint16_t> row =
      std::span(counts_).subspan(found->second * stride(), stride());
  return Counts{row.first(types_ * 4), row[types_ * 4]};
}

}  // namespace strata::entities
