#include "span_scorer.hpp"

#include <algorithm>
#include <tuple>

namespace strata::host {
namespace {

double ratio(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

std::size_t shared_characters(const LabelledSpan& a, const LabelledSpan& b) {
  const std::size_t begin = std::max(a.begin, b.begin);
  const std::size_t end = std::min(a.end, b.end);
  if (end > begin) return end - begin;
  // Two empty spans at one place, or an empty one inside the other, still meet.
  return (a.begin == b.begin && a.end == b.end) ? 1 : 0;
}

bool can_match(const LabelledSpan& gold, const LabelledSpan& predicted, SpanMatch match) {
  if (gold.label != predicted.label) return false;
  if (match == SpanMatch::exact) return gold.begin == predicted.begin && gold.end == predicted.end;
  return shared_characters(gold, predicted) > 0;
}

// Pairs gold and predicted spans one to one, best pairs first.
std::vector<MatchedPair> matched_pairs(const std::vector<LabelledSpan>& gold,
                                       const std::vector<LabelledSpan>& predicted,
                                       SpanMatch match) {
  // (shared characters, gold index, predicted index): most shared first, then text order.
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> candidates;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      if (can_match(gold[g], predicted[p], match)) {
        candidates.emplace_back(shared_characters(gold[g], predicted[p]), g, p);
      }
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::vector<bool> gold_used(gold.size()), predicted_used(predicted.size());
  std::vector<MatchedPair> pairs;
  for (const auto& [shared, g, p] : candidates) {
    if (gold_used[g] || predicted_used[p]) continue;
    gold_used[g] = predicted_used[p] = true;
    pairs.push_back({g, p});
  }
  return pairs;
}

}  // namespace

double ScoreCounts::precision() const {
  return ratio(true_positives, true_positives + false_positives);
}
double ScoreCounts::recall() const {
  return ratio(true_positives, true_positives + false_negatives);
}
double ScoreCounts::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

ScoreCounts& ScoreCounts::operator+=(const ScoreCounts& other) {
  true_positives += other.true_positives;
  false_positives += other.false_positives;
  false_negatives += other.false_negatives;
  return *this;
}

std::vector<MatchedPair> score_document(const std::vector<LabelledSpan>& gold,
                                        const std::vector<LabelledSpan>& predicted, SpanMatch match,
                                        Scores& scores) {
  std::map<std::string, ScoreCounts> document;
  for (const auto& span : gold) ++document[span.label].false_negatives;
  for (const auto& span : predicted) ++document[span.label].false_positives;
  auto pairs = matched_pairs(gold, predicted, match);
  for (const auto& pair : pairs) {
    ScoreCounts& counts = document[gold[pair.gold].label];
    ++counts.true_positives;
    --counts.false_negatives;
    --counts.false_positives;
  }
  for (const auto& [label, counts] : document) {
    scores.per_label[label] += counts;
    scores.micro += counts;
  }
  return pairs;
}

double AttributeCounts::accuracy() const {
  return ratio(correct, scored);
}
double AttributeCounts::end_to_end() const {
  return ratio(correct, gold_with_feature);
}

void score_attribute(const std::vector<LabelledSpan>& gold,
                     const std::vector<LabelledSpan>& predicted,
                     const std::vector<MatchedPair>& pairs, AttributeMatch match,
                     AttributeCounts& counts) {
  for (const auto& span : gold) counts.gold_with_feature += span.attribute.has_value();
  for (const auto& pair : pairs) {
    const auto& expected = gold[pair.gold].attribute;
    if (!expected) continue;
    ++counts.scored;
    const auto& found = predicted[pair.predicted].attribute;
    if (!found) {
      ++counts.missing;
    } else if (values_agree(*expected, *found, match)) {
      ++counts.correct;
    }
  }
}

namespace {

// The label of the span covering `position`, or "" if none does.
std::string label_at(const std::vector<LabelledSpan>& spans, std::size_t position) {
  for (const auto& span : spans) {
    if (span.begin <= position && position < span.end) return span.label;
  }
  return "";
}

}  // namespace

void score_tokens(const std::vector<TokenRange>& tokens, const std::vector<LabelledSpan>& gold,
                  const std::vector<LabelledSpan>& predicted, Scores& scores) {
  for (const auto& token : tokens) {
    const std::string expected = label_at(gold, token.begin);
    const std::string found = label_at(predicted, token.begin);
    ScoreCounts counts;
    if (!expected.empty() && expected == found) {
      counts.true_positives = 1;
      scores.per_label[expected] += counts;
      scores.micro += counts;
      continue;
    }
    if (!found.empty()) {
      ScoreCounts wrong;
      wrong.false_positives = 1;
      scores.per_label[found] += wrong;
      scores.micro += wrong;
    }
    if (!expected.empty()) {
      ScoreCounts missed;
      missed.false_negatives = 1;
      scores.per_label[expected] += missed;
      scores.micro += missed;
    }
  }
}

}  // namespace strata::host
