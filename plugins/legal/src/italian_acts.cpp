#include "italian_acts.hpp"

#include <algorithm>

#include "act_date.hpp"
#include "act_number.hpp"
#include "ministry_name.hpp"
#include "text_scan.hpp"

namespace strata::legal {
namespace {

// "del", "della", "dell'", "in data", with the comma and spaces around them.
const RE2& connector() {
  static const RE2 pattern(
      "\\s*,?\\s*(?:(?:del|della|dello|dei|degli|delle|in\\s+data)\\s+|dell['\u2019]\\s*)?",
      scanner_options());
  return pattern;
}

// One act's date, year and numbers; "nn. 511 e 548 del 1946" is one instance of two acts.
struct Instance {
  std::size_t end = 0;
  std::string date;
  std::string year;
  std::vector<ActNumber> numbers;
  // The year of a date written but not in the calendar ("31 febbraio 2020"): the act is most
  // likely of that year, but which day is anyone's guess, so the id gets the year alone.
  std::string impossible_date_year;
  bool has_date() const { return !date.empty() || !impossible_date_year.empty(); }
  bool empty() const { return !has_date() && year.empty() && numbers.empty(); }
};

// Date, numbers and year of one act in any order: "3 giugno 1993, n. 148", "n. 52 del 1996",
// "n. 31 del 14 giugno 1982", "del 22 novembre 1999, n. 214/E", "241/1990".
Instance scan_instance(std::string_view text, std::size_t pos, bool right_after_type) {
  static const RE2 year("\\s*,?\\s*(?:del|dell['\u2019]\\s*anno)\\s+(\\d{4})\\b",
                        scanner_options());
  Instance instance{pos, {}, {}, {}, {}};
  while (true) {
    const std::size_t at = match_at(connector(), text, instance.end).value_or(instance.end);
    if (!instance.has_date()) {
      if (const auto date = scan_date(text, at)) {
        instance.date = date->iso;
        if (date->iso.empty()) instance.impossible_date_year = date->year;
        instance.end = date->end;
        continue;
      }
    }
    if (instance.numbers.empty()) {
      auto numbers = scan_numbers(text, at);
      if (!numbers && right_after_type && instance.end == pos) numbers = scan_bare_number(text, at);
      if (numbers) {
        instance.numbers = std::move(numbers->numbers);
        instance.end = numbers->end;
        continue;
      }
    }
    std::string_view group[1];
    if (instance.date.empty() && instance.year.empty() && !instance.numbers.empty()) {
      if (const auto end = match_at(year, text, instance.end, group)) {
        instance.year = group[0];
        instance.end = *end;
        continue;
      }
    }
    return instance;
  }
}

// An authority named at `pos`, after "del", "della"...: "del Ministero delle finanze", "CIPE".
std::optional<std::pair<std::size_t, std::string>> scan_issuer(const PhraseTable& issuers,
                                                               std::string_view text,
                                                               std::size_t pos) {
  const std::size_t at = match_at(connector(), text, pos).value_or(pos);
  if (letter_before(text, at)) return std::nullopt;
  if (const auto found = issuers.match_at(text, at)) {
    return std::pair{found->end, found->values->front()};
  }
  return scan_ministry(text, at);
}

// The authorities named one after another, joined with "e": "del Ministro delle finanze e del
// Ministro di grazia e giustizia".
std::size_t scan_issuers(const PhraseTable& issuers, std::string_view text, std::size_t pos,
                         std::vector<std::string>& found) {
  static const RE2 and_word("\\s+e\\s+", scanner_options());
  auto issuer = scan_issuer(issuers, text, pos);
  while (issuer) {
    found.push_back(issuer->second);
    pos = issuer->first;
    const auto after_and = match_at(and_word, text, pos);
    issuer = after_and ? scan_issuer(issuers, text, *after_and) : std::nullopt;
  }
  return pos;
}

// "della Lombardia", "della Regione Lombardia" after a regional authority.
std::size_t scan_region(const PhraseTable& regions, std::string_view text, std::size_t pos,
                        std::string& region) {
  static const RE2 lead("\\s*(?:(?:della|del)\\s+|dell['\u2019]\\s*)?(?:regione\\s+)?",
                        scanner_options());
  const std::size_t at = match_at(lead, text, pos).value_or(pos);
  const auto found = regions.match_at(text, at);
  if (!found) return pos;
  region = found->values->front();
  return found->end;
}

std::string words_of(std::string_view urn_type) {
  std::string words(urn_type);
  std::replace(words.begin(), words.end(), '.', ' ');
  return words;
}

NamedAct named_act(const std::string& issuer, const std::string& type, const Instance& instance,
                   const ActNumber& number) {
  const std::string date_year =
      instance.date.substr(0, std::min<std::size_t>(4, instance.date.size()));
  // "n. 7/16 del 5 marzo 2004": what looked like a year is part of the number.
  const bool clash = !date_year.empty() && !number.year.empty() && number.year != date_year;
  const std::string& written = clash ? number.whole : number.number;
  const std::string year = !date_year.empty()       ? date_year
                           : !instance.year.empty() ? instance.year
                           : !number.year.empty()   ? number.year
                                                    : instance.impossible_date_year;
  const std::string when = !instance.date.empty() ? instance.date : year;
  NamedAct act{"urn:nir:" + issuer + ":" + type + ":" + when + ";" + written,
               {{"instrument", words_of(type)}}};
  if (!instance.date.empty()) act.features.emplace_back("date", instance.date);
  if (!written.empty()) act.features.emplace_back("number", written);
  if (!issuer.empty()) act.features.emplace_back("issuer", issuer);
  if (!year.empty()) act.features.emplace_back("year", year);
  return act;
}

}  // namespace

std::optional<Instrument> scan_italian_act(const LegalLexicon& lexicon, std::string_view text,
                                           std::size_t pos) {
  static const RE2 list_separator("\\s*(?:,|\\be\\b|\\bed\\b)\\s*", scanner_options());
  const auto type = lexicon.act_types.match_at(text, pos);
  if (!type) return std::nullopt;
  std::vector<std::string> issuers;
  std::string region;
  std::size_t end = scan_issuers(lexicon.issuers, text, type->end, issuers);
  end = scan_region(lexicon.regions, text, end, region);
  std::vector<Instance> instances;
  for (Instance instance = scan_instance(text, end, true); !instance.empty();) {
    instances.push_back(instance);
    end = instance.end;
    const auto next = match_at(list_separator, text, end);
    if (!next) break;
    instance = scan_instance(text, *next, false);
  }
  if (instances.empty()) return std::nullopt;
  end = scan_issuers(lexicon.issuers, text, end, issuers);
  end = scan_region(lexicon.regions, text, end, region);

  std::string issuer = (*type->values)[0];
  if (!issuers.empty()) {
    issuer.clear();
    for (const std::string& one : issuers) issuer += (issuer.empty() ? "" : "+") + one;
  }
  // "legge della Regione Lombardia": a region named makes a law of the State a regional one.
  if (!region.empty() && issuer == "stato") issuer = "regione.";
  if (issuer.ends_with("regione.")) issuer += region;
  Instrument found{end, "legislation", {}, false};
  for (const Instance& instance : instances) {
    const std::vector<ActNumber> numbers =
        instance.numbers.empty() ? std::vector<ActNumber>{{}} : instance.numbers;
    for (const ActNumber& number : numbers) {
      found.acts.push_back(named_act(issuer, (*type->values)[1], instance, number));
    }
  }
  return found;
}

}  // namespace strata::legal
