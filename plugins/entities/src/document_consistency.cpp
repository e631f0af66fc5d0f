#include "document_consistency.hpp"

#include <algorithm>
#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "strata/case_folding.hpp"
#include "trigger_words.hpp"
#include "word_shape.hpp"

namespace strata::entities {
namespace {

// What a name or alias gives the mentions that match it.
struct Mention {
  std::size_t from = 0;  // applies to tokens from here on
  EntityType type = EntityType::person;
  double confidence = 0.0;
};

// Mentions by the word that calls for them. Every token of the document is looked up, and most
// (in lower case, punctuation) start with a byte that none of the words starts with: those are
// answered from a bit each, without hashing them.
class Mentions {
 public:
  // Adds `mention` under `word` unless the word has one already; returns the word's mention
  // and whether it was added.
  std::pair<Mention*, bool> emplace(std::string_view word, const Mention& mention) {
    first_bytes_.set(first_byte(word));
    const auto [found, added] = map_.emplace(word, mention);
    return {&found->second, added};
  }
  // The mention of `word`, or nullptr.
  const Mention* find(std::string_view word) const {
    if (!first_bytes_[first_byte(word)]) return nullptr;
    const auto found = map_.find(word);
    return found == map_.end() ? nullptr : &found->second;
  }
  bool empty() const { return map_.empty(); }

 private:
  static unsigned char first_byte(std::string_view word) {
    return word.empty() ? 0 : static_cast<unsigned char>(word.front());
  }

  std::unordered_map<std::string_view, Mention> map_;
  std::bitset<256> first_bytes_;
};

bool capitalised_word(const Token& token) {
  return token.kind == "word" && is_capitalised(word_shape(token.text).capitalization);
}

// A word of a full name that may stand for the person alone.
bool may_stand_alone(std::string_view word, std::string& buffer) {
  if (word_shape(word).length < 2) return false;
  const std::uint8_t kinds = trigger_kinds(fold_word(word, buffer));
  return (kinds & (kConnector | kPersonTitle)) == 0;
}

// No capitalised word beside tokens [first, last) in their sentence: not part of a longer name.
bool is_bare(std::span<const Token> tokens, const std::vector<bool>& sentence_starts,
             std::size_t first, std::size_t last) {
  const bool after_name = first > 0 && !sentence_starts[first] && !sentence_starts[first - 1] &&
                          capitalised_word(tokens[first - 1]);
  const bool before_name =
      last < tokens.size() && !sentence_starts[last] && capitalised_word(tokens[last]);
  return !after_name && !before_name;
}

// Gives token t the mention's type: a new entity on a free token, or a retyped one-token
// entity when `may_retype` agrees.
template <typename MayRetype>
void apply(const Mention& mention, std::size_t t, EntitySet& entities, MayRetype may_retype) {
  if (entities.add_if_free({t, t + 1, mention.type, Source::rule, mention.confidence, {}})) return;
  FoundEntity* entity = entities.single_at(t);
  if (entity != nullptr && entity->type != mention.type && may_retype(*entity)) {
    *entity = {t, t + 1, mention.type, Source::rule, mention.confidence, {}};
  }
}

// 2 to 10 capital letters or digits, starting with a letter.
bool is_acronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 10 || word.front() < 'A' || word.front() > 'Z') return false;
  for (const char c : word) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// Whether each letter of the acronym is the initial of a word of the name, in any order and
// case: "ONU" for "Organizzazione delle Nazioni Unite", "NATO" for "Organizzazione del Trattato
// dell'Atlantico del Nord".
bool initials_hold(std::string_view acronym, std::span<const Token> name) {
  for (const char letter : acronym) {
    if (letter < 'A' || letter > 'Z') continue;
    bool found = false;
    for (const Token& word : name) {
      const char initial = word.text.empty() ? '\0' : word.text.front();
      found = found || initial == letter || initial == letter + ('a' - 'A');
    }
    if (!found) return false;
  }
  return true;
}

// The particles that open a surname of two words, written with their capital ("Lo Russo", "Di
// Maio", "De Luca", "Van Rompuy"): the surname is cited with its particle, so its last word is
// not bare.
bool is_surname_particle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {
      "D'",    "D\u2019", "Da", "Dal", "Dall'", "Dalla", "De", "Degli", "Dei", "Del", "Dell'",
      "Della", "Dello",   "Di", "Du",  "La",    "Le",    "Li", "Lo",    "Van", "Von"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

// A person's surname of a particle and a word, and what its bare mentions give.
struct TwoWordSurname {
  std::string_view particle;
  Mention mention;
};

// Mentions of the surnames of two words that full names of three or more end with ("Stefano Lo
// Russo" gives "Lo Russo"), by the surname's last word.
std::unordered_map<std::string_view, TwoWordSurname> two_word_surnames(
    std::span<const Token> tokens, const EntitySet& entities) {
  std::unordered_map<std::string_view, TwoWordSurname> surnames;
  for (const FoundEntity& entity : entities.entities()) {
    if (entity.type != EntityType::person || entity.last - entity.first < 3) continue;
    const Token& particle = tokens[entity.last - 2];
    const Token& word = tokens[entity.last - 1];
    if (!is_surname_particle(particle.text) || !capitalised_word(word)) continue;
    const Mention mention{entity.last, EntityType::person, entity.confidence};
    surnames.emplace(word.text, TwoWordSurname{particle.text, mention});
  }
  return surnames;
}

// Gives the bare two-word surnames ("Poi Lo Russo ha detto") their person: added where no
// source took them, retyped where a source saw them as another type with less confidence.
void link_two_word_surnames(std::span<const Token> tokens, const std::vector<bool>& sentence_starts,
                            EntitySet& entities) {
  const auto surnames = two_word_surnames(tokens, entities);
  if (surnames.empty()) return;
  for (std::size_t t = 1; t < tokens.size(); ++t) {
    const auto found = surnames.find(tokens[t].text);
    if (found == surnames.end() || tokens[t - 1].text != found->second.particle) continue;
    const Mention& mention = found->second.mention;
    const std::size_t first = t - 1;
    if (first < mention.from || sentence_starts[t]) continue;
    if (!is_bare(tokens, sentence_starts, first, t + 1)) continue;
    const FoundEntity person{first, t + 1, EntityType::person, Source::rule, mention.confidence,
                             {}};
    if (entities.add_if_free(person)) continue;
    for (FoundEntity& other : entities.editable()) {
      if (other.first == first && other.last == t + 1 && other.type != EntityType::person &&
          other.confidence < mention.confidence) {
        other = person;
      }
    }
  }
}

}  // namespace

void link_person_names(std::span<const Token> tokens, const std::vector<bool>& sentence_starts,
                       EntitySet& entities) {
  entities.sort();
  Mentions names;
  std::string buffer;
  for (const FoundEntity& entity : entities.entities()) {
    if (entity.type != EntityType::person || entity.last - entity.first < 2) continue;
    for (const std::size_t t : {entity.first, entity.last - 1}) {
      // A name's first word opening a sentence may be a capitalised common word the source
      // took in ("Secondo Russo" for "Secondo [according to] Russo").
      if (t == entity.first && sentence_starts[t]) continue;
      const std::string_view word = tokens[t].text;
      if (!capitalised_word(tokens[t]) || !may_stand_alone(word, buffer)) continue;
      const Mention mention{entity.last, EntityType::person, entity.confidence};
      // The first full name decides where mentions start; the surest, how sure they are.
      const auto [found, added] = names.emplace(word, mention);
      if (!added) found->confidence = std::max(found->confidence, mention.confidence);
    }
  }
  link_two_word_surnames(tokens, sentence_starts, entities);
  if (names.empty()) {
    entities.sort();
    return;
  }
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const Mention* found = names.find(tokens[t].text);
    if (found == nullptr || t < found->from) continue;
    if (!is_bare(tokens, sentence_starts, t, t + 1)) continue;
    apply(*found, t, entities,
          [&](const FoundEntity& other) { return other.confidence < found->confidence; });
  }
  entities.sort();
}

void alias_acronyms(std::span<const Token> tokens, EntitySet& entities) {
  entities.sort();
  Mentions aliases;
  for (const FoundEntity& entity : entities.entities()) {
    const bool named =
        entity.type == EntityType::organisation || entity.type == EntityType::location;
    const std::size_t open = entity.last;
    if (!named || entity.last - entity.first < 2 || open + 2 >= tokens.size()) continue;
    const std::string_view acronym = tokens[open + 1].text;
    if (tokens[open].text != "(" || tokens[open + 2].text != ")" || !is_acronym(acronym)) continue;
    if (!initials_hold(acronym, tokens.subspan(entity.first, entity.last - entity.first))) continue;
    aliases.emplace(acronym, Mention{0, entity.type, entity.confidence});
  }
  if (aliases.empty()) return;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (const Mention* found = aliases.find(tokens[t].text)) {
      apply(*found, t, entities, [](const FoundEntity&) { return true; });
    }
  }
  entities.sort();
}

}  // namespace strata::entities
