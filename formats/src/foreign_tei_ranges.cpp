#include "foreign_tei_ranges.hpp"

#include <algorithm>
#include <string_view>

namespace strata::formats {
namespace {

std::size_t count_code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

ForeignTeiRanges::ForeignTeiRanges(const ExtractedText& extracted) : extracted_(extracted) {
  std::size_t offset = 0;
  node_starts_.reserve(extracted.nodes.size());
  for (const pugi::xml_node node : extracted.nodes) {
    node_starts_.push_back(offset);
    offset += count_code_points(node.value());
  }
}

std::size_t ForeignTeiRanges::body_offset(std::size_t node, std::size_t byte) const {
  const std::string_view value = extracted_.nodes[node].value();
  return node_starts_[node] + count_code_points(value.substr(0, byte));
}

std::vector<BodyRange> ForeignTeiRanges::body_ranges(Offset begin, Offset end) const {
  std::vector<BodyRange> ranges;
  const auto& sources = extracted_.sources;
  auto source = std::upper_bound(sources.begin(), sources.end(), begin,
                                 [](Offset at, const TextSource& s) { return at < s.end; });
  for (; source != sources.end() && source->begin < end; ++source) {
    std::size_t from = source->node_offset;
    std::size_t to = source->node_offset + source->node_length;
    if (source->copied()) {  // byte for byte: take only the part inside [begin, end)
      from += std::max(begin, source->begin) - source->begin;
      to -= source->end - std::min(end, source->end);
    }
    const std::size_t first = body_offset(source->node, from);
    const std::size_t last = body_offset(source->node, to);
    if (!ranges.empty() && ranges.back().offset + ranges.back().length == first) {
      ranges.back().length += last - first;
    } else {
      ranges.push_back({first, last - first});
    }
  }
  return ranges;
}

std::optional<NodeRange> ForeignTeiRanges::node_range(Offset begin, Offset end) const {
  const auto& sources = extracted_.sources;
  const auto source = std::upper_bound(sources.begin(), sources.end(), begin,
                                       [](Offset at, const TextSource& s) { return at < s.end; });
  if (source == sources.end() || source->begin > begin || source->end < end || !source->copied() ||
      begin >= end) {
    return std::nullopt;
  }
  const std::size_t from = source->node_offset + (begin - source->begin);
  return NodeRange{source->node, from, from + (end - begin)};
}

}  // namespace strata::formats
