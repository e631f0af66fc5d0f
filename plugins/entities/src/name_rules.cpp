#include "name_rules.hpp"

#include <algorithm>
#include <iterator>

namespace strata::entities {
namespace {

constexpr std::size_t kLongestName = 4;

// The rules applied to one sentence.
class SentenceRules {
 public:
  SentenceRules(const NameLists& lists, std::span<const Token> sentence, std::size_t offset,
                const LookupWorkspace& lookup, EntitySet& entities)
      : lists_(lists), sentence_(sentence), offset_(offset), lookup_(lookup), entities_(entities) {}

  void run() {
    for (const GazetteerMatch& match : lookup_.matches) {
      if (role(match) == ListRole::org_suffix) company(match);
    }
    for (const GazetteerMatch& match : lookup_.matches) {
      if (role(match) == ListRole::person_title) titled_person(match);
    }
    for (const GazetteerMatch& match : lookup_.matches) {
      if (role(match) == ListRole::first_name) first_name(match);
    }
    for (const GazetteerMatch& match : lookup_.matches) {
      if (role(match) == ListRole::org_head) organisation(match);
    }
  }

 private:
  ListRole role(const GazetteerMatch& match) const { return lists_.category(match.category).role; }

  // A capitalised word that is no rule word: what names are made of.
  bool name_word(std::size_t i) const { return is_name_word(sentence_, i, lookup_); }

  // Particles a surname may start with in small letters: "von der Leyen", "de Blasio", "bin
  // Salman", "da Vinci".
  static bool is_particle(std::string_view word) {
    static constexpr std::string_view kParticles[] = {
        "von", "van", "der", "den", "de", "di", "da",  "du",  "del", "della",
        "des", "bin", "ibn", "el",  "la", "le", "dos", "das", "ter", "ten"};
    return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
  }

  // One past the run of name words that starts at `from`, with the particles of a surname
  // inside it (up to two, before a name word): what comes before `from` (a title, a first
  // name) starts the name.
  std::size_t name_end(std::size_t from) const {
    std::size_t end = from;
    while (end < sentence_.size() && end - from < kLongestName) {
      if (name_word(end)) {
        ++end;
        continue;
      }
      std::size_t after = end;
      while (after < sentence_.size() && after - end < 2 && is_particle(sentence_[after].text)) {
        ++after;
      }
      if (after == end || after == sentence_.size() || !name_word(after)) break;
      end = after;
    }
    return end;
  }

  // The first of the name words that end just before `at`, without leading words. An ampersand
  // between two of them joins them: "Smith & Wesson Inc.", "Procter & Gamble Co.".
  std::size_t name_start(std::size_t at) const {
    std::size_t start = at;
    while (start > 0 && at - start < kLongestName) {
      if (name_word(start - 1)) {
        --start;
      } else if (start >= 2 && start < at && sentence_[start - 1].text == "&" &&
                 name_word(start - 2)) {
        start -= 2;
      } else {
        break;
      }
    }
    // Only a sentence's or a clause's first words: inside a sentence a capitalised "The" or
    // "Now" is a name's ("Now Corp."), but after a dateline's dash or a colon it opens the
    // clause ("LONDON - The Bank of England"); an ampersand left in front joins nothing.
    while (start < at &&
           ((opens_clause(start) && lookup_.has_role(start, ListRole::leading_word)) ||
            sentence_[start].text == "&")) {
      ++start;
    }
    return start;
  }

  // Whether token i opens its sentence, or a clause after a dash or a colon.
  bool opens_clause(std::size_t i) const {
    if (i == 0) return true;
    const std::string_view before = sentence_[i - 1].text;
    return before == "-" || before == "\u2013" || before == "\u2014" || before == ":";
  }

  // The capitalised words after a title; after a title that is also a common noun in names
  // ("Detective Comics", "Officer Candidate School"), two at least: "Detective Jane Smith".
  void titled_person(const GazetteerMatch& title) {
    static constexpr std::string_view kNounTitles[] = {"Officer", "Director", "Detective", "Deputy",
                                                       "Inspector"};
    const std::size_t end = name_end(title.last);
    const bool noun = title.last - title.first == 1 &&
                      std::find(std::begin(kNounTitles), std::end(kNounTitles),
                                sentence_[title.first].text) != std::end(kNounTitles);
    if (noun && end - title.last < 2) return;
    add(title.last, end, EntityType::person, kTitleRuleConfidence);
  }

  void company(const GazetteerMatch& suffix) {
    const std::size_t start = name_start(suffix.first);
    if (start < suffix.first) {
      add(start, suffix.last, EntityType::organisation, kOrganisationRuleConfidence);
    }
  }

  // A weak first name (also a word: Mark, Bill, Will) only inside its sentence, where its
  // capital is the name's: "met Mark Zuckerberg", not "Will Congress act?".
  void first_name(const GazetteerMatch& name) {
    if (lists_.category(name.category).strength != Strength::strong && name.first == 0) return;
    // "San Francisco Chronicle", "San José State": a saint's name in a place's.
    if (name.first > 0 && lookup_.has_role(name.first - 1, ListRole::saint)) return;
    const std::size_t end = name_end(name.last);
    if (end > name.last) add(name.first, end, EntityType::person, kFirstNameRuleConfidence);
  }

  // "European Commission", "University of Oxford", "National Bank of Greece", "Los Angeles
  // Police Department", "Department of Health and Human Services", "International Committee of
  // the Red Cross".
  void organisation(const GazetteerMatch& head) {
    const std::size_t start = name_start(head.first);
    std::size_t end = head.last;
    while (end < sentence_.size() && lookup_.has_role(end, ListRole::org_head)) ++end;
    if (end < sentence_.size() && is_connector(sentence_[end].text)) {
      std::size_t at = end + 1;
      if (at < sentence_.size() && sentence_[at].text == "the") ++at;
      if (at < sentence_.size() && (name_word(at) || lookup_.has_role(at, ListRole::org_head))) {
        end = organisation_words_end(at, sentence_[head.first].text);
      }
    }
    if (end - start >= 2) add(start, end, EntityType::organisation, kOrganisationRuleConfidence);
  }

  // One past the name words and heads from `from`. "and" or "&" joins words that end in another
  // head than the organisation's own `head` ("Department of Health and Human Services"); not a
  // second organisation of the same kind ("University of Oxford and Harvard University") nor a
  // place ("Bank of England and France").
  std::size_t organisation_words_end(std::size_t from, std::string_view head) const {
    const auto word_at = [&](std::size_t i) {
      return i < sentence_.size() && (name_word(i) || lookup_.has_role(i, ListRole::org_head));
    };
    std::size_t end = from;
    while (word_at(end) && end - from < kLongestName) ++end;
    if (end == from || end + 1 >= sentence_.size() ||
        (sentence_[end].text != "and" && sentence_[end].text != "&")) {
      return end;
    }
    std::size_t joined = end + 1;
    while (word_at(joined) && joined - end <= kLongestName) ++joined;
    const bool other_head = joined > end + 1 && lookup_.has_role(joined - 1, ListRole::org_head) &&
                            sentence_[joined - 1].text != head;
    return other_head ? joined : end;
  }

  static bool is_connector(std::string_view word) { return word == "of" || word == "for"; }

  void add(std::size_t first, std::size_t last, EntityType type, double confidence) {
    if (last > first) {
      entities_.add_if_free({offset_ + first, offset_ + last, type, Source::rule, confidence, {}});
    }
  }

  const NameLists& lists_;
  std::span<const Token> sentence_;
  std::size_t offset_;
  const LookupWorkspace& lookup_;
  EntitySet& entities_;
};

}  // namespace

void add_rule_entities(const NameLists& lists, std::span<const Token> sentence, std::size_t offset,
                       const LookupWorkspace& lookup, EntitySet& entities) {
  SentenceRules(lists, sentence, offset, lookup, entities).run();
}

}  // namespace strata::entities
