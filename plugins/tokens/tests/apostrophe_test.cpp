#include "apostrophe.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::tokens {
namespace {

using Action = ApostropheSplit::Action;

// The decision for the first apostrophe of a one-word text.
ApostropheSplit decide(std::string_view word, ApostropheRule rule) {
  const std::size_t apostrophe = word.find_first_of("'\xE2");
  const std::size_t after = apostrophe + (word[apostrophe] == '\'' ? 1 : 3);
  return split_at_apostrophe(word, 0, apostrophe, after, rule);
}

TEST(Apostrophe, ElisionSplitsAfterTheApostrophe) {
  const ApostropheSplit split = decide("dell'ONU", ApostropheRule::elision);
  EXPECT_EQ(split.action, Action::split_elision);
  EXPECT_EQ(split.split, 5u);
  EXPECT_EQ(decide("c\u2019\u00E8", ApostropheRule::elision).split, 4u);
}

TEST(Apostrophe, NegationTakesTheN) {
  const ApostropheSplit split = decide("don't", ApostropheRule::english);
  EXPECT_EQ(split.action, Action::split_clitic);
  EXPECT_EQ(split.split, 2u);
  EXPECT_EQ(split.clitic_end, 5u);
}

TEST(Apostrophe, CliticsUnderEachRule) {
  EXPECT_EQ(decide("I'm", ApostropheRule::english).action, Action::split_clitic);
  // Under the elision rule a one-letter word is an elided particle.
  EXPECT_EQ(decide("l's", ApostropheRule::elision).action, Action::split_elision);
  EXPECT_EQ(decide("Putin's", ApostropheRule::elision).action, Action::split_clitic);
  // Only a clitic that ends the word counts.
  EXPECT_EQ(decide("o'sole", ApostropheRule::english).action, Action::keep);
}

TEST(Apostrophe, SurnamesStayWholeUnderTheElisionRule) {
  EXPECT_EQ(decide("D'Alema", ApostropheRule::elision).action, Action::keep);
  EXPECT_EQ(decide("L'Aquila", ApostropheRule::elision).action, Action::split_elision);
  EXPECT_EQ(decide("D'ONU", ApostropheRule::elision).action, Action::split_elision);
}

}  // namespace
}  // namespace strata::tokens
