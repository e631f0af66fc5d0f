#include "entity_targets.hpp"

#include <algorithm>
#include <map>

#include "polarity.hpp"
#include "strata/case_folding.hpp"
#include "valences.hpp"
#include "words.hpp"

namespace strata::sentiment {
namespace {

// A sentence's tokens [first, last) between clause boundaries.
struct Clause {
  std::size_t first;
  std::size_t last;
};

bool ends_clause(const Token& token, const WordLists& lists, std::string& buffer) {
  if (token.kind == "punct") {
    return token.text == "," || token.text == ";" || token.text == ":" || token.text == "(" ||
           token.text == ")";
  }
  const WordEntry* entry = lists.find(fold_word(token.text, buffer));
  return entry != nullptr && entry->contrast;
}

// The clauses of one sentence, in order.
std::vector<Clause> clauses_of(std::span<const Token> tokens, const WordLists& lists) {
  std::vector<Clause> clauses;
  std::string buffer;  // for fold_word
  std::size_t first = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!ends_clause(tokens[i], lists, buffer)) continue;
    if (i > first) clauses.push_back({first, i});
    first = i + 1;
  }
  if (tokens.size() > first) clauses.push_back({first, tokens.size()});
  return clauses;
}

// The key that groups mentions of one target: type, and for a person the folded last word.
std::string target_key(std::string_view type, std::string_view text) {
  std::string buffer;
  std::string folded(fold_word(text, buffer));
  if (type == "PER") {
    const std::size_t space = folded.rfind(' ');
    if (space != std::string::npos) folded = folded.substr(space + 1);
  }
  return std::string(type) + '\t' + folded;
}

// The person target a one-word mention names: one of whose name's words it is.
std::optional<std::size_t> person_named(const std::vector<TargetSentiment>& targets,
                                        std::string_view type, std::string_view word) {
  if (type != "PER" || word.find(' ') != std::string_view::npos) return std::nullopt;
  for (std::size_t t = 0; t < targets.size(); ++t) {
    const std::string& name = targets[t].name;
    if (targets[t].type != "PER" || name.size() == word.size()) continue;
    for (std::size_t at = name.find(word); at != std::string::npos; at = name.find(word, at + 1)) {
      const bool starts = at == 0 || name[at - 1] == ' ';
      const std::size_t end = at + word.size();
      const bool ends = end == name.size() || name[end] == ' ';
      if (starts && ends) return t;
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<TargetSentiment> target_sentiments(const Document& document, const TokenIndex& index,
                                               const WordLists& lists, const NameMask& names) {
  std::vector<TargetSentiment> targets;
  const Layer* entities = document.find_layer("entities");
  if (entities == nullptr) return targets;
  std::map<std::string, std::size_t> by_key;  // → index in targets
  std::vector<double> sums;
  const std::vector<AnnotationId> ids = entities->ids_by_offset();
  auto next = ids.begin();
  std::vector<Token> masked;
  for (const Sentence& sentence : index.sentences()) {
    while (next != ids.end() && entities->begin(*next) < sentence.begin) ++next;
    // Most sentences name no one: no clauses to find in them.
    if (next == ids.end() || entities->begin(*next) >= sentence.end) continue;
    const std::span<const Token> tokens = sentence.tokens;
    for (const Clause& clause : clauses_of(tokens, lists)) {
      const Offset begin = tokens[clause.first].begin;
      const Offset end = tokens[clause.last - 1].end;
      while (next != ids.end() && entities->begin(*next) < begin) ++next;
      std::optional<double> score;  // the clause's, computed once if some target is in it
      for (auto it = next; it != ids.end() && entities->end(*it) <= end; ++it) {
        const std::string_view type = entities->type(*it);
        if (type != "PER" && type != "LOC" && type != "ORG") continue;
        if (!score) {
          const std::span<const Token> words =
              tokens.subspan(clause.first, clause.last - clause.first);
          const std::vector<double> valences =
              word_valences(words_of(names.apply(words, masked), lists), lists);
          score = polarity_of(valences, punctuation_emphasis(document.text(begin, end))).compound;
        }
        const std::string_view text = document.text(entities->begin(*it), entities->end(*it));
        std::string key = target_key(type, text);
        // A bare "Kim" is the "Kim Jong-un" named before.
        if (const std::optional<std::size_t> known = person_named(targets, type, text)) {
          key = target_key(type, targets[*known].name);
        }
        const auto [found, added] = by_key.emplace(key, targets.size());
        if (added) {
          targets.push_back({std::string(text), std::string(type), *it, 0, 0.0});
          sums.push_back(0.0);
        }
        TargetSentiment& target = targets[found->second];
        if (text.size() > target.name.size()) target.name = std::string(text);
        ++target.mentions;
        sums[found->second] += *score;
      }
    }
  }
  for (std::size_t t = 0; t < targets.size(); ++t) {
    targets[t].score = sums[t] / static_cast<double>(targets[t].mentions);
  }
  return targets;
}

}  // namespace strata::sentiment
