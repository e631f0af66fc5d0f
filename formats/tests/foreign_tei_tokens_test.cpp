// TokenWraps: which tokens go into a text node, and the runs the printer reads back.
#include "foreign_tei_tokens.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::formats {
namespace {

struct Tree {
  Tree() {
    EXPECT_TRUE(document.load_string("<body><p>uno due</p><p>tre</p></body>"));
    first = document.child("body").first_child().first_child();
    second = document.child("body").last_child().first_child();
  }
  pugi::xml_document document;
  pugi::xml_node first;   // "uno due"
  pugi::xml_node second;  // "tre"
};

TEST(TokenWraps, KeepsEachNodesTokensAsARun) {
  Tree tree;
  TokenWraps wraps;
  EXPECT_TRUE(wraps.add(tree.first, 0, 0, 3, 0, "word", false));
  EXPECT_TRUE(wraps.add(tree.first, 0, 4, 7, 1, "word", false));
  EXPECT_TRUE(wraps.add(tree.second, 1, 0, 3, 2, "number", false));
  wraps.join_last();
  ASSERT_EQ(wraps.runs().size(), 2u);
  EXPECT_EQ(wraps.runs()[0].node, tree.first.internal_object());
  EXPECT_EQ(wraps.runs()[0].count, 2u);
  EXPECT_EQ(wraps.runs()[1].first_token, 2u);
  TokenWraps::Reader tokens(wraps);
  EXPECT_EQ(tokens.next().gap, 0);
  const TokenWrap due = tokens.next();
  EXPECT_EQ(due.gap, 1);  // the space between "uno" and "due"
  EXPECT_EQ(due.length, 3);
  const TokenWrap tre = tokens.next();
  EXPECT_EQ(wraps.kind(tre.kind), "number");
  EXPECT_TRUE(tre.joined);
  EXPECT_FALSE(due.joined);
}

// A lemmatised text repeats its tokens' attributes as it repeats its words: each set kept once.
TEST(TokenWraps, KeepsEachSetOfAttributesOnce) {
  Tree tree;
  TokenWraps wraps;
  const std::string_view il = " lemma=\"il\" pos=\"DET\"";
  ASSERT_TRUE(wraps.add(tree.first, 0, 0, 3, 0, "word", false, il));
  ASSERT_TRUE(wraps.add(tree.first, 0, 4, 7, 1, "word", false));
  ASSERT_TRUE(wraps.add(tree.second, 1, 0, 3, 2, "word", false, std::string(il)));
  TokenWraps::Reader tokens(wraps);
  const TokenWrap first = tokens.next();
  const TokenWrap second = tokens.next();
  const TokenWrap third = tokens.next();
  EXPECT_EQ(wraps.attributes(first.attributes), il);
  EXPECT_EQ(wraps.attributes(second.attributes), "");
  EXPECT_EQ(third.attributes, first.attributes);
}

// What cannot be kept in a run is refused, to be pointed at from standOff.
TEST(TokenWraps, RefusesWhatARunCannotHold) {
  Tree tree;
  TokenWraps wraps;
  ASSERT_TRUE(wraps.add(tree.first, 0, 0, 3, 0, "word", false));
  EXPECT_FALSE(wraps.add(tree.first, 0, 4, 7, 5, "word", false));  // not the next token
  EXPECT_TRUE(wraps.add(tree.second, 1, 0, 3, 1, "word", false));
  EXPECT_FALSE(wraps.add(tree.first, 0, 4, 7, 2, "word", false));  // an earlier node
  EXPECT_FALSE(wraps.add(tree.second, 1, 4, 4 + TokenWraps::kMaxLength + 1, 2, "word", false));
  EXPECT_FALSE(wraps.add(tree.second, 1, 3 + TokenWraps::kMaxLength + 1,
                         3 + TokenWraps::kMaxLength + 2, 2, "word", false));
  ASSERT_EQ(wraps.runs().size(), 2u);
  EXPECT_EQ(wraps.runs()[0].count, 1u);
  EXPECT_EQ(wraps.runs()[1].count, 1u);
}

TEST(TokenWraps, RefusesTooManyKinds) {
  Tree tree;
  TokenWraps wraps;
  for (std::uint32_t k = 0; k < TokenWraps::kMaxKinds; ++k) {
    ASSERT_TRUE(wraps.add(tree.first, 0, k, k + 1, k, "kind" + std::to_string(k), false));
  }
  EXPECT_THROW(wraps.add(tree.first, 0, 300, 301, 256, "one more", false), Error);
}

}  // namespace
}  // namespace strata::formats
