#include "date_lexicon.hpp"

#include <span>

#include "strata/case_folding.hpp"
#include "strata/error.hpp"

namespace strata::entities {
namespace {

using namespace date_role;

// A month or weekday name with its number. Forms are written folded, as find() looks them up.
struct NamedNumber {
  std::string_view form;
  std::uint8_t number;
};

// A word that licenses, links or joins dates.
struct Cue {
  std::string_view form;
  std::uint16_t roles;
};

struct NamedDecade {
  std::string_view form;
  int decade;
};

constexpr NamedNumber kItalianMonths[] = {{"gennaio", 1},  {"febbraio", 2},  {"marzo", 3},
                                          {"aprile", 4},   {"maggio", 5},    {"giugno", 6},
                                          {"luglio", 7},   {"agosto", 8},    {"settembre", 9},
                                          {"ottobre", 10}, {"novembre", 11}, {"dicembre", 12}};
constexpr NamedNumber kItalianMonthAbbreviations[] = {
    {"gen", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"mag", 5},  {"giu", 6}, {"lug", 7},
    {"ago", 8}, {"set", 9}, {"sett", 9}, {"ott", 10}, {"nov", 11}, {"dic", 12}};
// With and without the accent, which keyboards and old systems often drop. Italian weekday
// abbreviations are left out: "mar." is far more often March than martedì.
constexpr NamedNumber kItalianWeekdays[] = {{"lunedì", 1},  {"lunedi", 1},    {"martedì", 2},
                                            {"martedi", 2}, {"mercoledì", 3}, {"mercoledi", 3},
                                            {"giovedì", 4}, {"giovedi", 4},   {"venerdì", 5},
                                            {"venerdi", 5}, {"sabato", 6},    {"domenica", 7}};
// "anni Sessanta"; "anni Dieci" and "anni Venti" are read as the 1910s and 1920s, as in
// Italian writing about the last century.
constexpr NamedDecade kItalianDecades[] = {
    {"dieci", 191},    {"venti", 192},    {"trenta", 193},  {"quaranta", 194}, {"cinquanta", 195},
    {"sessanta", 196}, {"settanta", 197}, {"ottanta", 198}, {"novanta", 199},  {"duemila", 200}};
// Italian puts years after an articulated preposition ("nel 1961", "dal 1961"): plain "in" and
// "a" precede quantities ("in 1000 metri"), so they license months only.
constexpr Cue kItalianCues[] = {{"nel", kYearCue | kMonthCue},
                                {"nell'", kMonthCue},
                                {"dal", kYearCue | kMonthCue | kRangeOpener},
                                {"dall'", kMonthCue | kRangeOpener},
                                {"da", kMonthCue | kRangeOpener},
                                {"del", kWeakYearCue | kMonthYearLink},
                                {"al", kWeakYearCue | kRangeJoiner},
                                {"all'", kRangeJoiner},
                                {"a", kMonthCue | kRangeJoiner},
                                {"ad", kMonthCue | kRangeJoiner},
                                {"di", kMonthCue | kDayMonthLink},
                                {"in", kMonthCue},
                                {"entro", kYearCue | kMonthCue},
                                {"durante", kYearCue},
                                {"dopo", kYearCue | kMonthCue},
                                {"verso", kYearCue},
                                {"anno", kYearCue},
                                {"inizio", kYearCue | kMonthCue},
                                {"fine", kYearCue | kMonthCue},
                                {"metà", kYearCue | kMonthCue},
                                {"tra", kMonthCue | kRangeOpener},
                                {"fra", kMonthCue | kRangeOpener},
                                {"e", kRangeJoiner},
                                {"il", kArticle},
                                {"anni", kDecadeHead}};

constexpr NamedNumber kEnglishMonths[] = {{"january", 1},  {"february", 2},  {"march", 3},
                                          {"april", 4},    {"may", 5},       {"june", 6},
                                          {"july", 7},     {"august", 8},    {"september", 9},
                                          {"october", 10}, {"november", 11}, {"december", 12}};
constexpr NamedNumber kEnglishMonthAbbreviations[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
constexpr NamedNumber kEnglishWeekdays[] = {{"monday", 1},   {"tuesday", 2}, {"wednesday", 3},
                                            {"thursday", 4}, {"friday", 5},  {"saturday", 6},
                                            {"sunday", 7}};
constexpr NamedNumber kEnglishWeekdayAbbreviations[] = {
    {"mon", 1},  {"tue", 2},   {"tues", 2}, {"wed", 3}, {"thu", 4},
    {"thur", 4}, {"thurs", 4}, {"fri", 5},  {"sat", 6}, {"sun", 7}};
constexpr Cue kEnglishCues[] = {{"in", kYearCue | kMonthCue},
                                {"since", kYearCue | kMonthCue},
                                {"until", kYearCue | kMonthCue | kRangeJoiner},
                                {"till", kYearCue | kMonthCue | kRangeJoiner},
                                {"during", kYearCue | kMonthCue},
                                {"early", kYearCue | kMonthCue},
                                {"late", kYearCue | kMonthCue},
                                {"mid", kYearCue | kMonthCue},
                                {"year", kYearCue},
                                {"by", kWeakYearCue | kMonthCue},
                                {"before", kWeakYearCue | kMonthCue},
                                {"after", kWeakYearCue | kMonthCue},
                                {"from", kWeakYearCue | kMonthCue | kRangeOpener},
                                {"between", kWeakYearCue | kMonthCue | kRangeOpener},
                                {"last", kMonthCue},
                                {"next", kMonthCue},
                                {"this", kMonthCue},
                                {"to", kRangeJoiner},
                                {"through", kRangeJoiner},
                                {"and", kRangeJoiner},
                                {"of", kDayMonthLink | kMonthYearLink},
                                {"fiscal", kYearCue},
                                // "of" after these licenses a year as "in" does, where after
                                // other words it precedes counts ("a crowd of 2000").
                                {"spring", kPartOfYear},
                                {"summer", kPartOfYear},
                                {"autumn", kPartOfYear},
                                {"fall", kPartOfYear},
                                {"winter", kPartOfYear},
                                {"beginning", kPartOfYear},
                                {"start", kPartOfYear},
                                {"middle", kPartOfYear},
                                {"end", kPartOfYear},
                                {"half", kPartOfYear},
                                {"quarter", kPartOfYear},
                                {"course", kPartOfYear}};

// Typographic apostrophes are two bytes longer than ASCII ones, which find() folds them to.
constexpr std::size_t kApostropheSlack = 2;

DateWord month_word(std::uint8_t month, bool abbreviation, bool needs_capital) {
  DateWord word;
  word.month = month;
  word.abbreviation = abbreviation;
  word.needs_capital = needs_capital;
  return word;
}

DateWord weekday_word(std::uint8_t weekday, bool abbreviation, bool needs_capital) {
  DateWord word;
  word.weekday = weekday;
  word.abbreviation = abbreviation;
  word.needs_capital = needs_capital;
  return word;
}

// Whether a word of this kind can be the first token of a date expression.
bool starts_dates(const DateWord& word) {
  return word.month != 0 || word.weekday != 0 || word.has(kRangeOpener | kDecadeHead);
}

// `into` with what `other` adds; throws if they name different months, weekdays or decades.
void merge(std::string_view form, DateWord& into, const DateWord& other) {
  const auto merge_value = [form](auto& a, auto b) {
    if (a != 0 && b != 0 && a != b) {
      throw Error("date lexicon: '" + std::string(form) + "' has two meanings");
    }
    if (a == 0) a = b;
  };
  merge_value(into.month, other.month);
  merge_value(into.weekday, other.weekday);
  merge_value(into.decade, other.decade);
  into.roles |= other.roles;
  // A reading as a full name, or with no capital needed, is the more permissive one.
  into.abbreviation = into.abbreviation && other.abbreviation;
  into.needs_capital = into.needs_capital && other.needs_capital;
}

// fold_word(), quicker for the ASCII words that make up most text: folding them is only lowering
// their capitals, which needs no call into the SDK.
std::string_view fold(std::string_view text, std::string& scratch) {
  scratch.assign(text);
  for (char& c : scratch) {
    if (static_cast<unsigned char>(c) >= 0x80) return fold_word(text, scratch);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return scratch;
}

}  // namespace

DateLexicon::DateLexicon(DateLanguages languages) {
  const auto add_names = [this](std::span<const NamedNumber> names, auto make, bool abbreviation,
                                bool needs_capital) {
    for (const NamedNumber& name : names) {
      add(name.form, make(name.number, abbreviation, needs_capital));
    }
  };
  const auto add_cues = [this](std::span<const Cue> cues) {
    for (const Cue& cue : cues) add(cue.form, DateWord{.roles = cue.roles});
  };
  if (languages != DateLanguages::english) {
    add_names(kItalianMonths, month_word, false, false);
    add_names(kItalianMonthAbbreviations, month_word, true, false);
    add_names(kItalianWeekdays, weekday_word, false, false);
    for (const NamedDecade& decade : kItalianDecades) {
      add(decade.form, DateWord{.decade = decade.decade});
    }
    add_cues(kItalianCues);
  }
  if (languages != DateLanguages::italian) {
    add_names(kEnglishMonths, month_word, false, true);
    add_names(kEnglishMonthAbbreviations, month_word, true, true);
    add_names(kEnglishWeekdays, weekday_word, false, true);
    add_names(kEnglishWeekdayAbbreviations, weekday_word, true, true);
    add_cues(kEnglishCues);
  }
}

void DateLexicon::add(std::string_view form, const DateWord& word) {
  const std::size_t index = forms_.insert(form);
  if (index == words_.size()) {
    words_.push_back(word);
  } else {
    merge(form, words_[index], word);
  }
  if (starts_dates(words_[index])) starts_.add(form);
  if (form.size() > longest_form_) longest_form_ = form.size();
}

const DateWord* DateLexicon::find(std::string_view text, std::string& scratch, bool* dotted) const {
  const bool dot = !text.empty() && text.back() == '.';
  if (dot) text.remove_suffix(1);
  if (dotted) *dotted = dot;
  if (text.empty() || text.size() > longest_form_ + kApostropheSlack) return nullptr;
  const std::size_t index = forms_.find(fold(text, scratch));
  if (index == DateFormTable::kMissing || (dot && !words_[index].abbreviation)) return nullptr;
  return &words_[index];
}

bool DateLexicon::may_start_date(std::string_view text, std::string& scratch) const {
  if (!starts_.may_match(text)) return false;
  const DateWord* word = find(text, scratch);
  return word && starts_dates(*word);
}

}  // namespace strata::entities
