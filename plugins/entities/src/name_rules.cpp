#include "name_rules.hpp"

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
      if (role(match) == ListRole::person_title)
        add(match.last, name_end(match.last), EntityType::person, kTitleRuleConfidence);
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
  bool name_word(std::size_t i) const {
    return sentence_[i].kind == "word" && is_capitalised(lookup_.capitalization[i]) &&
           !lookup_.has_role(i, ListRole::person_title) &&
           !lookup_.has_role(i, ListRole::org_head) && !lookup_.has_role(i, ListRole::org_suffix);
  }

  // One past the run of name words that starts at `from`.
  std::size_t name_end(std::size_t from) const {
    std::size_t end = from;
    while (end < sentence_.size() && end - from < kLongestName && name_word(end)) ++end;
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
    // Only a sentence's first words: inside a sentence a capitalised "The" or "Now" is a name's
    // ("Now Corp."), and an ampersand left in front joins nothing.
    while (start < at && ((start == 0 && lookup_.has_role(start, ListRole::leading_word)) ||
                          sentence_[start].text == "&")) {
      ++start;
    }
    return start;
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

  // "European Commission", "University of Oxford", "National Bank of Greece".
  void organisation(const GazetteerMatch& head) {
    const std::size_t start = name_start(head.first);
    std::size_t end = head.last;
    if (end + 1 < sentence_.size() && is_connector(sentence_[end].text) && name_word(end + 1)) {
      end = name_end(end + 1);
    }
    if (end - start >= 2) add(start, end, EntityType::organisation, kOrganisationRuleConfidence);
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
