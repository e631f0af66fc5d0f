// Sentiment toward the people, places and organisations a document names.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "punctuation_marks.hpp"
#include "strata/document.hpp"
#include "strata/token_index.hpp"
#include "target_keys.hpp"
#include "word_lists.hpp"
#include "words.hpp"

namespace strata::sentiment {

// One named target and how the text speaks of it: the mean compound score of the clauses
// that mention it ("Kim ha espresso pieno sostegno" for Kim, "il ricatto occidentale" for no
// one), over all its mentions. Mentions of a person are grouped by last word, so "Putin" joins
// "Vladimir Putin", but two people of one surname ("Giuseppe Conte", "Antonio Conte") stay two, a
// bare surname going to the one mentioned last; other names by their words.
// Its strings are views of the document (its text, the entities layer's types).
struct TargetSentiment {
  std::string_view name;       // the longest mention
  std::string_view type;       // PER, LOC or ORG
  AnnotationId first_mention;  // in the entities layer
  std::size_t mentions = 0;
  double score = 0.0;  // -1..1
};

// Gathers the targets of a document sentence by sentence, from the words the sentence's own
// polarity was read from: a sentence naming someone is not folded and looked up again. A clause
// is a sentence's stretch between commas, semicolons, colons, brackets and the language's
// contrast words ("ma", "but"), which turn a sentence from one target to another. One object
// serves document after document (start), keeping its buffers.
class TargetSentiments {
 public:
  TargetSentiments() = default;
  TargetSentiments(const TargetSentiments&) = delete;
  TargetSentiments& operator=(const TargetSentiments&) = delete;

  // Begins `document`, forgetting the one before; all three must outlive the calls up to
  // finish(). `marks` are the document's '!' and '?', which weigh on a clause as on a sentence.
  void start(const Document& document, const WordLists& lists, const PunctuationMarks& marks);
  // Adds the mentions in `sentence`, whose tokens with names masked (NameMask::mask) are
  // `masked` and whose words words_of made of them are `words`. Sentences come in text order.
  void add(const Sentence& sentence, std::span<const Token> masked, const SentenceWords& words);
  // The targets in order of first mention, scored; none without an entities layer. Valid until
  // the next start().
  std::span<const TargetSentiment> finish();

 private:
  // A sentence's tokens [first, last) between clause boundaries, and the sentence's words that
  // start at those tokens, [first_word, last_word).
  struct Clause {
    std::size_t first;
    std::size_t last;
    std::size_t first_word;
    std::size_t last_word;
  };
  // The clauses of a sentence, into clauses_, up to the first that ends at or after `until`.
  void clauses_of(std::span<const Token> tokens, std::span<const Token> masked,
                  const SentenceWords& words, Offset until);
  // The words of tokens [first, last) of the sentence, as words_of would make them of those
  // tokens alone: a part of `words` unless a word or a run of punctuation crosses the clause's
  // ends, then made again.
  std::span<const Word> clause_words(std::span<const Token> masked, const SentenceWords& words,
                                     const Clause& clause);
  void add_mention(AnnotationId mention, double score);
  // Adds to key_, a person's, what tells the `folded` name from another person's of the same
  // last word.
  void tell_namesakes_apart(std::string_view folded);

  const Document* document_ = nullptr;
  const WordLists* lists_ = nullptr;
  const PunctuationMarks* marks_ = nullptr;
  const Layer* entities_ = nullptr;
  std::vector<AnnotationId> ids_;  // of entities_, by offset
  std::size_t next_ = 0;           // in ids_: the first mention not before the sentence
  bool nested_ = false;            // whether the document's sentences nest or overlap
  std::vector<TargetSentiment> targets_;
  std::vector<std::size_t> people_;     // the targets of type PER, in targets_
  std::vector<std::size_t> last_seen_;  // of each target: the number of its last mention
  std::size_t mentions_seen_ = 0;
  // A person's key ("PER\tconte") and the fullest name that has it ("giuseppe conte", or
  // "conte" while only the bare surname was seen), folded.
  std::unordered_map<std::string, std::string> surname_owners_;
  std::vector<double> sums_;  // of the clause scores of each target
  TargetKeys keys_;           // each target's key, numbered as in targets_
  std::string key_;           // the key of the mention being added
  // Reused from sentence to sentence.
  std::vector<Clause> clauses_;
  Words clause_words_;
  std::vector<double> valences_;
  std::string buffer_;  // for fold_word
};

}  // namespace strata::sentiment
