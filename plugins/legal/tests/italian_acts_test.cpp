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

// "31 febbraio 2020" names no day: no date, and the id has the year alone, as when no date is
// written. Nor are the digits of such a date an act's number ("13/13" of 2013).
TEST(ItalianActs, GivesAnImpossibleDateOnlyItsYear) {
  const auto cited = [](std::string_view text) {
    const auto act = scan_italian_act(lexicon(), text, 0);
    EXPECT_TRUE(act) << text;
    if (!act) return std::string();
    EXPECT_EQ(act->end, text.size()) << text;
    EXPECT_EQ(feature(Citation{0, 0, "", act->acts.at(0).features}, "date"), "") << text;
    return act->acts.at(0).id;
  };
  EXPECT_EQ(cited("legge 31 febbraio 2020, n. 5"), "urn:nir:stato:legge:2020;5");
  EXPECT_EQ(cited("d.P.R. 30/02/2019, n. 7"), "urn:nir:presidente.repubblica:decreto:2019;7");
  EXPECT_EQ(cited("legge 29 febbraio 2023, n. 3"), "urn:nir:stato:legge:2023;3");
  EXPECT_EQ(cited("d.m. 00/00/2018, n. 9"), "urn:nir:ministero.:decreto:2018;9");
  EXPECT_EQ(cited("decreto 13/13/2013 n. 4"), "urn:nir::decreto:2013;4");
  EXPECT_EQ(cited("legge 31 febbraio 2020"), "urn:nir:stato:legge:2020;");
  EXPECT_EQ(scan_italian_act(lexicon(), "legge 29 febbraio 2024, n. 3", 0)->acts[0].id,
            "urn:nir:stato:legge:2024-02-29;3");
}

TEST(ItalianActs, WantsADateANumberOrAYear) {
  EXPECT_FALSE(scan_italian_act(lexicon(), "legge di bilancio", 0));
  EXPECT_FALSE(scan_italian_act(lexicon(), "decreto attuativo", 0));
  EXPECT_FALSE(scan_italian_act(lexicon(), "articolo 5", 0));
}

}  // namespace
}  // namespace strata::legal
