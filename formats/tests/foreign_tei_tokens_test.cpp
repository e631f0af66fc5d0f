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
  EXPECT_TRUE(wraps.add(tree.first, 0, 3, 0, "word", false));
  EXPECT_TRUE(wraps.add(tree.first, 4, 7, 1, "word", false));
  EXPECT_TRUE(wraps.add(tree.second, 0, 3, 2, "number", false));
  wraps.join_last();
  const TokenWraps::Run first = wraps.of(tree.first);
  EXPECT_EQ(first.count, 2u);
  EXPECT_EQ(first.first_token, 0u);
  EXPECT_EQ(wraps.wrap(first.first + 1).gap, 1);  // the space between "uno" and "due"
  EXPECT_EQ(wraps.wrap(first.first + 1).length, 3);
  const TokenWraps::Run second = wraps.of(tree.second);
  EXPECT_EQ(second.first_token, 2u);
  EXPECT_EQ(wraps.kind(wraps.wrap(second.first).kind), "number");
  EXPECT_TRUE(wraps.wrap(second.first).joined);
  // The elements above are the printer's to write; the root and what holds no token are not.
  EXPECT_TRUE(wraps.inside(tree.first));
  EXPECT_TRUE(wraps.inside(tree.document.child("body")));
  EXPECT_TRUE(wraps.inside(tree.document));
  EXPECT_EQ(wraps.of(tree.document.child("body")).count, 0u);
}

// What cannot be kept in a run is refused, to be pointed at from standOff.
TEST(TokenWraps, RefusesWhatARunCannotHold) {
  Tree tree;
  TokenWraps wraps;
  ASSERT_TRUE(wraps.add(tree.first, 0, 3, 0, "word", false));
  EXPECT_FALSE(wraps.add(tree.first, 4, 7, 5, "word", false));  // not the next token
  EXPECT_TRUE(wraps.add(tree.second, 0, 3, 1, "word", false));
  EXPECT_FALSE(wraps.add(tree.first, 4, 7, 2, "word", false));  // its node's run has ended
  EXPECT_FALSE(wraps.add(tree.second, 4, 4 + TokenWraps::kMaxLength + 1, 2, "word", false));
  EXPECT_FALSE(wraps.add(tree.second, 3 + TokenWraps::kMaxLength + 1,
                         3 + TokenWraps::kMaxLength + 2, 2, "word", false));
  EXPECT_EQ(wraps.of(tree.first).count, 1u);
  EXPECT_EQ(wraps.of(tree.second).count, 1u);
}

TEST(TokenWraps, RefusesTooManyKinds) {
  Tree tree;
  TokenWraps wraps;
  for (std::uint32_t k = 0; k < TokenWraps::kMaxKinds; ++k) {
    ASSERT_TRUE(wraps.add(tree.first, k, k + 1, k, "kind" + std::to_string(k), false));
  }
  EXPECT_THROW(wraps.add(tree.first, 300, 301, 256, "one more", false), Error);
}

}  // namespace
}  // namespace strata::formats
