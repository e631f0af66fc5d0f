#include "class_scores.hpp"

#include <numeric>

namespace strata::host {

ClassTally::ClassTally(std::vector<std::string> classes) : classes_(std::move(classes)) {}

void ClassTally::add(const std::string& gold, const std::string& predicted) {
  ++items_;
  if (gold == predicted) {
    ++correct_;
    ++counts_[gold].true_positives;
    return;
  }
  ++counts_[gold].false_negatives;
  ++counts_[predicted].false_positives;
}

ScoreCounts ClassTally::counts(const std::string& label) const {
  const auto found = counts_.find(label);
  return found == counts_.end() ? ScoreCounts{} : found->second;
}

double ClassTally::accuracy() const {
  return items_ == 0 ? 0.0 : static_cast<double>(correct_) / static_cast<double>(items_);
}

double ClassTally::macro_f1() const {
  if (classes_.empty()) return 0.0;
  const double sum = std::accumulate(
      classes_.begin(), classes_.end(), 0.0,
      [this](double total, const std::string& label) { return total + counts(label).f1(); });
  return sum / static_cast<double>(classes_.size());
}

namespace {

// Counts one item for the class `value` of a binary flag.
void count(ScoreCounts& counts, bool gold_is_value, bool predicted_is_value) {
  if (gold_is_value && predicted_is_value) ++counts.true_positives;
  if (!gold_is_value && predicted_is_value) ++counts.false_positives;
  if (gold_is_value && !predicted_is_value) ++counts.false_negatives;
}

}  // namespace

void BinaryFlagScores::add(bool gold, bool predicted) {
  count(present, gold, predicted);
  count(absent, !gold, !predicted);
}

void SentipolcScores::add(bool gold_positive, bool gold_negative,
                          const std::string& predicted_class) {
  ++items;
  positive.add(gold_positive, predicted_class == "positive");
  negative.add(gold_negative, predicted_class == "negative");
}

}  // namespace strata::host
