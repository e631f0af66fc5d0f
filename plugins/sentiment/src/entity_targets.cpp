#include "entity_targets.hpp"

#include <algorithm>
#include <limits>

#include "polarity.hpp"
#include "strata/case_folding.hpp"
#include "valences.hpp"

namespace strata::sentiment {
namespace {

bool is_target_type(std::string_view type) {
  return type == "PER" || type == "LOC" || type == "ORG";
}

// Whether a punctuation token ends a clause.
bool is_clause_mark(std::string_view text) {
  return text == "," || text == ";" || text == ":" || text == "(" || text == ")";
}

// Whether words_of read tokens `left` and `left + 1` into one word or one run: a clitic joined to
// its word ("do" "n't"; then the right one starts no word), or punctuation written together.
bool read_together(std::span<const Token> tokens, std::size_t left, bool right_starts_word) {
  const Token& a = tokens[left];
  const Token& b = tokens[left + 1];
  if (a.end != b.begin) return false;
  const bool a_word = is_word_kind(a.kind);
  const bool b_word = is_word_kind(b.kind);
  return a_word == b_word && !(b_word && right_starts_word);
}

// The key that groups mentions of one target, into `key`: type, and the folded name, of a
// person only its last word. `buffer` is fold_word's; returns the whole folded name, a view of it.
std::string_view target_key(std::string_view type, std::string_view text, std::string& buffer,
                            std::string& key) {
  const std::string_view folded = fold_word(text, buffer);
  std::string_view grouped = folded;
  if (type == "PER") {
    const std::size_t space = grouped.rfind(' ');
    if (space != std::string_view::npos) grouped.remove_prefix(space + 1);
  }
  key.assign(type);
  key += '\t';
  key += grouped;
  return folded;
}

// The person target a one-word mention names: one of whose name's words it is, the one
// mentioned last where several are ("Conte" after "Giuseppe Conte" and "Antonio Conte"). `people`
// are the targets of type PER; `last_seen` is when each target was last mentioned.
std::optional<std::size_t> person_named(const std::vector<TargetSentiment>& targets,
                                        const std::vector<std::size_t>& people,
                                        const std::vector<std::size_t>& last_seen,
                                        std::string_view type, std::string_view word) {
  if (type != "PER" || word.find(' ') != std::string_view::npos) return std::nullopt;
  std::optional<std::size_t> found;
  for (const std::size_t t : people) {
    const std::string_view name = targets[t].name;
    if (name.size() <= word.size()) continue;  // a longer name holds the word and a space
    if (found && last_seen[t] < last_seen[*found]) continue;
    for (std::size_t at = name.find(word); at != std::string_view::npos;
         at = name.find(word, at + 1)) {
      const bool starts = at == 0 || name[at - 1] == ' ';
      const std::size_t end = at + word.size();
      const bool ends = end == name.size() || name[end] == ' ';
      if (starts && ends) {
        found = t;
        break;
      }
    }
  }
  return found;
}

}  // namespace

void TargetSentiments::start(const Document& document, const WordLists& lists,
                             const PunctuationMarks& marks) {
  document_ = &document;
  lists_ = &lists;
  marks_ = &marks;
  entities_ = document.find_layer("entities");
  ids_.clear();
  next_ = 0;
  targets_.clear();
  people_.clear();
  last_seen_.clear();
  mentions_seen_ = 0;
  surname_owners_.clear();
  sums_.clear();
  keys_.clear();
  nested_ = false;
  if (entities_ == nullptr) return;
  entities_->ids_by_offset(ids_);
  // Sentences that nest or overlap (another plugin's may) are cut into all their clauses: add()
  // passes over a sentence's mentions up to where its last clause begins, which a sentence
  // after it may hold again.
  Offset end = 0;
  for (const Sentence& sentence : document.token_index().sentences()) {
    nested_ = nested_ || sentence.begin < end;
    end = std::max(end, sentence.end);
  }
  // At most one target a mention: sized once, not grown target by target.
  targets_.reserve(ids_.size());
  sums_.reserve(ids_.size());
}

void TargetSentiments::clauses_of(std::span<const Token> tokens, std::span<const Token> masked,
                                  const SentenceWords& words, Offset until) {
  clauses_.clear();
  const auto starts = words.first_tokens;
  std::size_t word = 0;  // the first word that starts at token i or after
  std::size_t first = 0;
  std::size_t first_word = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    while (word < starts.size() && starts[word] < i) ++word;
    if (i == first) first_word = word;
    const Token& token = tokens[i];
    bool ends = false;
    if (token.kind == "punct") {
      ends = is_clause_mark(token.text);
    } else if (lists_->may_be_contrast(token.text)) {
      // Whether the token is a contrast word (most are ruled out above, by their first byte).
      // The sentence's words looked up most tokens alone already: not a name masked, a number,
      // punctuation, or a word a clitic joined.
      const bool looked_up_alone = word < starts.size() && starts[word] == i &&
                                   is_word_kind(token.kind) && !is_neutral_kind(token.kind) &&
                                   masked[i].text.data() == token.text.data() &&
                                   !(i + 1 < tokens.size() && is_word_kind(masked[i + 1].kind) &&
                                     (word + 1 == starts.size() || starts[word + 1] != i + 1));
      if (looked_up_alone) {
        ends = words[word].entry.contrast;
      } else {
        const WordEntry* entry = lists_->find(fold_word(token.text, buffer_));
        ends = entry != nullptr && entry->contrast;
      }
    }
    if (!ends) continue;
    if (i > first) {
      clauses_.push_back({first, i, first_word, word});
      if (tokens[i - 1].end >= until) return;
    }
    first = i + 1;
  }
  if (tokens.size() > first) clauses_.push_back({first, tokens.size(), first_word, starts.size()});
}

std::span<const Word> TargetSentiments::clause_words(std::span<const Token> masked,
                                                     const SentenceWords& words,
                                                     const Clause& clause) {
  const auto starts = [&](std::size_t token, std::size_t word) {
    return word < words.first_tokens.size() && words.first_tokens[word] == token;
  };
  const bool crosses =
      (clause.first > 0 &&
       read_together(masked, clause.first - 1, starts(clause.first, clause.first_word))) ||
      (clause.last < masked.size() &&
       read_together(masked, clause.last - 1, starts(clause.last, clause.last_word)));
  if (crosses) {
    words_of(masked.subspan(clause.first, clause.last - clause.first), *lists_, clause_words_);
    return clause_words_.list();
  }
  return words.list.subspan(clause.first_word, clause.last_word - clause.first_word);
}

void TargetSentiments::add(const Sentence& sentence, std::span<const Token> masked,
                           const SentenceWords& words) {
  if (entities_ == nullptr) return;
  const auto begin_of = [&](std::size_t at) { return entities_->begin(ids_[at]); };
  while (next_ < ids_.size() && begin_of(next_) < sentence.begin) ++next_;
  // Where the last person, place or organisation the sentence names ends: the clauses after it
  // are not cut. Most sentences name no one, and have no clauses to find.
  std::optional<Offset> until;
  for (std::size_t at = next_; at < ids_.size() && begin_of(at) < sentence.end; ++at) {
    if (is_target_type(entities_->type(ids_[at]))) {
      until = std::max(until.value_or(0), entities_->end(ids_[at]));
    }
  }
  if (!until) return;
  const std::span<const Token> tokens = sentence.tokens;
  clauses_of(tokens, masked, words, nested_ ? std::numeric_limits<Offset>::max() : *until);
  for (const Clause& clause : clauses_) {
    const Offset begin = tokens[clause.first].begin;
    const Offset end = tokens[clause.last - 1].end;
    while (next_ < ids_.size() && begin_of(next_) < begin) ++next_;
    std::optional<double> score;  // the clause's, computed once if some target is in it
    for (std::size_t at = next_; at < ids_.size() && entities_->end(ids_[at]) <= end; ++at) {
      if (!is_target_type(entities_->type(ids_[at]))) continue;
      if (!score) {
        word_valences(clause_words(masked, words, clause), *lists_, valences_);
        score = polarity_of(valences_, marks_->emphasis(begin, end)).compound;
      }
      add_mention(ids_[at], *score);
    }
  }
}

void TargetSentiments::add_mention(AnnotationId mention, double score) {
  const std::string_view type = entities_->type(mention);
  const std::string_view text = document_->text(entities_->begin(mention), entities_->end(mention));
  // A bare "Kim" is the "Kim Jong-un" named before.
  std::optional<std::size_t> number = person_named(targets_, people_, last_seen_, type, text);
  if (!number) {
    const std::string_view folded = target_key(type, text, buffer_, key_);
    if (type == "PER") tell_namesakes_apart(folded);
    number = keys_.find_or_add(key_);
  }
  if (*number == targets_.size()) {
    if (type == "PER") people_.push_back(*number);
    targets_.push_back({text, type, mention, 0, 0.0});
    sums_.push_back(0.0);
    last_seen_.push_back(0);
  }
  TargetSentiment& target = targets_[*number];
  if (text.size() > target.name.size()) target.name = text;
  ++target.mentions;
  sums_[*number] += score;
  last_seen_[*number] = ++mentions_seen_;
}

namespace {

// Whether every word of the folded name `a` is a word of `b` ("di maio" of "luigi di maio").
bool words_within(std::string_view a, std::string_view b) {
  for (std::size_t at = 0; at <= a.size();) {
    const std::size_t end = std::min(a.find(' ', at), a.size());
    const std::string_view word = a.substr(at, end - at);
    bool found = false;
    for (std::size_t in = 0; in <= b.size() && !found;) {
      const std::size_t stop = std::min(b.find(' ', in), b.size());
      found = b.substr(in, stop - in) == word;
      in = stop + 1;
    }
    if (!found) return false;
    at = end + 1;
  }
  return true;
}

}  // namespace

void TargetSentiments::tell_namesakes_apart(std::string_view folded) {
  // key_ is "PER\t" and the last word. The first full name with that last word keeps it, and so
  // do a bare surname before it ("Rossi ... Mario Rossi") and names whose words it holds or that
  // hold its words ("Di Maio", "Luigi Di Maio"); another ("Antonio Conte" after "Giuseppe
  // Conte") gets its own name added: two people, two targets.
  const auto [owner, added] = surname_owners_.try_emplace(key_, folded);
  if (added) return;
  std::string& known = owner->second;
  if (known.find(' ') == std::string::npos || words_within(known, folded)) {
    if (folded.size() > known.size()) known = folded;  // the fuller name, to compare with
  } else if (!words_within(folded, known)) {
    key_ += '#';
    key_ += folded;
  }
}

std::span<const TargetSentiment> TargetSentiments::finish() {
  for (std::size_t t = 0; t < targets_.size(); ++t) {
    targets_[t].score = sums_[t] / static_cast<double>(targets_[t].mentions);
  }
  return targets_;
}

}  // namespace strata::sentiment
