#include "cross_validation.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::entities {
namespace {

using Starts = std::vector<std::size_t>;
using FoldOf = std::vector<unsigned>;

TEST(CrossValidation, DocumentsGoRoundRobinIntoTheFolds) {
  // Seven documents of one or two sentences into five folds: the sixth joins the first fold.
  const Folds folds = make_folds(Starts{0, 2, 3, 5, 6, 7, 9}, 10, 5);
  EXPECT_EQ(folds.count, 5u);
  EXPECT_FALSE(folds.of_sentences);
  EXPECT_EQ(folds.fold_of, (FoldOf{0, 0, 1, 2, 2, 3, 4, 0, 0, 1}));
}

// With fewer documents than folds, some folds would hold none: their first pass trained on all
// and tagged nothing, and with one document the only fold's first pass trained on nothing.
TEST(CrossValidation, FewerDocumentsThanFoldsMakeAFoldEach) {
  const Folds folds = make_folds(Starts{0, 2, 3}, 5, 5);
  EXPECT_EQ(folds.count, 3u);
  EXPECT_FALSE(folds.of_sentences);
  EXPECT_EQ(folds.fold_of, (FoldOf{0, 0, 1, 2, 2}));
}

TEST(CrossValidation, OneDocumentsSentencesMakeTheFolds) {
  const Folds seven = make_folds(Starts{0}, 7, 5);
  EXPECT_EQ(seven.count, 5u);
  EXPECT_TRUE(seven.of_sentences);
  EXPECT_EQ(seven.fold_of, (FoldOf{0, 1, 2, 3, 4, 0, 1}));
  const Folds three = make_folds(Starts{0}, 3, 5);
  EXPECT_EQ(three.count, 3u);
  EXPECT_EQ(three.fold_of, (FoldOf{0, 1, 2}));
}

TEST(CrossValidation, NeedsTwoSentencesAndTwoFolds) {
  EXPECT_THROW(make_folds(Starts{0}, 1, 5), Error);
  EXPECT_THROW(make_folds(Starts{}, 0, 5), Error);
  EXPECT_THROW(make_folds(Starts{0, 1}, 2, 1), Error);
  EXPECT_EQ(make_folds(Starts{0}, 2, 5).count, 2u);
}

}  // namespace
}  // namespace strata::entities
