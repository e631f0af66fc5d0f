#include "court_decisions.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>

#include "act_date.hpp"
#include "act_number.hpp"
#include "text_scan.hpp"

namespace strata::legal {
namespace {

// How far back in its sentence a decision written without its court looks for one: "La Corte
// costituzionale, con la sentenza" is 32 bytes; past a clause or two the court named may be
// another's subject.
constexpr std::size_t kCourtReach = 120;

enum class CourtCode { cost, cass };

// A court named in the text, with what follows its name.
struct Court {
  std::size_t begin = 0;
  std::size_t end = 0;
  CourtCode code = CourtCode::cost;
  std::string branch;   // civile, penale or empty
  std::string section;  // as written
};

// The Corte costituzionale or the Corte di cassazione, with a branch and section after it.
// "Consulta", "Cassazione" and "Cass." need their capital: "consulta" is a verb and "ricorso per
// cassazione" names no decision.
const RE2& court_name() {
  static const RE2 pattern(
      "(corte\\s+costituzionale|corte\\s+cost\\.|c\\.\\s*cost\\.|(?-i:Consulta))|"
      "((?:suprema\\s+)?corte\\s+(?:suprema\\s+)?di\\s+cassazione|(?-i:Cassazione|Cass\\.))"
      "(?:\\s*,?\\s*(civ(?:ile)?\\b\\.?|pen(?:ale)?\\b\\.?))?"
      "(?:\\s*,?\\s*(sez(?:ione|\\.)?\\s*(?:un(?:ite|\\.)?|[IVX]+\\b|\\d+|lav(?:oro|\\.)?|"
      "trib(?:utaria|\\.)?|feriale)(?:\\s+(?:civ(?:ile|ili)?|pen(?:ale|ali)?)\\.?)?|"
      "sezioni\\s+unite(?:\\s+(?:civili|penali))?|(?-i:SS\\.\\s*UU\\.|S\\.\\s*U\\.)))?",
      scanner_options());
  return pattern;
}

// "sentenza", "sent.", "ordinanza", "ord.", as the decision feature names them.
const RE2& decision_word() {
  static const RE2 pattern("(sentenz[ae]|sent\\.|ordinanz[ae]|ord\\.)\\s*", scanner_options());
  return pattern;
}

std::string decision_name(std::string_view written) {
  return ascii_lower(written).starts_with("sent") ? "sentenza" : "ordinanza";
}

// The branch a court's name or section gives: the Cassazione's sections of labour and tax law
// are civil.
std::string branch_of(std::string_view written) {
  const std::string lower = ascii_lower(written);
  if (lower.find("pen") != std::string::npos) return "penale";
  if (lower.find("civ") != std::string::npos || lower.find("lav") != std::string::npos ||
      lower.find("trib") != std::string::npos) {
    return "civile";
  }
  return {};
}

std::optional<Court> court_at(std::string_view text, std::size_t pos) {
  std::string_view groups[4];
  const auto end = match_at(court_name(), text, pos, groups);
  if (!end || letter_before(text, pos) || (text[*end - 1] != '.' && letter_at(text, *end))) {
    return std::nullopt;
  }
  Court court{pos, *end, groups[0].empty() ? CourtCode::cass : CourtCode::cost, {}, {}};
  if (court.code == CourtCode::cass) {
    court.branch = branch_of(groups[2]);
    court.section = std::string(groups[3]);
    if (court.branch.empty()) court.branch = branch_of(groups[3]);
  }
  // The branch's or section's dot ends the name; a space or comma matched after it does not.
  while (court.end > pos && (text[court.end - 1] == ' ' || text[court.end - 1] == ',')) {
    --court.end;
  }
  return court;
}

// A decision's number and date: "n. 242 del 2019", "n. 242/2019", "n. 7000 del 12 marzo 2020",
// "11 novembre 2008, n. 26972", "14/12/2016, (ud. 27/09/2016), n. 25622".
struct NumberAndDate {
  std::size_t end = 0;
  std::string number;
  std::string year;
  std::string iso;  // empty when only the year is written
};

std::optional<NumberAndDate> number_and_date(std::string_view text, std::size_t pos) {
  static const RE2 of("\\s*,?\\s*del(?:l['\u2019]\\s*|\\s+)(?:anno\\s+)?", scanner_options());
  static const RE2 year("(\\d{4})\\b", scanner_options());
  static const RE2 to_number("\\s*,?\\s*(?:\\([^()]{0,60}\\)\\s*,?\\s*)?", scanner_options());
  if (const auto numbers = scan_numbers(text, pos); numbers && numbers->numbers.size() == 1) {
    const ActNumber& number = numbers->numbers.front();
    if (!number.year.empty()) return NumberAndDate{numbers->end, number.number, number.year, {}};
    const auto after = match_at(of, text, numbers->end);
    if (!after) return std::nullopt;
    if (const auto date = scan_date(text, *after)) {
      return NumberAndDate{date->end, number.number, date->year, date->iso};
    }
    std::string_view groups[1];
    if (const auto end = match_at(year, text, *after, groups)) {
      return NumberAndDate{*end, number.number, std::string(groups[0]), {}};
    }
    return std::nullopt;
  }
  const auto date = scan_date(text, pos);
  if (!date) return std::nullopt;
  const std::size_t at = match_at(to_number, text, date->end).value_or(date->end);
  const auto numbers = scan_numbers(text, at);
  if (!numbers || numbers->numbers.size() != 1) return std::nullopt;
  return NumberAndDate{numbers->end, numbers->numbers.front().number, date->year, date->iso};
}

Citation citation_of(const Court& court, std::size_t begin, std::size_t end,
                     std::string_view decision, const NumberAndDate& found) {
  Citation citation{begin, end, "case", {}};
  const bool cost = court.code == CourtCode::cost;
  if (cost || !court.branch.empty()) {
    const std::string suffix = cost ? "" : court.branch == "civile" ? "CIV" : "PEN";
    citation.features.emplace_back("id", std::string(cost ? "ECLI:IT:COST:" : "ECLI:IT:CASS:") +
                                             found.year + ":" + found.number + suffix);
  }
  citation.features.emplace_back("court", cost ? "Corte costituzionale" : "Corte di cassazione");
  if (!decision.empty()) citation.features.emplace_back("decision", decision_name(decision));
  if (!court.branch.empty()) citation.features.emplace_back("branch", court.branch);
  if (!court.section.empty()) citation.features.emplace_back("section", court.section);
  if (!found.iso.empty()) citation.features.emplace_back("date", found.iso);
  citation.features.emplace_back("number", found.number);
  citation.features.emplace_back("year", found.year);
  return citation;
}

// Every court named in the text, in order.
std::vector<Court> courts_in(std::string_view text) {
  static const RE2 start("\\b(?:corte|c\\.\\s*cost|(?-i:Consulta|Cass))", scanner_options());
  std::vector<Court> courts;
  re2::StringPiece hit;
  for (std::size_t pos = 0;
       pos < text.size() && start.Match(re2::StringPiece(text.data(), text.size()), pos,
                                        text.size(), RE2::UNANCHORED, &hit, 1);) {
    const auto at = static_cast<std::size_t>(hit.data() - text.data());
    const auto court = court_at(text, at);
    if (court) courts.push_back(*court);
    pos = court ? court->end : at + 1;
  }
  return courts;
}

// Whether the dot at `dot` ends a word of at most three small letters: an abbreviation ("cfr.",
// "v.", "cd."), not a sentence's end.
bool ends_abbreviation(std::string_view text, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0 && text[start - 1] >= 'a' && text[start - 1] <= 'z') --start;
  return dot > start && dot - start <= 3;
}

// Whether a sentence ends in text[from, to): a full stop, '?' or '!' before a capital (up to the
// one at `to`: ". Sentenza n. 5"), not the dot of an abbreviation ("cfr. Sent. n. 242"); a
// semicolon; a line end.
bool sentence_ends_between(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    const char c = text[i];
    if (c == ';' || c == '\n') return true;
    if ((c == '.' || c == '?' || c == '!') && i + 2 <= to && i + 2 < text.size() &&
        text[i + 1] == ' ' && text[i + 2] >= 'A' && text[i + 2] <= 'Z' &&
        !(c == '.' && ends_abbreviation(text, i))) {
      return true;
    }
  }
  return false;
}

// What follows a decision's number: its court ("della Corte costituzionale"), another court
// ("del Tribunale di Pescara", "della Corte d'appello", or the judgment under appeal: "la
// sentenza n. 551/2012 impugnata", "di merito"), or neither.
enum class Owner { ours, other, unnamed };

Owner owner_after(std::string_view text, std::size_t pos, std::optional<Court>& court) {
  static const RE2 of(
      "\\s*,?\\s*(?:(?:emessa|pronunciata|resa|depositata)\\s+)?"
      "(?:del|della|dello|dal|dalla|dallo)\\s+",
      scanner_options());
  static const RE2 other_court(
      "(?:tribunale|corte|tar\\b|t\\.a\\.r\\.|consiglio\\s+di\\s+stato|"
      "giudice|(?-i:[A-Z]))",
      scanner_options());
  static const RE2 under_appeal(
      "\\s*,?\\s*(?:impugnat[ae]|gravat[ae]|di\\s+merito|"
      "di\\s+(?:primo|secondo)\\s+grado|d['\u2019]appello)\\b",
      scanner_options());
  if (match_at(under_appeal, text, pos)) return Owner::other;
  const auto at = match_at(of, text, pos);
  if (!at) return Owner::unnamed;
  court = court_at(text, *at);
  if (court) return Owner::ours;
  return match_at(other_court, text, *at) ? Owner::other : Owner::unnamed;
}

}  // namespace

std::vector<Citation> find_court_decisions(std::string_view text) {
  static const RE2 to_decision("\\s*,?\\s*", scanner_options());
  const std::vector<Court> courts = courts_in(text);
  std::vector<Citation> found;
  if (courts.empty()) return found;  // every decision this reads names its court
  // Court first: "Cass. civ., sez. un., 11 novembre 2008, n. 26972", "Corte cost., sent. n. 242
  // del 2019".
  for (const Court& court : courts) {
    std::size_t at = match_at(to_decision, text, court.end).value_or(court.end);
    std::string_view groups[1];
    std::string_view decision;
    if (const auto end = match_at(decision_word(), text, at, groups)) {
      decision = groups[0];
      at = *end;
    }
    if (const auto number = number_and_date(text, at)) {
      found.push_back(citation_of(court, court.begin, number->end, decision, *number));
    }
  }
  // Decision first: its court after it, or before it in its sentence.
  static const RE2 start("\\b(?:sentenz|sent\\.|ordinanz|ord\\.)", scanner_options());
  re2::StringPiece hit;
  for (std::size_t pos = 0;
       pos < text.size() && start.Match(re2::StringPiece(text.data(), text.size()), pos,
                                        text.size(), RE2::UNANCHORED, &hit, 1);) {
    const auto begin = static_cast<std::size_t>(hit.data() - text.data());
    pos = begin + 1;
    std::string_view groups[1];
    const auto after_word = match_at(decision_word(), text, begin, groups);
    if (!after_word || letter_before(text, begin)) continue;
    const auto number = number_and_date(text, *after_word);
    if (!number) continue;
    pos = number->end;
    const bool inside = std::any_of(found.begin(), found.end(), [&](const Citation& c) {
      return c.begin <= begin && begin < c.end;
    });
    if (inside) continue;
    std::optional<Court> court;
    const Owner owner = owner_after(text, number->end, court);
    if (owner == Owner::other) continue;
    if (owner == Owner::ours) {
      // A court that starts a decision of its own ("della Corte costituzionale, sent. n. 10 del
      // 2020") stays that one's: this decision ends before it.
      const bool court_starts_one = std::any_of(
          found.begin(), found.end(), [&](const Citation& c) { return c.begin == court->begin; });
      found.push_back(citation_of(*court, begin, court_starts_one ? number->end : court->end,
                                  groups[0], *number));
      pos = court_starts_one ? number->end : court->end;
      continue;
    }
    // The court named last before it, close by and in the same sentence.
    const Court* before = nullptr;
    for (const Court& candidate : courts) {
      if (candidate.end <= begin) before = &candidate;
    }
    if (before != nullptr && begin - before->end <= kCourtReach &&
        !sentence_ends_between(text, before->end, begin)) {
      found.push_back(citation_of(*before, begin, number->end, groups[0], *number));
    }
  }
  std::sort(found.begin(), found.end(),
            [](const Citation& a, const Citation& b) { return a.begin < b.begin; });
  return found;
}

}  // namespace strata::legal
