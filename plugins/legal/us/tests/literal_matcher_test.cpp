#include "literal_matcher.hpp"

#include <gtest/gtest.h>

namespace strata::legal::us {
namespace {

TEST(LiteralMatcher, FindsOverlappingKeysAcrossWhitespace) {
  LiteralMatcher matcher;
  const auto us = matcher.add("U.S.");
  const auto usc = matcher.add("U.S.C.");
  const auto nys = matcher.add("N. Y. S. 2d");
  matcher.build();
  const std::string text = "42 U. S.\nC. 1 and 5 N.Y.S.2d";
  const auto hits = matcher.scan(text);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].key, us);
  EXPECT_EQ(text.substr(hits[0].begin, hits[0].end - hits[0].begin), "U. S.");
  EXPECT_EQ(hits[1].key, usc);
  EXPECT_EQ(text.substr(hits[1].begin, hits[1].end - hits[1].begin), "U. S.\nC.");
  EXPECT_EQ(hits[2].key, nys);
  EXPECT_EQ(text.substr(hits[2].begin, hits[2].end - hits[2].begin), "N.Y.S.2d");
}

TEST(LiteralMatcher, NothingInAnEmptyOrForeignText) {
  LiteralMatcher matcher;
  matcher.add("Ga.");
  matcher.build();
  EXPECT_TRUE(matcher.scan("").empty());
  EXPECT_TRUE(matcher.scan("città Gaza Gb.").empty());
}

}  // namespace
}  // namespace strata::legal::us
