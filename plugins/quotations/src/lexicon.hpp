// The words the quotation finder knows for a language: speech verbs, frames, roles, pronouns.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace strata::quotations {

// Phrases of one or more words, matched over a sentence's folded tokens. A phrase is written as
// the tokenizer cuts it: words apart, an elided article with its apostrophe ("l' agenzia" or
// "l'agenzia", which reads the same).
class PhraseList {
 public:
  void add(std::string_view phrase);
  bool empty() const { return by_first_.empty(); }
  // The length in tokens of the longest phrase starting at `folded[i]`, 0 for none.
  std::size_t match_at(std::span<const std::string_view> folded, std::size_t i) const;

 private:
  // Found by a token's view without making a string of it.
  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };
  std::unordered_map<std::string, std::vector<std::vector<std::string>>, Hash, std::equal_to<>>
      by_first_;
};

// The sections of a lexicon file ("[cues]" and so on), each a list of phrases.
enum class Section : std::size_t {
  cues,            // speech verbs, finite or participles: "dichiarato", "said", "ha fatto sapere"
  auxiliaries,     // before a participle: "ha", "hanno", "has"
  adverbs,         // between auxiliary and participle: "poi", "anche", "also"
  frames,          // name the speaker right after: "secondo", "according to"
  roles,           // stand for a person or body already named: "il ministro", "the spokesman"
  pronouns,        // "lui", "he"
  not_speech,      // before a quoted title, nickname or term: "il film", "cosiddetto"
  prepositions,    // an entity after one is no subject: "con Rossi", "delle Nazioni Unite"
  determiners,     // a cue word after one is a noun: "la denuncia", "la domanda"
  agents,          // introduce who did it, in the passive: "da", "by"
  clause_openers,  // "che", "that": a reported clause after a cue, a relative before one
  echoes,          // point back at the quote before a cue: "Lo" of "«...». Lo ha detto Rossi"
  echo_cues,       // point back at the quote and name its speaker: "«...». Così Rossi"
  times,           // words of time, never who speaks: "giorno" of "ha detto il giorno dopo"
  bare_subjects,   // speak without an article after a cue: "police" of "said police Tuesday"
  count
};

// A lexicon read from "[section]" headed lists, one phrase a line, '#' comments.
class Lexicon {
 public:
  // Adds the lines of a lexicon file; throws Error "SOURCE:LINE: ..." for an unknown section
  // or a phrase before any section.
  void add_lines(std::span<const std::string> lines, std::string_view source);
  const PhraseList& operator[](Section section) const {
    return lists_[static_cast<std::size_t>(section)];
  }

 private:
  std::array<PhraseList, static_cast<std::size_t>(Section::count)> lists_;
};

// A token as the lexicon compares it: case-folded, typographic apostrophe made ASCII.
std::string fold_token(std::string_view token);

}  // namespace strata::quotations
