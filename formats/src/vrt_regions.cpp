#include "vrt_regions.hpp"

#include <algorithm>

#include "cwb_names.hpp"

namespace strata::formats {
namespace {

// The start tag of one annotation: its type, then its features, under CWB names. A feature
// whose CWB name is taken (by "type" or an earlier feature) gets '_' added until it is not, so
// no attribute is written twice.
std::string start_tag(const Layer& layer, AnnotationId id, const VrtAttribute& attribute,
                      std::vector<Feature>& features, std::size_t& cut) {
  std::string tag = "<" + attribute.name;
  if (attribute.with_features) {
    std::vector<std::string> used{"type"};
    tag += " type=\"";
    cut += append_vrt_value(tag, layer.type(id));
    tag += '"';
    layer.features(id, features);
    for (const Feature& feature : features) {
      std::string name = cwb_name(feature.name);
      while (std::find(used.begin(), used.end(), name) != used.end()) name += '_';
      used.push_back(name);
      tag += " " + name + "=\"";
      const WindowStart* start = attribute.references_from;
      cut += append_vrt_value(tag,
                              feature_text(start ? start->numbered(feature.value) : feature.value));
      tag += '"';
    }
  }
  return tag + ">";
}

std::string count_note(std::size_t count, const Layer& layer, const std::string& what) {
  return std::to_string(count) + " span(s) of layer '" + layer.name() + "' " + what;
}

}  // namespace

bool covering_tokens(const std::vector<TextStructure::Extent>& tokens, Offset begin, Offset end,
                     std::size_t& first, std::size_t& last) {
  // Tokens are disjoint and sorted, so their ends are sorted too.
  const auto after_begin = std::upper_bound(
      tokens.begin(), tokens.end(), begin,
      [](Offset offset, const TextStructure::Extent& token) { return offset < token.end; });
  const Offset stop = std::max(end, begin + 1);  // an empty span still takes the token around it
  const auto from_stop = std::lower_bound(
      tokens.begin(), tokens.end(), stop,
      [](const TextStructure::Extent& token, Offset offset) { return token.begin < offset; });
  if (after_begin >= from_stop) return false;
  first = static_cast<std::size_t>(after_begin - tokens.begin());
  last = static_cast<std::size_t>(from_stop - tokens.begin()) - 1;
  return true;
}

std::vector<std::vector<VrtRegion>> layer_regions(const Layer& layer, const VrtAttribute& attribute,
                                                  const std::vector<TextStructure::Extent>& tokens,
                                                  std::vector<std::string>& notes) {
  std::vector<std::vector<VrtRegion>> levels;
  std::vector<Feature> features;
  std::size_t widened = 0, tokenless = 0, moved = 0, too_deep = 0, cut = 0;
  // Each span widened to whole tokens, then ordered by its first token and the longer first: a
  // span that starts inside a token can start, once widened, with one that began before it.
  struct Widened {
    std::size_t first, last;
    AnnotationId id;
    bool widened;  // its tokens reach past it
  };
  std::vector<Widened> spans;
  for (AnnotationId id : layer.ids_by_offset()) {
    std::size_t first = 0, last = 0;
    if (!covering_tokens(tokens, layer.begin(id), layer.end(id), first, last)) {
      ++tokenless;
      continue;
    }
    spans.push_back({first, last, id,
                     tokens[first].begin < layer.begin(id) || tokens[last].end > layer.end(id)});
  }
  std::stable_sort(spans.begin(), spans.end(), [](const Widened& a, const Widened& b) {
    return a.first != b.first ? a.first < b.first : a.last > b.last;
  });
  // A span fits a level when it starts after the level's last region ends.
  for (const Widened& span : spans) {
    const auto level = std::find_if(levels.begin(), levels.end(), [&](const auto& regions) {
      return span.first > regions.back().last;
    });
    if (level == levels.end() && levels.size() == kVrtLevels) {
      ++too_deep;
      continue;
    }
    if (span.widened) ++widened;
    auto& regions = level == levels.end() ? levels.emplace_back() : *level;
    if (&regions != &levels.front()) ++moved;
    regions.push_back(
        {0, span.first, span.last, start_tag(layer, span.id, attribute, features, cut)});
  }
  if (cut) {
    notes.push_back(std::to_string(cut) + " value(s) of layer '" + layer.name() + "' " + kCutNote);
  }
  if (widened) notes.push_back(count_note(widened, layer, "widened to whole tokens"));
  if (tokenless) notes.push_back(count_note(tokenless, layer, "dropped: they cover no token"));
  if (moved) {
    notes.push_back(count_note(moved, layer,
                               "lie inside or across another span of the layer, which CWB cannot "
                               "nest: written as <" +
                                   attribute.name + "1> (and on)"));
  }
  if (too_deep) {
    notes.push_back(count_note(
        too_deep, layer, "dropped: nested deeper than " + std::to_string(kVrtLevels) + " levels"));
  }
  return levels;
}

}  // namespace strata::formats
