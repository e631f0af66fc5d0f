// The rules of the date grammar, applied to the tokens of one sentence.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>

#include "date_calendar.hpp"
#include "date_lexicon.hpp"
#include "strata/token_index.hpp"

namespace strata::entities {

// How a language writes what the words of a date leave open.
struct DateConventions {
  bool month_first_numbers = false;  // 06/19/2024 rather than 19/06/2024 when both are dates
  bool month_day_order = false;      // "March 3, 2021" besides "3 March 2021"
  bool mid_prefix = false;           // "mid-2020", "mid-1960s", "mid-March"
};

// A date expression that starts at some token: where it ends, what it says, how sure it is.
struct DateFound {
  std::size_t end = 0;  // one past its last token
  std::string when;     // ISO 8601, or "" when the text fixes no date
  double confidence = 0;
  // False for an expression that names no day of the calendar ("31 giugno 2021"): no date,
  // but its tokens are spent, so that "giugno 2021" is not taken from it.
  bool is_date = true;
};

// Reads date expressions in the tokens of one sentence. Made afresh by every
// DateGrammar::find() call, so its folding scratch space is never shared between threads.
class DateParser {
 public:
  // `tokens`, `lexicon` and `conventions` must outlive the parser.
  DateParser(std::span<const Token> tokens, const DateLexicon& lexicon,
             const DateConventions& conventions);

  // A test cheaper than longest_at(): false means no date expression starts at token `i`.
  bool may_start_at(std::size_t i);
  // The longest date expression that starts at token `i`, if there is one; see
  // DateFound::is_date.
  std::optional<DateFound> longest_at(std::size_t i);

 private:
  // What the words before an expression allow it to be on its own. `year` is the confidence
  // of a bare year ("nel 1961"), 0 where a bare number is not taken for a year.
  struct Licence {
    double year = 0;
    bool month = false;  // a month with no day or year: "a marzo", "in March"
    bool day = false;    // a day with no month, inside a range: "dal 3 al 5 marzo"
  };
  // Some tokens read as a date or, when `last` differs from `first`, a range of dates. Fields
  // may still be open (a day without its month) until a range lends them.
  struct Reading {
    std::size_t end = 0;
    CalendarDate first;
    CalendarDate last;
    double confidence = 0;
    // A number no month has where the day belongs ("32 marzo 2021", "April 0, 2021"): the
    // expression is read whole so that no part of it is taken, but it names no day.
    bool impossible_day = false;
  };
  struct Days {
    int first = 0;
    int last = 0;  // differs from `first` in "3-5 marzo"
    std::size_t end = 0;
  };
  struct Month {
    int month = 0;
    std::size_t end = 0;
    bool abbreviation = false;
    bool needs_year = false;  // an abbreviation without its dot ("Jan 5, 2021", not "Jan 5")
  };
  struct Year {
    int year = 0;
    std::size_t end = 0;
  };

  // Whole expressions.
  std::optional<Reading> expression(std::size_t i, const Licence& licence);
  std::optional<Reading> range(std::size_t i);
  std::optional<DateFound> decade(std::size_t i);
  std::optional<DateFound> mid_prefixed(std::size_t i);
  // The forms an expression can take after an optional weekday.
  std::optional<Reading> numeric(std::size_t i) const;
  std::optional<Reading> day_first(std::size_t i);
  std::optional<Reading> month_first(std::size_t i, const Licence& licence);
  std::optional<Reading> bare_year(std::size_t i, const Licence& licence) const;
  std::optional<Reading> bare_day(std::size_t i, const Licence& licence);
  // Their parts.
  std::optional<Days> days(std::size_t i) const;
  // A number at token `i` written as a day but of a value no month has (0, 32–99).
  std::optional<Days> impossible_day(std::size_t i) const;
  std::optional<Month> month(std::size_t i);
  std::optional<Year> year_after(std::size_t i, bool comma_allowed);
  std::optional<int> plain_year(std::size_t i) const;
  Licence licence_before(std::size_t i);

  // The lexicon entry of word token `i`, or nullptr; see DateLexicon::find for `dotted`.
  const DateWord* word_at(std::size_t i, bool* dotted = nullptr);
  // Whether the words before "of" at `of` name a part of a year: "the summer", "the first half".
  bool names_part_of_year(std::size_t of);
  bool is_kind(std::size_t i, std::string_view kind) const;
  bool is_punct(std::size_t i, std::string_view text) const;
  bool is_dash(std::size_t i) const;
  // Whether the number after the comma at `comma` counts the word in small letters at
  // `after_year` ("4 March, 1500 soldiers") rather than being a date's year.
  bool counts_after_comma(std::size_t comma, std::size_t after_year) const;
  // "on", "since", "until", "by": before a date.
  bool is_date_preposition(std::size_t i) const;
  bool is_apostrophe(std::size_t i) const;

  std::span<const Token> tokens_;
  const DateLexicon& lexicon_;
  const DateConventions& conventions_;
  std::string scratch_;  // for folding words; short words never leave its inline buffer
};

}  // namespace strata::entities
