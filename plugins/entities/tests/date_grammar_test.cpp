// The date grammar on Italian text, and what holds for every language.
#include "date_grammar.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "date_test_support.hpp"

namespace strata::entities {
namespace {

using testing::confidences;
using testing::dates;

std::string it(std::string_view text) {
  return dates("it", text);
}

TEST(DateGrammarItalian, NumericDatesAreDayFirst) {
  EXPECT_EQ(it("ROMA, 19-06-2024 – Si è chiuso ieri sera"), "19-06-2024=2024-06-19");
  EXPECT_EQ(it("il 19/06/2024 o il 19.06.2024"), "19/06/2024=2024-06-19 | 19.06.2024=2024-06-19");
  EXPECT_EQ(it("Oggi (19-06-2024), Kim Jong-un ha presieduto"), "19-06-2024=2024-06-19");
  EXPECT_EQ(it("firmato il 3/4/2024"), "3/4/2024=2024-04-03");
}

TEST(DateGrammarItalian, IsoOrderIsReadWhateverTheSeparator) {
  EXPECT_EQ(it("dal file 2024-06-19 e 2024/6/9"), "2024-06-19=2024-06-19 | 2024/6/9=2024-06-09");
}

TEST(DateGrammarItalian, DigitsThatOnlyMonthFirstCanReadAreMonthFirstButLessSure) {
  EXPECT_EQ(it("il 06/19/2024"), "06/19/2024=2024-06-19");
  const std::vector<double> off = confidences("it", "il 06/19/2024");
  const std::vector<double> usual = confidences("it", "il 19/06/2024");
  ASSERT_EQ(off.size(), 1u);
  ASSERT_EQ(usual.size(), 1u);
  EXPECT_LT(off[0], usual[0]);
}

TEST(DateGrammarItalian, AmbiguousDigitsAreDayFirstWithLowConfidence) {
  EXPECT_EQ(it("il 03/04/2024"), "03/04/2024=2024-04-03");
  const std::vector<double> ambiguous = confidences("it", "il 03/04/2024");
  const std::vector<double> same_both_ways = confidences("it", "il 04/04/2024");
  ASSERT_EQ(ambiguous.size(), 1u);
  ASSERT_EQ(same_both_ways.size(), 1u);
  EXPECT_LT(ambiguous[0], same_both_ways[0]);
}

TEST(DateGrammarItalian, TwoDigitYearsOnlyWithSlashes) {
  EXPECT_EQ(it("il 19/06/24 e il 31/12/99"), "19/06/24=2024-06-19 | 31/12/99=1999-12-31");
  EXPECT_EQ(it("versione 1.2.10, risultato 3-1-2, il 19.06.24"), "");
}

TEST(DateGrammarItalian, DayMonthYearInWords) {
  EXPECT_EQ(it("nella dichiarazione congiunta del 3 marzo 2021."), "3 marzo 2021=2021-03-03");
  EXPECT_EQ(it("dal 1° gennaio 2020 e dal 1º maggio 2020"),
            "1° gennaio 2020=2020-01-01 | 1º maggio 2020=2020-05-01");
  EXPECT_EQ(it("IL 30 GIUGNO 2003 E il 2 Giugno 1946"),
            "30 GIUGNO 2003=2003-06-30 | 2 Giugno 1946=1946-06-02");
  EXPECT_EQ(it("il 2 giugno del 1946"), "2 giugno del 1946=1946-06-02");
}

TEST(DateGrammarItalian, AbbreviatedMonths) {
  // "mar." is a listed abbreviation the tokenizer keeps whole; "ago." is split into "ago" and
  // "." (and, the tokens plugin not listing it, a number after it starts a new sentence).
  EXPECT_EQ(it("il 3 mar. 2021 e il 14 dic. scorso"), "3 mar. 2021=2021-03-03 | 14 dic.=--12-14");
  EXPECT_EQ(it("il 3 ago. scorso"), "3 ago.=--08-03");
  // Without its dot an abbreviation needs a year: "3 set" is three sets in tennis.
  EXPECT_EQ(it("il 3 set 2021"), "3 set 2021=2021-09-03");
  EXPECT_EQ(it("ha vinto 3 set a zero"), "");
  // "gen." is also "generale".
  EXPECT_EQ(it("il gen. Rossi"), "");
}

TEST(DateGrammarItalian, DayAndMonthWithoutYearUseTheTruncatedIsoForm) {
  EXPECT_EQ(it("il 3 marzo si vota"), "3 marzo=--03-03");
  EXPECT_EQ(it("il 19 giugno scorso"), "19 giugno=--06-19");
  EXPECT_EQ(it("il 29 febbraio"), "29 febbraio=--02-29");
}

TEST(DateGrammarItalian, JoinedDatesShareTheYear) {
  EXPECT_EQ(it("il 3 marzo e il 4 aprile 2021"), "3 marzo=2021-03-03 | 4 aprile 2021=2021-04-04");
  EXPECT_EQ(it("il 3 marzo, poi il 4 aprile 2021"), "3 marzo=--03-03 | 4 aprile 2021=2021-04-04");
  EXPECT_EQ(it("l'8 ottobre e l'11 ottobre"), "8 ottobre=--10-08 | 11 ottobre=--10-11");
}

TEST(DateGrammarItalian, MonthAndYear) {
  EXPECT_EQ(it("a marzo 2021 e nel maggio del 2022"),
            "marzo 2021=2021-03 | maggio del 2022=2022-05");
}

TEST(DateGrammarItalian, MonthAloneOnlyAfterACue) {
  EXPECT_EQ(it("a marzo, entro giugno e da luglio"), "marzo=--03 | giugno=--06 | luglio=--07");
  EXPECT_EQ(it("Marzo è il mese più piovoso"), "");
}

TEST(DateGrammarItalian, YearsNeedAPreposition) {
  EXPECT_EQ(it("già nel 1961 la Convenzione"), "1961=1961");
  EXPECT_EQ(it("compreso quello del 2000 focalizzato"), "2000=2000");
  EXPECT_EQ(it("sin dal 1961, entro il 2030, dopo il 2001, a fine 2023, l'anno 2000"),
            "1961=1961 | 2030=2030 | 2001=2001 | 2023=2023 | 2000=2000");
  EXPECT_EQ(it("la città ha 1961 abitanti"), "");
}

TEST(DateGrammarItalian, NumbersThatAreNotYears) {
  EXPECT_EQ(it("il Regolamento (UE) 2016/679 ha sostituito la Direttiva 95/46/CE"), "");
  EXPECT_EQ(it("il d.lgs. n. 196 e l'art. 2043 c.c., la legge n. 3/2021"), "");
  EXPECT_EQ(it("un investimento di 200.000 euro, cresciuti del 3,5%"), "");
  EXPECT_EQ(it("alle 10:30 e alle 8:30"), "");
  // Italian puts years after "nel", "del"...; plain "in" precedes quantities.
  EXPECT_EQ(it("la prima visita in 24 anni, in 1000 metri"), "");
  EXPECT_EQ(it("un aumento del 2000 % e nel 3000"), "");
}

TEST(DateGrammarItalian, DecadesInIsoDecadeNotation) {
  EXPECT_EQ(it("negli anni '60 e negli anni ’70"), "anni '60=196 | anni ’70=197");
  EXPECT_EQ(it("gli anni Sessanta e gli anni duemila"), "anni Sessanta=196 | anni duemila=200");
  EXPECT_EQ(it("negli anni 2000 e negli anni 1990"), "anni 2000=200 | anni 1990=199");
  EXPECT_EQ(it("da anni e per anni 25"), "");
}

TEST(DateGrammarItalian, AWeekdayJoinsTheDateAndIsChecked) {
  // 3 March 2021 was a Wednesday.
  EXPECT_EQ(it("mercoledì 3 marzo 2021"), "mercoledì 3 marzo 2021=2021-03-03");
  EXPECT_EQ(it("LUNEDÌ 1 MARZO 2021"), "LUNEDÌ 1 MARZO 2021=2021-03-01");
  EXPECT_EQ(it("venerdi, 21 giugno"), "venerdi, 21 giugno=--06-21");
  const std::vector<double> right = confidences("it", "mercoledì 3 marzo 2021");
  const std::vector<double> wrong = confidences("it", "lunedì 3 marzo 2021");
  ASSERT_EQ(right.size(), 1u);
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_LT(wrong[0], right[0]);
  EXPECT_EQ(it("lunedì si vota"), "");
}

TEST(DateGrammarItalian, RangesAreOneSpanWithAnIsoInterval) {
  EXPECT_EQ(it("dal 3 al 5 marzo 2021"), "dal 3 al 5 marzo 2021=2021-03-03/2021-03-05");
  EXPECT_EQ(it("il 3-5 marzo 2021"), "3-5 marzo 2021=2021-03-03/2021-03-05");
  EXPECT_EQ(it("il 3 – 5 marzo"), "3 – 5 marzo=--03-03/--03-05");
  EXPECT_EQ(it("dall'8 all'11 marzo"), "dall'8 all'11 marzo=--03-08/--03-11");
  EXPECT_EQ(it("dal 30 marzo al 2 aprile 2021"),
            "dal 30 marzo al 2 aprile 2021=2021-03-30/2021-04-02");
  EXPECT_EQ(it("tra il 2015 e il 2020"), "tra il 2015 e il 2020=2015/2020");
  EXPECT_EQ(it("dal 2015 al 2020 e nel 2015-2020"),
            "dal 2015 al 2020=2015/2020 | 2015-2020=2015/2020");
  EXPECT_EQ(it("da marzo a giugno 2021"), "da marzo a giugno 2021=2021-03/2021-06");
}

TEST(DateGrammarItalian, WhatIsNotARange) {
  // Backwards: only the date that stands on its own is left.
  EXPECT_EQ(it("dal 5 al 3 marzo"), "3 marzo=--03-03");
  // Amounts: "da" and "a" do not take years, which follow "dal" and "al".
  EXPECT_EQ(it("da 1500 a 2000 persone"), "");
  // Two days are not an interval.
  EXPECT_EQ(it("il 3 e il 4 marzo"), "4 marzo=--03-04");
}

TEST(DateGrammarItalian, InvalidCalendarDatesAreNoMatchAtAll) {
  EXPECT_EQ(it("il 31 giugno 2021"), "");  // not even "giugno 2021"
  EXPECT_EQ(it("il 29 febbraio 2023, il 30 febbraio"), "");
  EXPECT_EQ(it("il 29 febbraio 2024"), "29 febbraio 2024=2024-02-29");
  EXPECT_EQ(it("il 29/02/2023, il 31/04/2024, il 2024-13-01, il 32 marzo"), "");
  EXPECT_EQ(it("il 29/02/2000 ma non il 29/02/1900"), "29/02/2000=2000-02-29");
}

// A numeric date has three parts and names a day: 00 is no day or month, and no field is left
// open for a 0 ("01/00/2021" is not January 2021).
TEST(DateGrammarItalian, NumericDatesWithADayOrMonth00AreNoDates) {
  EXPECT_EQ(it("Il 00/01/2021, il 01/00/2021, il 00/00/2021, il 2021-05-00, il 00.01.2021."), "");
  EXPECT_EQ(it("il 2021-00-05 e il 0/1/2021"), "");
  EXPECT_EQ(it("il 01/01/2021"), "01/01/2021=2021-01-01");
}

// A number no month has where the day belongs makes the expression name no day; no part of it,
// "marzo 2021", is taken for a date.
TEST(DateGrammarItalian, AnImpossibleDayLeavesNoPartOfTheDate) {
  EXPECT_EQ(it("Il 32 marzo 2021 e il 35 marzo 2021."), "");
  EXPECT_EQ(it("Il 00 marzo 2021 e il 0 marzo 2021."), "");
  EXPECT_EQ(it("dal 3 al 35 marzo 2021"), "");
  EXPECT_EQ(it("dal 31 aprile al 5 maggio 2021"), "");
  EXPECT_EQ(it("Il 31 marzo 2021."), "31 marzo 2021=2021-03-31");
}

TEST(DateGrammarItalian, DatesInsideLegalCitationsAreFoundForTheCallerToDrop) {
  EXPECT_EQ(it("il d.lgs. 30 giugno 2003, n. 196 e la legge 7 agosto 1990, n. 241"),
            "30 giugno 2003=2003-06-30 | 7 agosto 1990=1990-08-07");
}

TEST(DateGrammar, SpansAreTokenIndexesInTheSentence) {
  const testing::TokenizedText text("Il vertice del 3 marzo 2021 è finito.", "it");
  const std::vector<DateMatch> found = testing::grammar("it").find(text.tokens());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].first_token, 3u);
  EXPECT_EQ(found[0].end_token, 6u);
  EXPECT_EQ(found[0].when, "2021-03-03");
  EXPECT_GT(found[0].confidence, 0.9);
  EXPECT_LE(found[0].confidence, 1.0);
}

TEST(DateGrammar, NothingInAnEmptySentence) {
  EXPECT_TRUE(testing::grammar("it").find({}).empty());
}

TEST(DateGrammar, LanguageCodesChooseTheWordsAndTheNumericOrder) {
  EXPECT_EQ(dates("it-IT", "il 06/07/2024"), "06/07/2024=2024-07-06");
  EXPECT_EQ(dates("EN", "on 06/07/2024"), "06/07/2024=2024-06-07");
  // Other languages know both languages' words and read ambiguous digits day first.
  EXPECT_EQ(dates("de", "06/07/2024, 3 marzo 2021, March 3, 2021"),
            "06/07/2024=2024-07-06 | 3 marzo 2021=2021-03-03 | March 3, 2021=2021-03-03");
  // Each language on its own does not know the other's month names.
  EXPECT_EQ(dates("it", "il 3 March 2021"), "");
  EXPECT_EQ(dates("en", "on 3 marzo 2021"), "");
}

TEST(DateGrammar, ConfidenceFollowsWhatTheWordsFix) {
  const std::vector<double> found =
      confidences("it", "il 3 marzo 2021. Il 3 marzo. Nel 1961. Quello del 2000. Negli anni '60.");
  ASSERT_EQ(found.size(), 5u);
  EXPECT_GT(found[0], found[1]);  // a full date over a day without its year
  EXPECT_GT(found[1], found[2]);  // over a year after a preposition
  EXPECT_GT(found[2], found[3]);  // "nel" marks a year more surely than "del"
  for (const double confidence : found) {
    EXPECT_GT(confidence, 0.0);
    EXPECT_LE(confidence, 1.0);
  }
}

TEST(DateGrammar, FindIsSafeFromSeveralThreads) {
  const testing::TokenizedText text(
      "Il 3 marzo 2021 e nel 1961. Dal 3 al 5 marzo 2021. Negli anni '60, il 19-06-2024. "
      "Entro il 2030, a giugno, mercoledì 3 marzo 2021.",
      "it");
  const DateGrammar& grammar = testing::grammar("it");
  std::string expected;
  for (const auto sentence : text.sentences()) {
    expected += testing::describe(sentence, grammar.find(sentence)) + ";";
  }
  ASSERT_NE(expected.find("1961"), std::string::npos);
  // Each thread keeps the first result that differs from the expected one, if any.
  std::vector<std::string> results(4, expected);
  std::vector<std::thread> threads;
  for (std::string& result : results) {
    threads.emplace_back([&text, &grammar, &expected, &result] {
      for (int round = 0; round < 200 && result == expected; ++round) {
        result.clear();
        for (const auto sentence : text.sentences()) {
          result += testing::describe(sentence, grammar.find(sentence)) + ";";
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace strata::entities
