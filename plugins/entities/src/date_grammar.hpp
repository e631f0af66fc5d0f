// Dates in Italian and English text, found by a grammar and normalized to ISO 8601.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "date_lexicon.hpp"
#include "date_parser.hpp"
#include "strata/token_index.hpp"

namespace strata::entities {

// A date expression: tokens [first_token, end_token) of the sentence given to find().
//
// `when` is ISO 8601: a day "2024-06-19", a month "2021-03", a year "1961", a day or month of
// no stated year "--03-03" / "--03" (ISO 8601:2000's truncated forms, XML Schema's gMonthDay
// and gMonth), a decade "196" (reduced precision), or an interval of any of these
// "2021-03-03/2021-03-05". It is "" when the words fix no date ("the 1900s": a decade or a
// century). Prepositions and articles that cue a date stay outside the span ("nel 1961" gives
// "1961"), except the words that open a range ("dal 3 al 5 marzo 2021" is one span).
struct DateMatch {
  std::size_t first_token = 0;
  std::size_t end_token = 0;
  std::string when;
  double confidence = 0;  // in (0, 1]: how sure the grammar is of the span and of `when`
};

// Finds dates in the tokens of a sentence. Built once per language; find() is const and keeps
// nothing between calls, so one grammar serves all threads.
//
// What it reads, and the choices made where text is ambiguous:
// - Numeric dates need three parts and one separator: "19-06-2024", "19/06/2024", "19.06.2024"
//   day first, "2024-06-19" in ISO order. Where both orders are dates ("03/04/2024") English
//   reads month first, other languages day first, with low confidence; a date only the other
//   order can read is taken with less confidence ("06/19/2024" in Italian). Dots mean day
//   first in any language. Two-digit years only with slashes ("19/06/24"), read as POSIX %y
//   does (69–99 in the 1900s); "1.2.10" and "3-1-2" are versions and scores. The three parts
//   name a day: "00/01/2021", "01/00/2021" and "2021-05-00" are no dates (not January 2021).
// - A day or month without a year joined to a date with one by "and", "or", "e", a comma or an
//   article takes its year: "March 3 and March 4, 2021", "il 3 marzo e il 4 aprile 2021"; not
//   across a year's end ("December 30 to January 2, 2022"). After a comma that follows a day
//   and month, in either order, a number below 1900 before a word in small letters that does
//   not go on a sentence ("the", "was", "saw"...) counts it: "on 4 March, 1500 soldiers" and
//   "March 4, 1500 soldiers" are "--03-04" ("March 4, 2021 police arrested" keeps its year).
// - Words: "3 marzo 2021", "1° gennaio 2020", "3 mar. 2021", "marzo (del) 2021", "il 3 marzo"
//   ("--03-03"), "March 3, 2021", "3rd March 2021", "the 21st of June", "June 21". A leading
//   weekday joins the span ("lunedì 3 marzo 2021"); when it disagrees with the date the date
//   stays, with low confidence. Abbreviated months need their dot or a year ("Jan 5 people" is
//   out), or, capitalised, the place of an agency dateline: a bracket or dash after the day,
//   "on", "since", "until" or "by" before the month, or a comma before it and punctuation after
//   the day ("BRUSSELS, Feb 24 (Reuters)", "on Sept 3"; not "Peters, Jan 5 votes"). English
//   month names need their capital ("may").
// - A year or a month alone needs a cue before it: "nel/del/dal/al 1961", "entro il 2030",
//   "in/since/until/by 1961", "a marzo", "in March". Italian "in" and "a" license no year
//   ("in 1000 metri"). Bare numbers are never years, nor are amounts ("del 2000%"); years
//   run from 1000 to 2100.
// - Decades: "anni '60", "anni 60", "anni Sessanta", "anni 2000", "the 1960s", "the '60s",
//   "mid-1960s" in ISO decade notation ("196"); "the 1900s" is a date without `when`.
// - Ranges are one span with an ISO interval: "dal 3 al 5 marzo 2021", "3-5 marzo",
//   "tra il 2015 e il 2020", "da marzo a giugno 2021", "March 3–5, 2021", "from 2015 to 2020".
//   The ends must be in order and of one shape once they lend each other their fields.
// - An expression that names no calendar day ("31 giugno 2021") is no date, and no part of it
//   is taken for one. So is a number no month has where the day belongs ("32 marzo 2021",
//   "00 marzo 2021", "April 32, 2021"; after an English month without a year the number may
//   count something: "in March 45 people" keeps "March"), and a range with such an end: "from
//   April 3 to April 31, 2021" gives nothing, not "April 3".
// - Not dates: times ("10:30"), relative words ("oggi", "ieri", "last year"), weekdays alone,
//   centuries, "nel '68". Dates inside legal citations are found ("d.lgs. 30 giugno 2003"): the
//   citation layer owns them.
class DateGrammar {
 public:
  // "it" or "en" (or a locale of either, "it-IT"); any other code gets the words of both
  // languages and reads ambiguous numeric dates day first.
  static DateGrammar for_language(std::string_view language);

  // The dates among `sentence_tokens` in text order, none overlapping another: at each token
  // the longest expression wins.
  std::vector<DateMatch> find(std::span<const Token> sentence_tokens) const;

 private:
  DateGrammar(DateLanguages languages, const DateConventions& conventions);

  DateLexicon lexicon_;
  DateConventions conventions_;
};

}  // namespace strata::entities
