#include "strata/case_folding.hpp"

#include <gtest/gtest.h>

namespace strata {
namespace {

TEST(FoldCase, Ascii) {
  EXPECT_EQ(fold_case("The ONU, Art. 51"), "the onu, art. 51");
}

TEST(FoldCase, AccentedItalian) {
  EXPECT_EQ(fold_case("CITT\xC3\x80"), "citt\xC3\xA0");  // CITTÀ
  EXPECT_EQ(fold_case("Citt\xC3\xA0"), "citt\xC3\xA0");
}

TEST(FoldCase, FullFoldingOfSharpS) {
  EXPECT_EQ(fold_case("Stra\xC3\x9F"
                      "e"),
            "strasse");
}

}  // namespace
}  // namespace strata
