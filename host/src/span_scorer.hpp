// Precision, recall and F1 of predicted labelled spans against gold ones.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "attribute_agreement.hpp"

namespace strata::host {

// A labelled span of a document, in code points.
struct LabelledSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string label;
  // The string value of the feature strata eval --attribute scores, if the span has it. The
  // initializer lets {begin, end, label} leave it out under -Wmissing-field-initializers.
  std::optional<std::string> attribute = std::nullopt;
};

// How a predicted span may match a gold span of the same label.
enum class SpanMatch {
  exact,    // same begin and end
  overlap,  // any shared character
};

// Counts for one label, or for all of them together.
struct ScoreCounts {
  std::size_t true_positives = 0;
  std::size_t false_positives = 0;
  std::size_t false_negatives = 0;

  double precision() const;
  double recall() const;
  double f1() const;
  ScoreCounts& operator+=(const ScoreCounts& other);
};

// The counts per label and their micro-average.
struct Scores {
  std::map<std::string, ScoreCounts> per_label;
  ScoreCounts micro;
};

// A gold span and the predicted span matched to it, as indexes into the vectors scored.
struct MatchedPair {
  std::size_t gold = 0;
  std::size_t predicted = 0;
};

// Adds one document's spans to `scores`. Each gold span matches at most one predicted span and
// the other way round, so a duplicated prediction is a false positive. With overlap matching,
// the pairs with the most shared characters are matched first. Returns the pairs matched, so
// what the matched spans carry can be scored on the same pairing.
std::vector<MatchedPair> score_document(const std::vector<LabelledSpan>& gold,
                                        const std::vector<LabelledSpan>& predicted, SpanMatch match,
                                        Scores& scores);

// How well matched predicted spans carry the feature of the gold spans they match.
struct AttributeCounts {
  std::size_t scored = 0;             // matched pairs whose gold span has the feature
  std::size_t correct = 0;            // of those, the ones whose predicted value agrees
  std::size_t missing = 0;            // of those, the ones whose predicted span has no value
  std::size_t gold_with_feature = 0;  // gold spans having the feature, matched or not

  double accuracy() const;    // correct / scored
  double end_to_end() const;  // correct / gold_with_feature: a gold span missed is wrong
};

// Adds one document's feature values to `counts`, over the `pairs` score_document matched.
void score_attribute(const std::vector<LabelledSpan>& gold,
                     const std::vector<LabelledSpan>& predicted,
                     const std::vector<MatchedPair>& pairs, AttributeMatch match,
                     AttributeCounts& counts);

// A token's place in a document, in code points.
struct TokenRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Adds one document to `scores` token by token, as NERMuD scores: each token takes the label of
// the span that covers its first character (or none), in the gold and in the prediction; a token
// whose labels agree is a true positive, a predicted label that disagrees a false positive, a
// gold label that was not predicted a false negative.
void score_tokens(const std::vector<TokenRange>& tokens, const std::vector<LabelledSpan>& gold,
                  const std::vector<LabelledSpan>& predicted, Scores& scores);

}  // namespace strata::host
