#include "span_score.hpp"

#include <vector>

#include "entity_span.hpp"

namespace strata::entities {

void SpanScore::add(std::span<const Tag> gold, std::span<const Tag> predicted) {
  const std::vector<EntitySpan> gold_spans = entity_spans(gold);
  const std::vector<EntitySpan> predicted_spans = entity_spans(predicted);
  gold_ += gold_spans.size();
  predicted_ += predicted_spans.size();
  // Both lists are ordered and free of overlaps: a merge finds the common entities.
  std::size_t g = 0;
  std::size_t p = 0;
  while (g < gold_spans.size() && p < predicted_spans.size()) {
    if (gold_spans[g] == predicted_spans[p]) {
      ++right_;
      ++g;
      ++p;
    } else if (gold_spans[g].first < predicted_spans[p].first ||
               (gold_spans[g].first == predicted_spans[p].first &&
                gold_spans[g].last < predicted_spans[p].last)) {
      ++g;
    } else {
      ++p;
    }
  }
}

double SpanScore::f1() const {
  const std::size_t all = gold_ + predicted_;
  return all == 0 ? 0.0 : 2.0 * static_cast<double>(right_) / static_cast<double>(all);
}

}  // namespace strata::entities
