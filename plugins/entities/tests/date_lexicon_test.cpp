#include "date_lexicon.hpp"

#include <gtest/gtest.h>

namespace strata::entities {
namespace {

using namespace date_role;

class DateLexiconTest : public ::testing::Test {
 protected:
  const DateWord* find(const DateLexicon& lexicon, std::string_view text, bool* dotted = nullptr) {
    return lexicon.find(text, scratch_, dotted);
  }

  const DateLexicon italian_{DateLanguages::italian};
  const DateLexicon english_{DateLanguages::english};
  const DateLexicon both_{DateLanguages::both};

  std::string scratch_;
};

TEST_F(DateLexiconTest, MonthsInAnyCase) {
  ASSERT_TRUE(find(italian_, "MARZO"));
  EXPECT_EQ(find(italian_, "MARZO")->month, 3);
  EXPECT_EQ(find(italian_, "Dicembre")->month, 12);
  EXPECT_EQ(find(english_, "september")->month, 9);
  EXPECT_TRUE(find(english_, "May")->needs_capital);
  EXPECT_FALSE(find(italian_, "maggio")->needs_capital);
  EXPECT_FALSE(find(italian_, "March"));
  EXPECT_FALSE(find(english_, "marzo"));
}

TEST_F(DateLexiconTest, AbbreviationsKeepOrDropTheirDot) {
  bool dotted = false;
  const DateWord* word = find(english_, "Sept.", &dotted);
  ASSERT_TRUE(word);
  EXPECT_TRUE(dotted);
  EXPECT_TRUE(word->abbreviation);
  EXPECT_EQ(word->month, 9);
  ASSERT_TRUE(find(italian_, "ago", &dotted));
  EXPECT_FALSE(dotted);
  // Only an abbreviation ends with its dot.
  EXPECT_FALSE(find(italian_, "marzo."));
  EXPECT_FALSE(find(italian_, "nel."));
}

TEST_F(DateLexiconTest, WeekdaysWithOrWithoutTheAccent) {
  EXPECT_EQ(find(italian_, "Lunedì")->weekday, 1);
  EXPECT_EQ(find(italian_, "LUNEDÌ")->weekday, 1);
  EXPECT_EQ(find(italian_, "lunedi")->weekday, 1);
  EXPECT_EQ(find(english_, "Sunday")->weekday, 7);
  EXPECT_EQ(find(english_, "Thurs.")->weekday, 4);
}

TEST_F(DateLexiconTest, CuesAndTheirRoles) {
  EXPECT_TRUE(find(italian_, "nel")->has(kYearCue));
  EXPECT_TRUE(find(italian_, "del")->has(kWeakYearCue));
  EXPECT_FALSE(find(italian_, "in")->has(kYearCue | kWeakYearCue));
  EXPECT_TRUE(find(english_, "in")->has(kYearCue));
  EXPECT_TRUE(find(italian_, "dall’")->has(kRangeOpener));  // the typographic apostrophe
  EXPECT_TRUE(find(italian_, "Anni")->has(kDecadeHead));
  EXPECT_EQ(find(italian_, "Sessanta")->decade, 196);
  EXPECT_FALSE(find(italian_, "ieri"));
  EXPECT_FALSE(find(italian_, "oggi"));
}

TEST_F(DateLexiconTest, BothLanguagesMergeTheirRoles) {
  const DateWord* in = find(both_, "in");
  ASSERT_TRUE(in);
  EXPECT_TRUE(in->has(kYearCue));
  EXPECT_TRUE(in->has(kMonthCue));
  // "mar" is March in both languages; Italian writes it without a capital.
  const DateWord* mar = find(both_, "mar.");
  ASSERT_TRUE(mar);
  EXPECT_EQ(mar->month, 3);
  EXPECT_FALSE(mar->needs_capital);
  EXPECT_EQ(find(both_, "gennaio")->month, 1);
  EXPECT_EQ(find(both_, "January")->month, 1);
}

TEST_F(DateLexiconTest, EveryStartingWordMayStartADate) {
  for (const std::string_view word : {"marzo", "Lunedì", "dal", "tra", "anni", "Giugno", "mar."}) {
    EXPECT_TRUE(italian_.may_start_date(word, scratch_)) << word;
  }
  for (const std::string_view word : {"March", "Friday", "from", "between", "may", "Sept."}) {
    EXPECT_TRUE(english_.may_start_date(word, scratch_)) << word;
  }
}

TEST_F(DateLexiconTest, OtherWordsMayNotStartADate) {
  // Words whose first letter some starting word shares, cues that only follow or precede a date,
  // and full names with an abbreviation's dot.
  for (const std::string_view word : {"mare", "Torino", "del", "al", "e", "Sessanta", "marzo."}) {
    EXPECT_FALSE(italian_.may_start_date(word, scratch_)) << word;
  }
  for (const std::string_view word : {"the", "to", "and", "of", "in", "Mayor", "«", ""}) {
    EXPECT_FALSE(english_.may_start_date(word, scratch_)) << word;
  }
  EXPECT_FALSE(italian_.may_start_date("Kim", scratch_));
}

TEST_F(DateLexiconTest, EachLanguageHasItsOwnShortestStartingWords) {
  EXPECT_TRUE(italian_.may_start_date("da", scratch_));   // the shortest Italian opener
  EXPECT_FALSE(italian_.may_start_date("a", scratch_));   // a cue, but not a starting one
  EXPECT_FALSE(italian_.may_start_date("ve", scratch_));  // "venerdì" is the shortest with v
  EXPECT_TRUE(italian_.may_start_date("Venerdì", scratch_));
  EXPECT_FALSE(english_.may_start_date("da", scratch_));  // an English "d" needs three letters
  EXPECT_TRUE(english_.may_start_date("Dec", scratch_));
  EXPECT_TRUE(both_.may_start_date("da", scratch_));
}

}  // namespace
}  // namespace strata::entities
