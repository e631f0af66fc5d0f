// The polarity of a whole document from those of its sentences.
#pragma once

#include <cstddef>
#include <span>

#include "polarity.hpp"

namespace strata::sentiment {

// A sentence's scores and how many words they rest on.
struct SentencePolarity {
  Polarity polarity;
  std::size_t words = 0;
};

// The mean of the sentences' scores weighted by their words. Summing all valences as VADER
// does for one text would push any long document to -1 or 1; the mean keeps a document of
// mostly neutral sentences near 0, as readers rate it. Without words, neutral.
Polarity document_polarity(std::span<const SentencePolarity> sentences);

}  // namespace strata::sentiment
