#include "document_polarity.hpp"

namespace strata::sentiment {

Polarity document_polarity(std::span<const SentencePolarity> sentences) {
  Polarity mean{0.0, 0.0, 0.0, 0.0};
  double words = 0.0;
  for (const SentencePolarity& sentence : sentences) {
    const auto weight = static_cast<double>(sentence.words);
    mean.compound += weight * sentence.polarity.compound;
    mean.pos += weight * sentence.polarity.pos;
    mean.neu += weight * sentence.polarity.neu;
    mean.neg += weight * sentence.polarity.neg;
    words += weight;
  }
  if (words == 0.0) return {};
  return {mean.compound / words, mean.pos / words, mean.neu / words, mean.neg / words};
}

}  // namespace strata::sentiment
