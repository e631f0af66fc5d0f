#include "italian_acts.hpp"

#include <gtest/gtest.h>

#include "test_scanner.hpp"

namespace strata::legal {
namespace {

const LegalLexicon& lexicon() {
  static const auto lexicon = load_lexicon(PluginContext{nullptr, LEGAL_RESOURCE_DIR}, {});
  return *lexicon;
}

TEST(ItalianActs, ReadsDateAndNumberInEitherOrder) {
  const auto act = scan_italian_act(lexicon(), "legge n. 24 del 19 maggio 1979, poi", 0);
  ASSERT_TRUE(act);
  EXPECT_EQ(act->end, 30u);
  ASSERT_EQ(act->acts.size(), 1u);
  EXPECT_EQ(act->acts[0].id, "urn:nir:stato:legge:1979-05-19;24");
  EXPECT_EQ(scan_italian_act(lexicon(), "DPR 24-7-77 n. 616", 0)->acts[0].id,
            "urn:nir:presidente.repubblica:decreto:1977-07-24;616");
}

TEST(ItalianActs, GivesAnActPerDateOrNumber) {
  const auto acts = scan_italian_act(
      lexicon(), "ordinanze ministeriali 24 gennaio 1987, 3 aprile 1987, n. 134", 0);
  ASSERT_TRUE(acts);
  ASSERT_EQ(acts->acts.size(), 2u);
  EXPECT_EQ(acts->acts[0].id, "urn:nir:ministero.:ordinanza:1987-01-24;");
  EXPECT_EQ(acts->acts[1].id, "urn:nir:ministero.:ordinanza:1987-04-03;134");
}

TEST(ItalianActs, JoinsSeveralAuthorities) {
  EXPECT_EQ(
      scan_italian_act(lexicon(),
                       "decreto interministeriale 10 ottobre 1992 del Ministro delle finanze e "
                       "del Ministro di grazia e giustizia",
                       0)
          ->acts[0]
          .id,
      "urn:nir:ministero.finanze+ministero.grazia.giustizia:decreto:1992-10-10;");
}

TEST(ItalianActs, WantsADateANumberOrAYear) {
  EXPECT_FALSE(scan_italian_act(lexicon(), "legge di bilancio", 0));
  EXPECT_FALSE(scan_italian_act(lexicon(), "decreto attuativo", 0));
  EXPECT_FALSE(scan_italian_act(lexicon(), "articolo 5", 0));
}

}  // namespace
}  // namespace strata::legal
