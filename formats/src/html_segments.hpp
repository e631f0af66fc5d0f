// Cutting a text into stretches over which the same annotations hold, so that overlapping and
// crossing spans can be written as properly nested HTML elements.
#pragma once

#include <cstddef>
#include <vector>

#include "strata/feature.hpp"

namespace strata::formats {

// One annotation to show as a span: which layer (an index the caller chose), its id and range.
struct ShownSpan {
  std::size_t layer = 0;
  AnnotationId id = 0;
  Offset begin = 0;
  Offset end = 0;
};

// A stretch of text and the spans that cover all of it, as indices into the caller's spans,
// outermost first (earlier begin, then later end, then layer order), so that each span's
// element can be opened inside those of the spans listed before it.
struct Segment {
  Offset begin = 0;
  Offset end = 0;
  std::vector<std::size_t> covering;
};

// The segments of [0, text_size): cut at every begin and end of a non-empty span and at every
// offset of `cuts` (where the caller inserts something), in text order, none empty. Empty spans
// cover nothing; the caller writes them at their offset.
std::vector<Segment> segments(const std::vector<ShownSpan>& spans, Offset text_size,
                              const std::vector<Offset>& cuts);

}  // namespace strata::formats
