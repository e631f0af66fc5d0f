// The date grammar on English text.
#include <gtest/gtest.h>

#include "date_grammar.hpp"
#include "date_test_support.hpp"

namespace strata::entities {
namespace {

using testing::confidences;
using testing::dates;

std::string en(std::string_view text) {
  return dates("en", text);
}

TEST(DateGrammarEnglish, MonthDayYear) {
  EXPECT_EQ(en("a joint statement on March 3, 2021."), "March 3, 2021=2021-03-03");
  EXPECT_EQ(en("since May 25, 2018, and on Mar. 3, 2021"),
            "May 25, 2018=2018-05-25 | Mar. 3, 2021=2021-03-03");
  EXPECT_EQ(en("on June 21st 2024"), "June 21st 2024=2024-06-21");
  // An abbreviation without its dot needs the year, or punctuation after the day, as in agency
  // datelines: "Jan 5" before a word or alone is left out.
  EXPECT_EQ(en("on Jan 5, 2021 but not Jan 5"), "Jan 5, 2021=2021-01-05");
  EXPECT_EQ(en("BRUSSELS, Feb 24 (Reuters) - On Sept 3. Not Jan 5 people, nor feb 24."),
            "Feb 24=--02-24 | Sept 3=--09-03");
  EXPECT_EQ(en("The score was Jan 3, and Dec 4."), "");
  EXPECT_EQ(en("The vote was Peters, Jan 5 votes, Smith 3."), "");
  EXPECT_EQ(en("Since Sept 3 the office is closed."), "Sept 3=--09-03");
}

TEST(DateGrammarEnglish, DayMonthYear) {
  EXPECT_EQ(en("on 3 March 2021 and the 21st of June 2024"),
            "3 March 2021=2021-03-03 | 21st of June 2024=2024-06-21");
  EXPECT_EQ(en("on 3rd March"), "3rd March=--03-03");
  // A comma before the year, as after a day.
  EXPECT_EQ(en("on the 4th of March, 2021, in Rome and on 5 May, 2022"),
            "4th of March, 2021=2021-03-04 | 5 May, 2022=2022-05-05");
  // After the comma, a number before a word in small letters counts it.
  EXPECT_EQ(en("On 4 March, 1500 soldiers left; on 5 May, 2022 Rome voted."),
            "4 March=--03-04 | 5 May, 2022=2022-05-05");
  EXPECT_EQ(en("On March 4, 1500 soldiers left; on March 5, 2021 the court ruled."),
            "March 4=--03-04 | March 5, 2021=2021-03-05");
  EXPECT_EQ(en("On March 4, 2021 police arrested him."), "March 4, 2021=2021-03-04");
}

TEST(DateGrammarEnglish, WithoutAYearOrADay) {
  EXPECT_EQ(en("on June 21 the summit ends"), "June 21=--06-21");
  EXPECT_EQ(en("in March 2021 and in March of 2022"), "March 2021=2021-03 | March of 2022=2022-03");
  EXPECT_EQ(en("in March, until June and by late July"), "March=--03 | June=--06 | July=--07");
}

// A day joined to a dated one takes its year; a range keeps its own.
TEST(DateGrammarEnglish, JoinedDatesShareTheYear) {
  EXPECT_EQ(en("on March 3 and March 4, 2021"), "March 3=2021-03-03 | March 4, 2021=2021-03-04");
  EXPECT_EQ(en("on March 2, March 3 and April 4, 2021"),
            "March 2=2021-03-02 | March 3=2021-03-03 | April 4, 2021=2021-04-04");
  EXPECT_EQ(en("on March 3; on March 4, 2021"), "March 3=--03-03 | March 4, 2021=2021-03-04");
  // Across a year's end the year is not guessed.
  EXPECT_EQ(en("from December 30 to January 2, 2022"),
            "December 30=--12-30 | January 2, 2022=2022-01-02");
}

TEST(DateGrammarEnglish, MonthNamesNeedTheirCapital) {
  EXPECT_EQ(en("It may 5 times, or in may"), "");
  EXPECT_EQ(en("June Carter sang"), "");
}

TEST(DateGrammarEnglish, AWeekdayJoinsTheDateAndIsChecked) {
  EXPECT_EQ(en("on Friday, June 21, 2024, agreeing"), "Friday, June 21, 2024=2024-06-21");
  EXPECT_EQ(en("on Fri., June 21, 2024 and Sat 4 Jan. 2020"),
            "Fri., June 21, 2024=2024-06-21 | Sat 4 Jan. 2020=2020-01-04");
  const std::vector<double> right = confidences("en", "on Friday, June 21, 2024");
  const std::vector<double> wrong = confidences("en", "on Monday, June 21, 2024");
  ASSERT_EQ(right.size(), 1u);
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_LT(wrong[0], right[0]);
  EXPECT_EQ(en("on Friday the summit ends"), "");
}

TEST(DateGrammarEnglish, NumericDatesAreMonthFirstWhenBothOrdersWork) {
  EXPECT_EQ(en("on 06/19/2024 and 6/19/24"), "06/19/2024=2024-06-19 | 6/19/24=2024-06-19");
  EXPECT_EQ(en("on 03/04/2024"), "03/04/2024=2024-03-04");
  // Only day first makes a date of this, which English rarely writes.
  EXPECT_EQ(en("on 19/06/2024"), "19/06/2024=2024-06-19");
  // Dots are European even in English text.
  EXPECT_EQ(en("on 03.04.2024"), "03.04.2024=2024-04-03");
  const std::vector<double> found =
      confidences("en", "On 06/19/2024. On 19/06/2024. On 03/04/2024.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_GT(found[0], found[1]);
  EXPECT_GT(found[1], found[2]);
}

TEST(DateGrammarEnglish, YearsNeedACue) {
  EXPECT_EQ(en("a text drafted in San Francisco in 1945 to cover"), "1945=1945");
  EXPECT_EQ(en("since 1961, until 2030, in early 2020, by 2030, the year 2000"),
            "1961=1961 | 2030=2030 | 2020=2020 | 2030=2030 | 2000=2000");
  EXPECT_EQ(en("Delegates from 41 countries, more than 1,200 participants"), "");
  // "of" is a cue after a part of a year, not after other words, where it precedes counts.
  EXPECT_EQ(en("in the summer of 2020, at the end of 2021 and in fiscal 2019"),
            "2020=2020 | 2021=2021 | 2019=2019");
  EXPECT_EQ(en("a crowd of 2000 people and a report of 1500 pages"), "");
  EXPECT_EQ(en("in the first half of 2021"), "2021=2021");
  EXPECT_EQ(en("a fall of 2000 points, half of 1500 workers, a quarter of 1200 jobs"), "");
}

TEST(DateGrammarEnglish, NumbersThatAreNotDates) {
  EXPECT_EQ(en("Regulation (EU) 2016/679 and Directive 95/46/EC"), "");
  EXPECT_EQ(en("under 42 U.S.C. § 1983, and Brown v. Board of Education, 347 U.S. 483 (1954)"), "");
  EXPECT_EQ(en("a $2.5 billion investment, 12% growth, at 10:30"), "");
  EXPECT_EQ(en("people in their 60s"), "");
}

TEST(DateGrammarEnglish, Decades) {
  EXPECT_EQ(en("in the 1960s and the '70s and the ‘80s"), "1960s=196 | '70s=197 | ‘80s=198");
  // The 1900s are the decade 1900–1909 or the twentieth century: a date, but no `when`.
  EXPECT_EQ(en("in the 1900s"), "1900s=");
  const std::vector<double> found = confidences("en", "In the 1960s. In the 1900s.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_GT(found[0], found[1]);
}

TEST(DateGrammarEnglish, MidPrefixes) {
  EXPECT_EQ(en("by mid-2020, in the mid-1960s, from mid-March, in Mid-March 2021"),
            "mid-2020=2020 | mid-1960s=196 | mid-March=--03 | Mid-March 2021=2021-03");
  EXPECT_EQ(en("a mid-size car and mid-march"), "");
}

TEST(DateGrammarEnglish, RangesAreOneSpanWithAnIsoInterval) {
  EXPECT_EQ(en("on March 3–5, 2021"), "March 3–5, 2021=2021-03-03/2021-03-05");
  EXPECT_EQ(en("on March 3-5, 2021"), "March 3-5, 2021=2021-03-03/2021-03-05");
  EXPECT_EQ(en("on 3–5 March 2021"), "3–5 March 2021=2021-03-03/2021-03-05");
  EXPECT_EQ(en("from March 3 to 5, 2021"), "from March 3 to 5, 2021=2021-03-03/2021-03-05");
  EXPECT_EQ(en("from March 30 to April 2, 2021"),
            "from March 30 to April 2, 2021=2021-03-30/2021-04-02");
  EXPECT_EQ(en("between 2015 and 2020, from 2015 to 2020"),
            "between 2015 and 2020=2015/2020 | from 2015 to 2020=2015/2020");
  EXPECT_EQ(en("from May to July 2021"), "from May to July 2021=2021-05/2021-07");
}

TEST(DateGrammarEnglish, InvalidCalendarDatesAreNoMatch) {
  EXPECT_EQ(en("on June 31, 2024 and February 29, 2023"), "");
  EXPECT_EQ(en("on February 29, 2024"), "February 29, 2024=2024-02-29");
  EXPECT_EQ(en("on 02/30/2024"), "");
}

TEST(DateGrammarEnglish, NumericDatesWithADayOrMonth00AreNoDates) {
  EXPECT_EQ(en("On 00/01/2021, 01/00/2021, 00/00/2021, 2021-05-00 and 00.01.2021."), "");
  EXPECT_EQ(en("On 01/02/2021."), "01/02/2021=2021-01-02");
}

// "From April 3 to April 31, 2021" is one expression, and it names no day: not even "April 3" is
// taken from it.
TEST(DateGrammarEnglish, AnImpossibleDayLeavesNoPartOfTheDate) {
  EXPECT_EQ(en("From April 3 to April 31, 2021."), "");
  EXPECT_EQ(en("From April 31 to May 3, 2021."), "");
  EXPECT_EQ(en("On April 32, 2021 and April 0, 2021."), "");
  EXPECT_EQ(en("On 32 March 2021."), "");
  // Without a year the number after a month may count something.
  EXPECT_EQ(en("In March 45 people came."), "March=--03");
}

}  // namespace
}  // namespace strata::entities
