#include "date_parser.hpp"

#include <algorithm>
#include <initializer_list>

#include "date_numbers.hpp"
#include "strata/calendar.hpp"

namespace strata::entities {
namespace {

using namespace date_role;

// How sure each reading is. Words that fix a day, month and year leave little doubt; digits
// whose order the language must decide, two-digit years and bare numbers after a preposition
// leave more.
constexpr double kFullDate = 0.95;        // "3 marzo 2021", "2024-06-19", "19/06/2024" in Italian
constexpr double kPartialDate = 0.9;      // "marzo 2021", "il 3 marzo", "June 21"
constexpr double kOffConvention = 0.8;    // "06/19/2024" in Italian: one order only is a date
constexpr double kAmbiguousOrder = 0.6;   // "03/04/2024": both orders are dates
constexpr double kTwoDigitYear = 0.6;     // "19/06/24": the century is a guess
constexpr double kStrongCue = 0.85;       // "nel 1961", "in 1961", "entro il 2030"
constexpr double kWeakCue = 0.7;          // "del 2000", "by 2030": also "del 20%"-like numbers
constexpr double kBareMonth = 0.7;        // "a marzo", "in March": the year is left to the reader
constexpr double kDecade = 0.85;          // "anni '60", "the 1960s"
constexpr double kCenturyOrDecade = 0.5;  // "the 1900s": 1900–1909 or the whole century
constexpr double kWrongWeekday = 0.5;     // "lunedì 4 marzo 2021" (a Thursday): a typo somewhere

// Bare and cued years must look like years of the documents we read; a number after a month
// or inside a numeric date has context enough, but is held to the same range for simplicity.
constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2100;
// Two-digit years as POSIX strptime's %y reads them: 69–99 in the 1900s, 00–68 in the 2000s.
constexpr int kTwoDigitPivot = 69;
// "anni '60" and "the '60s" name decades of the 1900s.
constexpr int kTwentiethCenturyDecades = 190;

bool is_plausible_year(int year) {
  return year >= kMinYear && year <= kMaxYear;
}

bool is_capitalized(std::string_view text) {
  return !text.empty() && text.front() >= 'A' && text.front() <= 'Z';
}

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> forms) {
  return std::find(forms.begin(), forms.end(), text) != forms.end();
}

// A year alone ("1961") or a month alone ("--03"): the shapes whose range ends must match.
bool is_bare_year(const CalendarDate& date) {
  return date.year != 0 && date.month == 0;
}
bool is_bare_month(const CalendarDate& date) {
  return date.year == 0 && date.month != 0 && date.day == 0;
}

// Lends the fields one end of a range leaves open to the other ("dal 3 al 5 marzo 2021": the
// first end takes March and 2021; "March 3 to 5, 2021": the second takes March).
void lend_fields(CalendarDate& first, CalendarDate& last) {
  if (first.month == 0 && first.day != 0) first.month = last.month;
  if (first.year == 0 && first.month != 0) first.year = last.year;
  if (last.month == 0 && last.day != 0) last.month = first.month;
  if (last.year == 0 && last.month != 0) last.year = first.year;
}

// The decade a plural like "1960s" names: ISO decade notation ("196"), or "" for the 1900s and
// 2000s, which name a decade or a century.
std::optional<DateFound> plural_decade(std::string_view text, std::size_t end) {
  const std::optional<DigitRun> run = read_plural_decade(text);
  if (!run || run->digits != 4 || !is_plausible_year(run->value)) return std::nullopt;
  if (run->value % 100 == 0) return DateFound{end, "", kCenturyOrDecade};
  return DateFound{end, std::to_string(run->value / 10), kDecade};
}

void keep_longer(std::optional<DateFound>& best, std::optional<DateFound> candidate) {
  if (candidate && (!best || candidate->end > best->end)) best = std::move(candidate);
}

}  // namespace

DateParser::DateParser(std::span<const Token> tokens, const DateLexicon& lexicon,
                       const DateConventions& conventions)
    : tokens_(tokens), lexicon_(lexicon), conventions_(conventions) {}

bool DateParser::may_start_at(std::size_t i) {
  const Token& token = tokens_[i];
  if (token.kind == "number") return true;
  if (token.kind == "word") {
    // The second test lets "mid-2020" through; mid_prefixed() looks closer.
    return lexicon_.may_start_date(token.text, scratch_) ||
           (conventions_.mid_prefix && token.text.size() > 4 && token.text[3] == '-');
  }
  return is_apostrophe(i);  // "'60s"
}

std::optional<DateFound> DateParser::longest_at(std::size_t i) {
  // Readings are complete by now (only ranges take bare days), but not checked against the
  // calendar.
  const auto found = [](const std::optional<Reading>& reading) -> std::optional<DateFound> {
    if (!reading) return std::nullopt;
    if (reading->impossible_day || !is_valid(reading->first) || !is_valid(reading->last)) {
      DateFound rejected;
      rejected.end = reading->end;
      rejected.is_date = false;
      return rejected;
    }
    std::string when = to_iso(reading->first);
    if (reading->last != reading->first) when += '/' + to_iso(reading->last);
    return DateFound{reading->end, std::move(when), reading->confidence};
  };
  std::optional<DateFound> best;
  keep_longer(best, decade(i));
  if (conventions_.mid_prefix) keep_longer(best, mid_prefixed(i));
  keep_longer(best, found(range(i)));
  keep_longer(best, found(expression(i, licence_before(i))));
  return best;
}

std::optional<DateParser::Reading> DateParser::expression(std::size_t i, const Licence& licence) {
  // A weekday may lead a date with a day: "lunedì 3 marzo 2021", "Friday, June 21, 2024".
  int weekday = 0;
  std::size_t start = i;
  bool dotted = false;
  if (const DateWord* word = word_at(i, &dotted);
      word && word->weekday != 0 && (!word->needs_capital || is_capitalized(tokens_[i].text))) {
    weekday = word->weekday;
    start = i + 1;
    if (word->abbreviation && !dotted && is_punct(start, ".")) ++start;
    if (is_punct(start, ",")) ++start;
  }
  std::optional<Reading> best;
  const auto keep = [&best](std::optional<Reading> candidate) {
    if (candidate && (!best || candidate->end > best->end)) best = candidate;
  };
  keep(numeric(start));
  keep(day_first(start));
  if (weekday == 0) {
    keep(month_first(start, licence));
    keep(bare_year(start, licence));
    keep(bare_day(start, licence));
  } else {
    keep(month_first(start, Licence{}));
  }
  if (weekday != 0 && best) {
    if (best->first.day == 0) return std::nullopt;
    if (best->first.year != 0 && best->first == best->last && weekday_of(best->first) != weekday) {
      best->confidence = std::min(best->confidence, kWrongWeekday);
    }
  }
  return best;
}

std::optional<DateParser::Reading> DateParser::range(std::size_t i) {
  const DateWord* opener = word_at(i);
  if (!opener || !opener->has(kRangeOpener)) return std::nullopt;
  std::size_t at = i + 1;
  Licence first_licence = licence_before(at);
  first_licence.day = true;
  if (const DateWord* article = word_at(at); article && article->has(kArticle)) {
    ++at;  // "tra il 2015 e il 2020": the article marks a year as plainly as "nel" does
    first_licence.year = std::max(first_licence.year, kStrongCue);
  }
  const std::optional<Reading> first = expression(at, first_licence);
  if (!first || first->first != first->last) return std::nullopt;

  at = first->end;
  const DateWord* joiner = word_at(at);
  if (!(joiner && joiner->has(kRangeJoiner)) && !is_dash(at)) return std::nullopt;
  ++at;
  if (const DateWord* article = word_at(at); article && article->has(kArticle)) ++at;
  // The second end may be bare only as the first was: "dal 2015 al 2020", "da marzo a giugno".
  Licence second_licence;
  if (is_bare_year(first->first)) second_licence.year = first->confidence;
  second_licence.month = is_bare_month(first->first);
  second_licence.day = first->first.month != 0;
  const std::optional<Reading> second = expression(at, second_licence);
  if (!second || second->first != second->last) return std::nullopt;

  Reading both{second->end, first->first, second->first,
               std::min(first->confidence, second->confidence),
               first->impossible_day || second->impossible_day};
  lend_fields(both.first, both.last);
  // An end that names no day spoils the whole range: "from April 3 to April 31, 2021" is no
  // date, and "April 3" is not one either.
  if (both.impossible_day || !is_valid(both.first) || !is_valid(both.last)) {
    both.impossible_day = true;
    return both;
  }
  if (!same_shape(both.first, both.last) || !is_before(both.first, both.last)) return std::nullopt;
  return both;
}

std::optional<DateFound> DateParser::decade(std::size_t i) {
  const auto twentieth_century = [](std::optional<DigitRun> run, std::size_t end) {
    std::optional<DateFound> found;
    if (run && run->digits == 2 && run->value >= 10 && run->value % 10 == 0) {
      found = DateFound{end, std::to_string(kTwentiethCenturyDecades + run->value / 10), kDecade};
    }
    return found;
  };
  if (is_kind(i, "number")) return plural_decade(tokens_[i].text, i + 1);  // "1960s"
  if (is_apostrophe(i)) {                                                  // "'60s"
    if (!is_kind(i + 1, "number")) return std::nullopt;
    return twentieth_century(read_plural_decade(tokens_[i + 1].text), i + 2);
  }
  const DateWord* head = word_at(i);
  if (!head || !head->has(kDecadeHead)) return std::nullopt;
  std::size_t at = i + 1;
  const bool apostrophe = is_apostrophe(at);
  if (apostrophe) ++at;
  if (is_kind(at, "number")) {
    const std::optional<DigitRun> run = read_digits(tokens_[at].text);
    if (run && run->digits == 4 && !apostrophe && run->value % 10 == 0 &&
        is_plausible_year(run->value)) {
      return DateFound{at + 1, std::to_string(run->value / 10), kDecade};  // "anni 2000"
    }
    return twentieth_century(run, at + 1);  // "anni '60", "anni 60"
  }
  const DateWord* word = apostrophe ? nullptr : word_at(at);
  if (!word || word->decade == 0) return std::nullopt;
  return DateFound{at + 1, std::to_string(word->decade), kDecade};  // "anni Sessanta"
}

std::optional<DateFound> DateParser::mid_prefixed(std::size_t i) {
  if (!is_kind(i, "word")) return std::nullopt;
  const std::string_view text = tokens_[i].text;
  if (text.size() <= 4 || (text.substr(0, 4) != "mid-" && text.substr(0, 4) != "Mid-")) {
    return std::nullopt;
  }
  const std::string_view rest = text.substr(4);
  if (std::optional<DateFound> found = plural_decade(rest, i + 1)) return found;  // mid-1960s
  if (const std::optional<DigitRun> run = read_digits(rest);
      run && run->digits == 4 && is_plausible_year(run->value)) {
    return DateFound{i + 1, to_iso({run->value, 0, 0}), kStrongCue};  // mid-2020
  }
  const DateWord* word = lexicon_.find(rest, scratch_);
  if (!word || word->month == 0 || word->abbreviation ||
      (word->needs_capital && !is_capitalized(rest))) {
    return std::nullopt;
  }
  if (const std::optional<Year> year = year_after(i + 1, false)) {  // mid-March 2021
    return DateFound{year->end, to_iso({year->year, word->month, 0}), kPartialDate};
  }
  return DateFound{i + 1, to_iso({0, word->month, 0}), kBareMonth};  // mid-March
}

std::optional<DateParser::Reading> DateParser::numeric(std::size_t i) const {
  if (!is_kind(i, "number")) return std::nullopt;
  const std::optional<DigitGroups> groups = read_digit_groups(tokens_[i].text);
  if (!groups || groups->count != 3) return std::nullopt;
  const auto& [a, b, c] = groups->runs;
  if (a.digits == 4) {  // ISO order, whatever the separator: 2024-06-19, 2024/06/19
    const CalendarDate date{a.value, b.value, c.value};
    if (b.digits > 2 || c.digits > 2 || !is_plausible_year(a.value) ||
        !is_calendar_day(a.value, b.value, c.value)) {
      return std::nullopt;
    }
    return Reading{i + 1, date, date, kFullDate};
  }
  if (a.digits > 2 || b.digits > 2) return std::nullopt;
  // Two-digit years only with slashes: dotted and hyphenated triples of small numbers are as
  // often versions, scores or references ("1.2.10", "3-1-2").
  const bool two_digit_year = c.digits == 2 && groups->separator == '/';
  if (c.digits != 4 && !two_digit_year) return std::nullopt;
  const int year = two_digit_year ? c.value + (c.value >= kTwoDigitPivot ? 1900 : 2000) : c.value;
  if (!is_plausible_year(year)) return std::nullopt;

  // Three numbers name a day: a 0 is no field left open (CalendarDate's 0), and no month
  // may come of a day's digits ("01/00/2021" is not January).
  const CalendarDate day_first{year, b.value, a.value};
  const CalendarDate month_first{year, a.value, b.value};
  const bool day_first_valid = is_calendar_day(year, b.value, a.value);
  const bool month_first_valid = is_calendar_day(year, a.value, b.value);
  if (!day_first_valid && !month_first_valid) return std::nullopt;
  // Dots separate European dates even in English text.
  const bool prefer_month_first = conventions_.month_first_numbers && groups->separator != '.';
  const bool use_month_first = month_first_valid && (prefer_month_first || !day_first_valid);
  double confidence = kFullDate;
  if (day_first_valid && month_first_valid) {
    if (a.value != b.value) confidence = kAmbiguousOrder;
  } else if (use_month_first != prefer_month_first) {
    confidence = kOffConvention;
  }
  if (two_digit_year) confidence = std::min(confidence, kTwoDigitYear);
  const CalendarDate& date = use_month_first ? month_first : day_first;
  return Reading{i + 1, date, date, confidence};
}

std::optional<DateParser::Reading> DateParser::day_first(std::size_t i) {
  std::optional<Days> day_span = days(i);
  bool impossible = false;
  if (!day_span) {
    day_span = impossible_day(i);  // "32 marzo 2021"
    impossible = day_span.has_value();
  }
  if (!day_span) return std::nullopt;
  std::size_t at = day_span->end;
  if (const DateWord* link = word_at(at); link && link->has(kDayMonthLink)) ++at;
  const std::optional<Month> name = month(at);
  if (!name) return std::nullopt;
  // English writes a comma before the year after a month as after a day: "the 4th of March,
  // 2021", "4 March, 2021". A number there that a word in small letters follows counts it:
  // "on 4 March, 1500 soldiers".
  std::optional<Year> year = year_after(name->end, conventions_.month_day_order);
  if (year && counts_after_comma(name->end, year->end)) year.reset();
  if (name->needs_year && !year) return std::nullopt;
  const int y = year ? year->year : 0;
  return Reading{year ? year->end : name->end,
                 {y, name->month, day_span->first},
                 {y, name->month, day_span->last},
                 year ? kFullDate : kPartialDate,
                 impossible};
}

bool DateParser::counts_after_comma(std::size_t comma, std::size_t after_year) const {
  // Words that go on a sentence after a date's year: "4 March, 2021 was", "March 4, 2021 the
  // court". Another word in small letters is what the number counts ("1500 soldiers").
  static constexpr std::string_view kGoOn[] = {
      "the",  "a",       "an",     "was",   "is",    "were",  "are",   "will",  "would",  "when",
      "and",  "at",      "in",     "on",    "to",    "he",    "she",   "it",    "they",   "we",
      "i",    "after",   "before", "that",  "which", "while", "as",    "by",    "for",    "of",
      "from", "with",    "but",    "or",    "had",   "has",   "have",  "saw",   "marked", "his",
      "her",  "their",   "its",    "there", "this",  "these", "those", "until", "since",  "not",
      "also", "brought", "became", "began", "ended", "came"};
  // Only a number before the years of most texts: "March 4, 2021 police arrested" keeps its year.
  constexpr int kModernYears = 1900;
  if (!is_punct(comma, ",") || !is_kind(after_year, "word")) return false;
  const std::optional<DigitRun> number = read_digits(tokens_[after_year - 1].text);
  if (!number || number->value >= kModernYears) return false;
  const std::string_view word = tokens_[after_year].text;
  return !is_capitalized(word) &&
         std::find(std::begin(kGoOn), std::end(kGoOn), word) == std::end(kGoOn);
}

bool DateParser::is_date_preposition(std::size_t i) const {
  static constexpr std::string_view kPrepositions[] = {"on",    "On",    "since", "Since",
                                                       "until", "Until", "by",    "By"};
  const std::string_view word = tokens_[i].text;
  return std::find(std::begin(kPrepositions), std::end(kPrepositions), word) !=
         std::end(kPrepositions);
}

std::optional<DateParser::Reading> DateParser::month_first(std::size_t i, const Licence& licence) {
  const std::optional<Month> name = month(i);
  if (!name) return std::nullopt;
  if (conventions_.month_day_order) {
    if (const std::optional<Days> day_span = days(name->end)) {  // "March 3, 2021"
      std::optional<Year> year = year_after(day_span->end, true);
      if (year && counts_after_comma(day_span->end, year->end)) year.reset();
      // Agency datelines abbreviate without a dot or year: "BRUSSELS, Feb 24 (Reuters)", "on
      // Sept 3." - a capitalised month and a day that punctuation follows ("Jan 5 people" is
      // out).
      const bool dateline = name->needs_year && is_capitalized(tokens_[i].text) &&
                            (is_punct(day_span->end, "(") || is_dash(day_span->end) ||
                             (i > 0 && is_date_preposition(i - 1)) ||
                             (i > 0 && is_punct(i - 1, ",") && is_kind(day_span->end, "punct")));
      if (year || !name->needs_year || dateline) {
        const int y = year ? year->year : 0;
        return Reading{year ? year->end : day_span->end,
                       {y, name->month, day_span->first},
                       {y, name->month, day_span->last},
                       year ? kFullDate : kPartialDate};
      }
    }
    // "April 32, 2021" names no day; without its year ("in March 45 people") the number may
    // be a count, and the month stands alone.
    if (const std::optional<Days> day_span = impossible_day(name->end)) {
      if (const std::optional<Year> year = year_after(day_span->end, true)) {
        const CalendarDate date{year->year, name->month, day_span->first};
        return Reading{year->end, date, date, kFullDate, true};
      }
    }
  }
  if (const std::optional<Year> year = year_after(name->end, false)) {  // "marzo 2021"
    const CalendarDate date{year->year, name->month, 0};
    return Reading{year->end, date, date, kPartialDate};
  }
  if (!licence.month || name->abbreviation) return std::nullopt;
  const CalendarDate date{0, name->month, 0};  // "a marzo"
  return Reading{name->end, date, date, kBareMonth};
}

std::optional<DateParser::Reading> DateParser::bare_year(std::size_t i,
                                                         const Licence& licence) const {
  if (licence.year == 0) return std::nullopt;
  if (const std::optional<int> year = plain_year(i)) {
    if (is_dash(i + 1)) {  // "nel 2015–2020"
      if (const std::optional<int> until = plain_year(i + 2); until && *until > *year) {
        return Reading{i + 3, {*year, 0, 0}, {*until, 0, 0}, licence.year};
      }
    }
    return Reading{i + 1, {*year, 0, 0}, {*year, 0, 0}, licence.year};
  }
  if (!is_kind(i, "number") || is_kind(i + 1, "symbol")) return std::nullopt;
  const std::optional<DigitGroups> groups = read_digit_groups(tokens_[i].text);  // 2015-2020
  if (!groups || groups->count != 2 || groups->separator != '-') return std::nullopt;
  const auto& [from, until, unused] = groups->runs;
  if (from.digits != 4 || until.digits != 4 || !is_plausible_year(from.value) ||
      !is_plausible_year(until.value) || until.value <= from.value) {
    return std::nullopt;
  }
  return Reading{i + 1, {from.value, 0, 0}, {until.value, 0, 0}, licence.year};
}

std::optional<DateParser::Reading> DateParser::bare_day(std::size_t i, const Licence& licence) {
  if (!licence.day) return std::nullopt;
  const std::optional<Days> day_span = days(i);
  if (!day_span || day_span->first != day_span->last) return std::nullopt;
  const std::optional<Year> year = year_after(day_span->end, true);  // "to 5, 2021"
  const CalendarDate date{year ? year->year : 0, 0, day_span->first};
  return Reading{year ? year->end : day_span->end, date, date, kPartialDate};
}

std::optional<DateParser::Days> DateParser::days(std::size_t i) const {
  if (!is_kind(i, "number")) return std::nullopt;
  const std::string_view text = tokens_[i].text;
  if (const std::optional<int> day = read_day(text)) {
    if (is_dash(i + 1) && is_kind(i + 2, "number")) {  // "3 – 5 marzo"
      if (const std::optional<int> last = read_day(tokens_[i + 2].text); last && *last > *day) {
        return Days{*day, *last, i + 3};
      }
    }
    return Days{*day, *day, i + 1};
  }
  const std::optional<DigitGroups> groups = read_digit_groups(text);  // "3-5"
  if (!groups || groups->count != 2 || groups->separator != '-') return std::nullopt;
  const auto& [first, last, unused] = groups->runs;
  if (first.digits > 2 || last.digits > 2 || first.value < 1 || last.value > 31 ||
      last.value <= first.value) {
    return std::nullopt;
  }
  return Days{first.value, last.value, i + 1};
}

std::optional<DateParser::Days> DateParser::impossible_day(std::size_t i) const {
  if (!is_kind(i, "number")) return std::nullopt;
  const std::optional<int> day = read_day_number(tokens_[i].text);
  if (!day || (*day >= 1 && *day <= 31)) return std::nullopt;
  return Days{*day, *day, i + 1};
}

std::optional<DateParser::Month> DateParser::month(std::size_t i) {
  bool dotted = false;
  const DateWord* word = word_at(i, &dotted);
  if (!word || word->month == 0 || (word->needs_capital && !is_capitalized(tokens_[i].text))) {
    return std::nullopt;
  }
  Month name{word->month, i + 1, word->abbreviation, false};
  // The tokenizer keeps the dot of listed abbreviations ("mar.") and splits the rest ("ago" ".").
  if (word->abbreviation && !dotted && is_punct(name.end, ".")) {
    dotted = true;
    ++name.end;
  }
  name.needs_year = word->abbreviation && !dotted;
  return name;
}

std::optional<DateParser::Year> DateParser::year_after(std::size_t i, bool comma_allowed) {
  std::size_t at = i;
  if (comma_allowed && is_punct(at, ",")) {
    ++at;
  } else if (const DateWord* link = word_at(at); link && link->has(kMonthYearLink)) {
    ++at;  // "marzo del 2021"
  }
  const std::optional<int> year = plain_year(at);
  if (!year) return std::nullopt;
  return Year{*year, at + 1};
}

std::optional<int> DateParser::plain_year(std::size_t i) const {
  if (!is_kind(i, "number")) return std::nullopt;
  const std::optional<DigitRun> run = read_digits(tokens_[i].text);
  // A symbol after the number makes it an amount: "nel 2000 €", "del 2000%".
  if (!run || run->digits != 4 || !is_plausible_year(run->value) || is_kind(i + 1, "symbol")) {
    return std::nullopt;
  }
  return run->value;
}

DateParser::Licence DateParser::licence_before(std::size_t i) {
  Licence licence;
  if (i == 0) return licence;
  std::size_t at = i - 1;
  const DateWord* cue = word_at(at);
  if (cue && cue->has(kArticle)) {  // "entro il 2030"
    if (at == 0) return licence;
    cue = word_at(--at);
  }
  if (!cue) return licence;
  if (cue->has(kYearCue) || (cue->has(kMonthYearLink) && names_part_of_year(at))) {
    licence.year = kStrongCue;  // "nel 1961", "the summer of 2020"
  } else if (cue->has(kWeakYearCue)) {
    licence.year = kWeakCue;
  }
  licence.month = cue->has(kMonthCue);
  return licence;
}

bool DateParser::names_part_of_year(std::size_t of) {
  // "the summer of", "the first half of"; "a fall of 2000 points", "half of 1500 workers" count.
  if (of < 2) return false;
  const DateWord* part = word_at(of - 1);
  if (!part || !part->has(kPartOfYear)) return false;
  std::size_t before = of - 2;
  if (is_one_of(tokens_[before].text, {"first", "second", "third", "fourth", "last"})) {
    if (before == 0) return false;
    --before;
  }
  return is_one_of(tokens_[before].text, {"the", "The"});
}

const DateWord* DateParser::word_at(std::size_t i, bool* dotted) {
  if (!is_kind(i, "word")) return nullptr;
  return lexicon_.find(tokens_[i].text, scratch_, dotted);
}

bool DateParser::is_kind(std::size_t i, std::string_view kind) const {
  return i < tokens_.size() && tokens_[i].kind == kind;
}

bool DateParser::is_punct(std::size_t i, std::string_view text) const {
  return is_kind(i, "punct") && tokens_[i].text == text;
}

bool DateParser::is_dash(std::size_t i) const {
  return is_kind(i, "punct") && is_one_of(tokens_[i].text, {"-", "\u2013", "\u2014"});
}

bool DateParser::is_apostrophe(std::size_t i) const {
  return is_kind(i, "punct") && is_one_of(tokens_[i].text, {"'", "\u2019", "\u2018"});
}

}  // namespace strata::entities
