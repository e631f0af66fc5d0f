#include "html_segments.hpp"

#include <algorithm>
#include <tuple>

namespace strata::formats {

std::vector<Segment> segments(const std::vector<ShownSpan>& spans, Offset text_size,
                              const std::vector<Offset>& cuts) {
  std::vector<Offset> bounds = cuts;
  bounds.push_back(0);
  bounds.push_back(text_size);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].begin >= spans[i].end) continue;
    order.push_back(i);
    bounds.push_back(spans[i].begin);
    bounds.push_back(spans[i].end);
  }
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  const auto outer_first = [&spans](std::size_t a, std::size_t b) {
    const ShownSpan& x = spans[a];
    const ShownSpan& y = spans[b];
    return std::tuple(x.begin, y.end, x.layer, x.id) < std::tuple(y.begin, x.end, y.layer, y.id);
  };
  std::sort(order.begin(), order.end(), outer_first);

  // A sweep: spans enter the active list in begin order and leave once the cut passes their end;
  // the active list stays sorted outer first because they enter in that order.
  std::vector<Segment> out;
  std::vector<std::size_t> active;
  std::size_t next = 0;
  for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
    const Offset begin = bounds[b];
    const Offset end = bounds[b + 1];
    if (begin >= text_size) break;
    std::erase_if(active, [&](std::size_t i) { return spans[i].end <= begin; });
    while (next < order.size() && spans[order[next]].begin <= begin) {
      if (spans[order[next]].end > begin) active.push_back(order[next]);
      ++next;
    }
    std::sort(active.begin(), active.end(), outer_first);
    out.push_back({begin, end, active});
  }
  return out;
}

}  // namespace strata::formats
