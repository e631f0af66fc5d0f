// The words of date expressions in Italian and English: months, weekdays, decades and the small
// words that license or join dates.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "date_form_table.hpp"
#include "date_start_filter.hpp"

namespace strata::entities {

// What a word can do in a date expression, as bits: "dal" both opens a range and licenses a
// bare year ("dal 1961").
namespace date_role {
inline constexpr std::uint16_t kYearCue = 1 << 0;        // a bare year may follow: "nel 1961"
inline constexpr std::uint16_t kWeakYearCue = 1 << 1;    // the same, but the word often precedes
                                                         // plain numbers too: "del", "by"
inline constexpr std::uint16_t kMonthCue = 1 << 2;       // a bare month may follow: "a marzo"
inline constexpr std::uint16_t kRangeOpener = 1 << 3;    // "dal 3 al 5", "between 2015 and 2020"
inline constexpr std::uint16_t kRangeJoiner = 1 << 4;    // "al", "e", "to", "and"
inline constexpr std::uint16_t kArticle = 1 << 5;        // "entro il 2030", "tra il 3 e il 5"
inline constexpr std::uint16_t kDayMonthLink = 1 << 6;   // "the 21st of June"
inline constexpr std::uint16_t kMonthYearLink = 1 << 7;  // "marzo del 2021", "March of 2021"
inline constexpr std::uint16_t kDecadeHead = 1 << 8;     // "anni" in "anni '60"
inline constexpr std::uint16_t kPartOfYear = 1 << 9;     // "summer", "end": "the summer of 2020"
}  // namespace date_role

// One word of the lexicon.
struct DateWord {
  std::uint16_t roles = 0;
  std::uint8_t month = 0;      // 1–12 when the word names a month
  std::uint8_t weekday = 0;    // 1 (Monday) to 7 when it names a day of the week
  int decade = 0;              // in ISO decade notation (196 for "Sessanta") for a decade word
  bool abbreviation = false;   // a shortened month or weekday name: "mar", "Sept", "Fri"
  bool needs_capital = false;  // English names of months and weekdays ("may" is a verb)

  bool has(std::uint16_t role) const { return (roles & role) != 0; }
};

enum class DateLanguages : std::uint8_t { italian, english, both };

// The words of one language or both, looked up in any case. Read-only once built.
class DateLexicon {
 public:
  // Throws strata::Error if the two languages give one word different meanings (a month in one,
  // another month in the other), which would make the merged lexicon ambiguous.
  explicit DateLexicon(DateLanguages languages);

  // The entry for the text of a word token, or nullptr. The case does not matter, nor does the
  // apostrophe's form ("dall’" is "dall'"). A final dot is read as an abbreviation's
  // ("Mar.", which the tokenizer keeps whole) and then only an abbreviation matches; `dotted`
  // tells whether it was there. `scratch` is folding space the caller reuses.
  const DateWord* find(std::string_view text, std::string& scratch, bool* dotted = nullptr) const;

  // Whether find() gives the word a date expression can start with (a month, a weekday, a range
  // opener, "anni"). Most words fail on their first letters and length, before any folding or
  // lookup; see DateStartFilter for the few words beyond ASCII it never lets through.
  bool may_start_date(std::string_view text, std::string& scratch) const;

 private:
  void add(std::string_view form, const DateWord& word);

  DateFormTable forms_;           // folded forms
  std::vector<DateWord> words_;   // by the index of their form in forms_
  DateStartFilter starts_;        // the forms of the words that start dates
  std::size_t longest_form_ = 0;  // in bytes; longer tokens are no entry
};

}  // namespace strata::entities
