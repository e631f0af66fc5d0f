#include "text_structure.hpp"

#include <algorithm>
#include <charconv>

#include "strata/error.hpp"
#include "strata/layer_names.hpp"

namespace strata::formats {
namespace {

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The first index at or after `from` whose extent `before` is false for, where `before` is true
// for a prefix of `extents` that reaches at least to `from`: searched in steps that double from
// `from`, so that a search near where the last one ended takes a few compares.
template <typename Before>
std::size_t partition_from(const std::vector<TextStructure::Extent>& extents, std::size_t from,
                           Before before) {
  std::size_t low = from;  // every extent before `low` is before
  std::size_t high = from;
  for (std::size_t step = 1; high < extents.size() && before(extents[high]); step *= 2) {
    low = high + 1;
    high += step;
  }
  high = std::min(high, extents.size());
  return static_cast<std::size_t>(
      std::partition_point(extents.begin() + static_cast<std::ptrdiff_t>(low),
                           extents.begin() + static_cast<std::ptrdiff_t>(high), before) -
      extents.begin());
}

bool by_offset(const TextStructure::Extent& a, const TextStructure::Extent& b) {
  if (a.begin != b.begin) return a.begin < b.begin;
  if (a.end != b.end) return a.end < b.end;
  return a.annotation < b.annotation;
}

std::string describe(const TextStructure::Extent& e) {
  return std::to_string(e.annotation) + " [" + std::to_string(e.begin) + ", " +
         std::to_string(e.end) + ")";
}

}  // namespace

TextStructure::TextStructure(const Document& document, const Numbering& elements_before)
    : before_(elements_before) {
  for (Level level : {paragraph, sentence, token}) read_level(document, level);
  add_paragraphs_for_uncovered_text(document.text());
  for (Level level : {paragraph, sentence, token}) {
    const auto& extents = levels_[level];
    auto& index = index_of_annotation_[level];
    // Sized once: growing it an annotation at a time showed in profiles.
    if (const Layer* layer = document.find_layer(layer_name(level))) index.resize(layer->size());
    for (std::size_t i = 0; i < extents.size(); ++i) {
      if (extents[i].annotation != kAdded) {
        index[extents[i].annotation] = static_cast<std::uint32_t>(i);
      }
    }
  }
}

const char* TextStructure::layer_name(Level level) {
  switch (level) {
    case paragraph:
      return layer_names::paragraphs;
    case sentence:
      return layer_names::sentences;
    case token:
      return layer_names::tokens;
  }
  return "";
}

std::string TextStructure::xml_id(Level level, std::size_t index) {
  std::string id;
  append_xml_id(id, level, index);
  return id;
}

void TextStructure::append_xml_id(std::string& out, Level level, std::size_t index) {
  char id[kMaxXmlIdSize];
  out.append(id, static_cast<std::size_t>(put_xml_id(id, level, index) - id));
}

char* TextStructure::put_xml_id(char* to, Level level, std::size_t index) {
  static constexpr char kPrefix[kLevels] = {'p', 's', 'w'};
  to[0] = kPrefix[level];
  return std::to_chars(to + 1, to + kMaxXmlIdSize, index + 1).ptr;
}

void TextStructure::read_level(const Document& document, Level level) {
  const Layer* layer = document.find_layer(layer_name(level));
  if (!layer) return;
  auto& extents = levels_[level];
  extents.reserve(layer->size());
  for (AnnotationId id = 0; id < layer->size(); ++id) {
    extents.push_back({layer->begin(id), layer->end(id), id});
  }
  // Tokenizers add in text order, so the sort is usually skipped.
  if (!std::is_sorted(extents.begin(), extents.end(), by_offset)) {
    std::sort(extents.begin(), extents.end(), by_offset);
  }
  for (std::size_t i = 1; i < extents.size(); ++i) {
    if (extents[i].begin < extents[i - 1].end) {
      throw Error("layer '" + layer->name() + "': annotations " + describe(extents[i - 1]) +
                  " and " + describe(extents[i]) +
                  " overlap (byte offsets): the annotations of a structural layer may not overlap");
    }
  }
}

void TextStructure::add_paragraphs_for_uncovered_text(std::string_view text) {
  std::vector<Extent> all;
  all.reserve(levels_[paragraph].size() + 1);
  Offset gap_begin = 0;
  for (const Extent& p : levels_[paragraph]) {
    if (auto content = content_of_gap(text, gap_begin, p.begin)) all.push_back(*content);
    all.push_back(p);
    gap_begin = p.end;
  }
  if (auto content = content_of_gap(text, gap_begin, static_cast<Offset>(text.size()))) {
    all.push_back(*content);
  }
  // TEI's body needs at least one element: an empty (or all-whitespace) text gets an empty p.
  if (all.empty()) {
    all.push_back({static_cast<Offset>(text.size()), static_cast<Offset>(text.size()), kAdded});
  }
  levels_[paragraph] = std::move(all);
}

std::optional<TextStructure::Extent> TextStructure::content_of_gap(std::string_view text,
                                                                   Offset from, Offset to) const {
  Offset low = to;
  Offset high = from;
  Offset first = from;
  while (first < to && is_xml_space(text[first])) ++first;
  if (first < to) {
    Offset last = to;
    while (is_xml_space(text[last - 1])) --last;
    low = first;
    high = last;
  }
  bool found = first < to;
  for (Level level : {sentence, token}) {
    const auto& extents = levels_[level];
    auto it = std::lower_bound(extents.begin(), extents.end(), from,
                               [](const Extent& e, Offset at) { return e.begin < at; });
    for (; it != extents.end() && it->begin < to && it->end <= to; ++it) {
      // An empty element where a paragraph ends is written inside that paragraph.
      if (from > 0 && it->begin == from && it->end == from) continue;
      low = std::min(low, it->begin);
      high = std::max(high, it->end);
      found = true;
    }
  }
  if (!found) return std::nullopt;
  return Extent{low, high, kAdded};
}

std::optional<std::string> TextStructure::inline_id(std::string_view layer,
                                                    AnnotationId annotation) const {
  for (Level level : {paragraph, sentence, token}) {
    if (layer != layer_name(level)) continue;
    if (annotation >= index_of_annotation_[level].size()) {
      throw Error("layer '" + std::string(layer) + "' has no annotation " +
                  std::to_string(annotation));
    }
    return xml_id(level, number(level, index_of_annotation_[level][annotation]));
  }
  return std::nullopt;
}

std::optional<std::pair<std::size_t, std::size_t>> TextStructure::token_span(Offset begin,
                                                                             Offset end) const {
  std::size_t from = 0;
  return token_span(begin, end, from);
}

std::optional<std::pair<std::size_t, std::size_t>> TextStructure::token_span(
    Offset begin, Offset end, std::size_t& from) const {
  if (begin >= end) return std::nullopt;
  const std::vector<Extent>& tokens = levels_[token];
  // Tokens do not overlap, so both their begins and their ends are in ascending order.
  const auto begins_before = [begin](const Extent& e) { return e.begin < begin; };
  if (from > tokens.size() || (from > 0 && !begins_before(tokens[from - 1]))) from = 0;
  from = partition_from(tokens, from, begins_before);
  std::size_t first = from;
  while (first < tokens.size() && tokens[first].begin == begin && tokens[first].end == begin) {
    ++first;
  }
  if (first == tokens.size() || tokens[first].begin != begin) return std::nullopt;
  // The tokens before `from` end before `begin`, so the search for `end` starts there too.
  std::size_t after_last =
      partition_from(tokens, from, [end](const Extent& e) { return e.end <= end; });
  while (after_last > 0 && tokens[after_last - 1].begin == end) --after_last;
  if (after_last == 0 || tokens[after_last - 1].end != end) return std::nullopt;
  return std::make_pair(first, after_last - 1);
}

}  // namespace strata::formats
