#include "cross_validation.hpp"

#include <algorithm>
#include <string>

#include "strata/error.hpp"

namespace strata::entities {

Folds make_folds(std::span<const std::size_t> document_starts, std::size_t sentences,
                 unsigned wanted) {
  if (wanted < 2) throw Error("cross-validation needs at least two folds");
  if (sentences < 2) {
    throw Error(
        "two-pass training cross-validates its first pass, which needs at least two "
        "training sentences; the data has " +
        std::to_string(sentences));
  }
  Folds folds;
  folds.fold_of.resize(sentences);
  const std::size_t documents = document_starts.size();
  if (documents >= 2) {
    folds.count = static_cast<unsigned>(std::min<std::size_t>(wanted, documents));
    for (std::size_t d = 0; d < documents; ++d) {
      const std::size_t last = d + 1 < documents ? document_starts[d + 1] : sentences;
      for (std::size_t s = document_starts[d]; s < last; ++s) {
        folds.fold_of[s] = static_cast<unsigned>(d % folds.count);
      }
    }
    return folds;
  }
  folds.of_sentences = true;
  folds.count = static_cast<unsigned>(std::min<std::size_t>(wanted, sentences));
  for (std::size_t s = 0; s < sentences; ++s) {
    folds.fold_of[s] = static_cast<unsigned>(s % folds.count);
  }
  return folds;
}

}  // namespace strata::entities
