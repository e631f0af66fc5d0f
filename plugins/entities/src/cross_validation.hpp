// How the first pass's training data is cut into folds, so that the second pass learns from
// first-pass tags made on text the first pass did not see.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace strata::entities {

// Which fold each training sentence is tagged in, by a first pass trained on the others.
struct Folds {
  unsigned count = 0;
  // False: whole documents make the folds. True: the data is one document, so its sentences do.
  bool of_sentences = false;
  std::vector<unsigned> fold_of;  // per sentence, below `count`
};

// Documents go round-robin into `wanted` folds; with fewer documents than that (at least two),
// into one fold each, since a fold without a document would tag nothing and one trained on none
// would tag everything as O; a single document's sentences go round-robin into `wanted` folds,
// or one each when there are fewer. `document_starts` are ascending, from 0, below `sentences`.
// Throws Error for fewer than two sentences, or `wanted` below two: nothing to cross-validate.
Folds make_folds(std::span<const std::size_t> document_starts, std::size_t sentences,
                 unsigned wanted);

}  // namespace strata::entities
