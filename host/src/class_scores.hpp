// Scores of items each given one class, by the gold and by a prediction: 3-class sentiment
// results and the SENTIPOLC 2016 polarity measure.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "span_scorer.hpp"

namespace strata::host {

// Per-class counts over single-label items: a wrong prediction is a false positive of the
// predicted class and a false negative of the gold one.
class ClassTally {
 public:
  // `classes` are the ones macro F1 averages over, so a class never predicted still counts.
  explicit ClassTally(std::vector<std::string> classes);

  void add(const std::string& gold, const std::string& predicted);

  const std::vector<std::string>& classes() const { return classes_; }
  ScoreCounts counts(const std::string& label) const;  // zeros for a class never seen
  std::size_t items() const { return items_; }
  double accuracy() const;  // 0 with no items
  double macro_f1() const;  // the mean of the listed classes' F1

 private:
  std::vector<std::string> classes_;
  std::map<std::string, ScoreCounts> counts_;
  std::size_t items_ = 0;
  std::size_t correct_ = 0;
};

// One SENTIPOLC polarity flag (opos or oneg): F1 of the value 1 and of the value 0, each taken
// as the class to find, and F = their mean, as the task's official scorer computes it.
struct BinaryFlagScores {
  ScoreCounts present;  // flag 1
  ScoreCounts absent;   // flag 0

  void add(bool gold, bool predicted);
  double f() const { return (present.f1() + absent.f1()) / 2; }
};

// The SENTIPOLC 2016 polarity score: (F_pos + F_neg) / 2.
struct SentipolcScores {
  BinaryFlagScores positive;  // opos against "the prediction is positive"
  BinaryFlagScores negative;  // oneg against "the prediction is negative"
  std::size_t items = 0;

  void add(bool gold_positive, bool gold_negative, const std::string& predicted_class);
  double combined() const { return (positive.f() + negative.f()) / 2; }
};

}  // namespace strata::host
