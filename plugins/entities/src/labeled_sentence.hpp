// A sentence of training or evaluation data: tokens with their gold BIO tags.
#pragma once

#include <string>
#include <vector>

#include "tag_set.hpp"

namespace strata::entities {

// One sentence as read from a CoNLL file; tokens and tags have the same length.
struct LabeledSentence {
  std::vector<std::string> tokens;
  std::vector<Tag> tags;
  // True for the first sentence after a "-DOCSTART-" line: the tagger's document-level features
  // look no further back than this.
  bool starts_document = false;
};

}  // namespace strata::entities
