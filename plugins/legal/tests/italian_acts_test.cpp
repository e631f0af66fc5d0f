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
  const auto act = scan_italian_act(lexicon(), "legge n. 31 del 14 giugno 1982, poi", 0);
  ASSERT_TRUE(act);
  EXPECT_EQ(act->end, 30u);
  ASSERT_EQ(act->acts.size(), 1u);
  EXPECT_EQ(act->acts[0].id, "urn:nir:stato:legge:1982-06-14;31");
  EXPECT_EQ(scan_italian_act(lexicon(), "DPR 15-9-78 n. 529", 0)->acts[0].id,
            "urn:nir:presidente.repubblica:decreto:1978-09-15;529");
}

TEST(ItalianActs, GivesAnActPerDateOrNumber) {
  const auto acts = scan_italian_act(
      lexicon(), "ordinanze ministeriali 11 maggio 1989, 7 luglio 1989, n. 212", 0);
  ASSERT_TRUE(acts);
  ASSERT_EQ(acts->acts.size(), 2u);
  EXPECT_EQ(acts->acts[0].id, "urn:nir:ministero.:ordinanza:1989-05-11;");
  EXPECT_EQ(acts->acts[1].id, "urn:nir:ministero.:ordinanza:1989-07-07;212");
}

TEST(ItalianActs, JoinsSeveralAuthorities) {
  EXPECT_EQ(
      scan_italian_act(lexicon(),
                       "decreto interministeriale 18 aprile 1994 del Ministro delle finanze e "
                       "del Ministro di grazia e giustizia",
                       0)
          ->acts[0]
          .id,
      "urn:nir:ministero.finanze+ministero.grazia.giustizia:decreto:1994-04-18;");
}

TEST(ItalianActs, WantsADateANumberOrAYear) {
  EXPECT_FALSE(scan_italian_act(lexicon(), "legge di bilancio", 0));
  EXPECT_FALSE(scan_italian_act(lexicon(), "decreto attuativo", 0));
  EXPECT_FALSE(scan_italian_act(lexicon(), "articolo 5", 0));
}

}  // namespace
}  // namespace strata::legal
