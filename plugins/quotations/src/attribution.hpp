// Who says a quotation, and with which words: the cue and speaker of each quoted span.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lexicon.hpp"

namespace strata::quotations {

// Tokens [first, last) of a document.
struct TokenRange {
  std::size_t first = 0;
  std::size_t last = 0;
  bool empty() const { return first == last; }
};

// A named entity that can speak: a person or an organisation, as tokens.
struct SpeakerEntity {
  TokenRange tokens;
  bool person = false;
};

// A quoted span placed among the tokens: its content, and the tokens of its sentences that lie
// before the opening mark and after the closing one.
struct QuoteTokens {
  TokenRange content;
  TokenRange before;  // from its first sentence's start to the opening mark
  TokenRange after;   // from the closing mark to its last sentence's end (or on into the next
                      // sentence when that one goes on in lower case)
  std::size_t paragraph = 0;
  bool colon_before = false;  // "Rossi ha detto: «...»"
  TokenRange next;            // the sentence after, in the same paragraph, when `after` holds
                              // no word: "«...». Lo ha detto Rossi"; empty otherwise
};

// How a quotation was attributed, the most certain first.
enum class Pattern {
  inside,
  after_quote,
  before_quote,
  frame,
  colon,
  next_sentence,
  inherited,
  nearest,
  none
};

// The cue and speaker of one quotation.
struct Attribution {
  TokenRange cue;                     // empty: none (a colon cue is the colon's token)
  TokenRange speaker;                 // the mention that names who speaks; empty: none
  std::optional<std::size_t> entity;  // who speaks, as an index into the entities
  bool named = false;  // the speaker mention is a name no entity covers ("said Tommy")
  Pattern pattern = Pattern::none;
  bool cue_is_colon = false;
};

// What an Attributor reads of a document. Spans must outlive it.
struct DocumentTokens {
  std::span<const std::string_view> folded;   // every token, folded (fold_token)
  std::span<const std::uint8_t> punctuation;  // every token: 1 for punctuation or a symbol
  std::span<const std::uint8_t> capitalised;  // every token: 1 if it starts with a capital
  std::span<const std::uint8_t> quoted;       // every token: 1 inside a quoted span
  std::span<const SpeakerEntity> entities;    // in text order, not overlapping

  // Whether the tokens hold a word, not only punctuation: a sentence splitter may leave the
  // closing mark of one line of dialogue in the sentence of the next.
  bool has_words(TokenRange range) const {
    const auto tokens = punctuation.subspan(range.first, range.last - range.first);
    return std::find(tokens.begin(), tokens.end(), 0) != tokens.end();
  }
};

// Attributes the quotations of one document, in text order: it remembers the last speaker, so
// that a pronoun, a role noun or a quote without a cue resolves to them.
class Attributor {
 public:
  Attributor(const Lexicon& lexicon, DocumentTokens document);
  Attribution attribute(const QuoteTokens& quote);

 private:
  std::size_t cue_at(std::size_t i) const;       // tokens of the cue starting at i, 0 for none
  std::size_t verb_cue_at(std::size_t i) const;  // the same, whatever word comes before
  // i moved past up to two adverbs: "ha poi detto", "«...», poi ha detto", "he also said".
  std::size_t past_adverbs(std::size_t i) const;
  bool is_cue_with_clitic(std::string_view word) const;
  std::optional<std::size_t> entity_at(std::size_t i) const;
  std::optional<std::size_t> entity_ending_before(std::size_t i, std::size_t limit) const;
  // Whether the entity could be the subject of a verb after it: not after a preposition
  // ("con Rossi") nor right after a verb's participle ("ha ringraziato Kim").
  bool may_be_subject(std::size_t entity) const;
  // The speaker named right after a cue or frame: an entity a few words on ("il ministro
  // Rossi"), else a role noun or pronoun.
  bool speaker_after(std::size_t i, std::size_t end, Attribution& found) const;
  // Capitalised words no entity covers, right after a cue or right before it, as a name.
  bool name_after(std::size_t i, std::size_t end, Attribution& found) const;
  // A word in small letters that is no preposition, article, clause opener, pronoun, time word
  // or cue: a title before a name ("coach").
  bool is_plain_word(std::size_t i) const;
  bool name_before(std::size_t cue, std::size_t begin, Attribution& found) const;
  // A subject that names nobody the document knows, right after a cue: "i suoi collaboratori",
  // "un testimone", "one of his aides". It speaks, not whoever was named last.
  bool unnamed_subject_after(std::size_t i, std::size_t end, Attribution& found) const;
  // Its form without an article: "said police Tuesday", "said officials".
  bool bare_subject_after(std::size_t i, std::size_t end, Attribution& found) const;
  // The same right before a cue, as the whole subject: "«...», a spokesman for the ministry
  // said".
  bool unnamed_subject_before(std::size_t begin, std::size_t cue, Attribution& found) const;
  // The speaker named before a cue: the nearest entity, role noun or pronoun.
  bool speaker_before(std::size_t cue, std::size_t begin, Attribution& found) const;
  bool find_inside(const QuoteTokens& quote, Attribution& found) const;
  bool find_after(const QuoteTokens& quote, Attribution& found) const;
  // Whether the words [begin, name) are a title before a name ("Police Chief", "Deputy Mayor").
  static constexpr std::size_t kTitleWords = 4;
  bool is_title(std::size_t begin, std::size_t name) const;
  // The subject then its cue in the clause from `begin`: «...», il ministro ha spiegato /
  // "...," he said / "...," Biden said.
  bool find_subject_and_cue(std::size_t begin, std::size_t end, Attribution& found) const;
  bool find_before(const QuoteTokens& quote, Attribution& found) const;
  // "da Berlusconi" right after a quote whose cue came before it: who said it, in the passive.
  bool passive_agent(const QuoteTokens& quote, Attribution& found) const;
  bool find_frame(const QuoteTokens& quote, Attribution& found) const;
  // Words at `i` that point back at the quote, then its cue and speaker before `end`: "lo ha
  // detto Rossi", "così Rossi".
  bool find_echo(std::size_t i, std::size_t end, Attribution& found) const;
  std::optional<std::size_t> latest_speaker(std::size_t before) const;

  const Lexicon& lexicon_;
  DocumentTokens document_;
  // Whether a person was named after last_named_, before `quote`.
  bool person_named_since(const QuoteTokens& quote) const;

  std::optional<std::size_t> last_speaker_;
  // The last speaker when it was a name no entity covers ("Psaki").
  std::optional<TokenRange> last_named_;
  std::size_t last_paragraph_ = 0;
};

}  // namespace strata::quotations
