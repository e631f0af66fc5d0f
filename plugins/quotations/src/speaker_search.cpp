// The speaker lookups of Attributor: entities, roles, pronouns and names around a cue.
#include <algorithm>
#include <string_view>

#include "attribution.hpp"

namespace strata::quotations {
namespace {

// How far a speaker may stand from its cue, in tokens: "ha spiegato il ministro degli Esteri
// Rossi", "Kim Jong-un, che in serata ha dichiarato".
constexpr std::size_t kWordsAfterCue = 6;
constexpr std::size_t kWordsBeforeCue = 10;
// How far back, in tokens, a pronoun, a role noun or a quote without a cue looks for the
// person it stands for: about three sentences of news.
constexpr std::size_t kResolutionReach = 90;

}  // namespace

std::optional<std::size_t> Attributor::entity_at(std::size_t i) const {
  const auto& entities = document_.entities;
  const auto found = std::upper_bound(
      entities.begin(), entities.end(), i,
      [](std::size_t token, const SpeakerEntity& e) { return token < e.tokens.first; });
  if (found == entities.begin()) return std::nullopt;
  const auto index = static_cast<std::size_t>(found - entities.begin()) - 1;
  if (i >= entities[index].tokens.last) return std::nullopt;
  return index;
}

std::optional<std::size_t> Attributor::entity_ending_before(std::size_t i,
                                                            std::size_t limit) const {
  for (std::size_t j = i; j > limit; --j) {
    if (const std::optional<std::size_t> entity = entity_at(j - 1)) return entity;
  }
  return std::nullopt;
}

std::optional<std::size_t> Attributor::latest_speaker(std::size_t before) const {
  // The person named last before `before`, unless the last quote's speaker came later; only
  // within a few sentences, as a reader would resolve "lui" or a quote without a cue. Names
  // inside quotes are what speakers talk about ("lunga vita ad Allah"), not them.
  const std::size_t floor = before > kResolutionReach ? before - kResolutionReach : 0;
  std::optional<std::size_t> person;
  for (std::size_t j = before; j > floor && !person; --j) {
    const std::optional<std::size_t> entity = entity_at(j - 1);
    if (entity && document_.entities[*entity].person &&
        document_.quoted[document_.entities[*entity].tokens.first] == 0) {
      person = entity;
    }
  }
  if (!last_speaker_ || document_.entities[*last_speaker_].tokens.first < floor) return person;
  if (!person) return last_speaker_;
  return document_.entities[*last_speaker_].tokens.first > document_.entities[*person].tokens.first
             ? last_speaker_
             : person;
}

bool Attributor::may_be_subject(std::size_t entity) const {
  const std::size_t first = document_.entities[entity].tokens.first;
  if (first == 0) return true;
  if (lexicon_[Section::prepositions].match_at(document_.folded, first - 1) == 1) return false;
  // The object of a participle: "ha ringraziato Kim", "ha descritto Putin".
  const std::string_view before = document_.folded[first - 1];
  if (before.size() <= 4) return true;
  for (const std::string_view ending : {"ato", "ata", "ito", "ita", "uto", "tto", "sso", "sto"}) {
    if (before.ends_with(ending)) return false;
  }
  return true;
}

bool Attributor::speaker_after(std::size_t i, std::size_t end, Attribution& found) const {
  const std::size_t limit = std::min(end, i + kWordsAfterCue);
  // "ha spiegato il ministro Rossi", but not "ha chiesto una revisione delle Nazioni Unite"
  // nor "ha aggiunto che Mosca...", where the reported words begin.
  for (std::size_t j = i; j < limit && !document_.punctuation[j] &&
                          lexicon_[Section::prepositions].match_at(document_.folded, j) == 0 &&
                          lexicon_[Section::clause_openers].match_at(document_.folded, j) == 0;
       ++j) {
    if (const std::optional<std::size_t> entity = entity_at(j)) {
      found.speaker = document_.entities[*entity].tokens;
      found.entity = entity;
      return true;
    }
  }
  for (const Section section : {Section::roles, Section::pronouns}) {
    const std::size_t n = i < end ? lexicon_[section].match_at(document_.folded, i) : 0;
    if (n == 0) continue;
    // "il presidente della Fondazione, Antonella Mansi": a role's own name a few words on.
    const std::size_t reach = std::min(end, i + n + kWordsAfterCue);
    for (std::size_t j = i + n; section == Section::roles && j < reach; ++j) {
      const std::optional<std::size_t> entity = entity_at(j);
      if (entity && document_.entities[*entity].person) {
        found.speaker = document_.entities[*entity].tokens;
        found.entity = entity;
        return true;
      }
    }
    // "il sindaco Sala": a capitalised name right after the role, which no entity covers.
    if (section == Section::roles && name_after(i + n, end, found)) return true;
    found.speaker = {i, i + n};
    found.entity = latest_speaker(i);
    return true;
  }
  return false;
}

bool Attributor::name_after(std::size_t i, std::size_t end, Attribution& found) const {
  // "said coach Jurgen Klopp", "ha detto l'economista..." no: up to two words in small letters
  // before the name, none a function word, when the name then ends the clause.
  std::size_t start = i;
  while (start < end && start < i + 2 && document_.capitalised[start] == 0 &&
         !document_.punctuation[start] && is_plain_word(start)) {
    ++start;
  }
  std::size_t j = start;
  while (j < end && j < start + 3 && document_.capitalised[j] != 0 && !document_.punctuation[j]) {
    ++j;
  }
  // A pronoun, or a weekday or month ("said police Tuesday"), names nobody.
  if (j == start || lexicon_[Section::pronouns].match_at(document_.folded, start) > 0 ||
      lexicon_[Section::times].match_at(document_.folded, start) > 0) {
    return false;
  }
  if (start > i && j < end && !document_.punctuation[j]) return false;
  found.speaker = {start, j};
  found.named = true;
  return true;
}

bool Attributor::is_plain_word(std::size_t i) const {
  for (const Section section : {Section::prepositions, Section::determiners,
                                Section::clause_openers, Section::pronouns, Section::times}) {
    if (lexicon_[section].match_at(document_.folded, i) > 0) return false;
  }
  return cue_at(i) == 0;
}

bool Attributor::unnamed_subject_before(std::size_t begin, std::size_t cue,
                                        Attribution& found) const {
  // "«...», a spokesman for the ministry said": an article, then up to five words to the cue.
  if (cue <= begin + 1 || cue - begin > 6 ||
      lexicon_[Section::determiners].match_at(document_.folded, begin) == 0) {
    return false;
  }
  found.speaker = {begin, cue};
  return true;
}

bool Attributor::unnamed_subject_after(std::size_t i, std::size_t end, Attribution& found) const {
  if (i >= end) return false;
  if (lexicon_[Section::determiners].match_at(document_.folded, i) == 0) {
    return bare_subject_after(i, end, found);
  }
  // The subject closes the clause ("hanno detto i suoi collaboratori."); a phrase that goes on
  // is the verb's object ("ricordando la recente tragedia nel porto di Genova").
  std::size_t j = i + 1;
  while (j < end && j < i + 4 && !document_.punctuation[j]) {
    // "ha detto il giorno dopo", "la scorsa settimana", "said the next morning": when, not who;
    // a time word third after the article, or capitalised, leaves the subject ("il sindaco
    // ieri sera", "a Times reporter").
    if (j <= i + 2 && document_.capitalised[j] == 0 &&
        lexicon_[Section::times].match_at(document_.folded, j) > 0) {
      return false;
    }
    ++j;
  }
  if (j == i + 1 || (j < end && !document_.punctuation[j])) return false;
  found.speaker = {i, j};
  return true;
}

bool Attributor::bare_subject_after(std::size_t i, std::size_t end, Attribution& found) const {
  // "said police Tuesday", "said officials": a word of [bare-subjects] without an article, then
  // at most a time word, closing the clause. Only listed words: after an Italian cue the word is
  // more often how it was said ("ha detto sorridendo").
  const std::size_t n = i < end && document_.capitalised[i] == 0
                            ? lexicon_[Section::bare_subjects].match_at(document_.folded, i)
                            : 0;
  if (n == 0) return false;
  std::size_t close = i + n;
  if (close < end && !document_.punctuation[close] &&
      lexicon_[Section::times].match_at(document_.folded, close) > 0) {
    ++close;
  }
  if (close < end && !document_.punctuation[close]) return false;
  found.speaker = {i, i + n};
  return true;
}

bool Attributor::name_before(std::size_t cue, std::size_t begin, Attribution& found) const {
  std::size_t j = cue;
  while (j > begin && j + 3 > cue && document_.capitalised[j - 1] != 0 &&
         !document_.punctuation[j - 1]) {
    --j;
  }
  if (j == cue || lexicon_[Section::pronouns].match_at(document_.folded, j) > 0) return false;
  found.speaker = {j, cue};
  found.named = true;
  return true;
}

bool Attributor::speaker_before(std::size_t cue, std::size_t begin, Attribution& found) const {
  const std::size_t limit = cue > begin + kWordsBeforeCue ? cue - kWordsBeforeCue : begin;
  // "con Kim Jong-un, che ha espresso": the relative's antecedent, even after a preposition.
  if (cue >= begin + 3 && lexicon_[Section::clause_openers].match_at(document_.folded, cue - 1) &&
      document_.punctuation[cue - 2] != 0) {
    if (const std::optional<std::size_t> entity = entity_at(cue - 3)) {
      found.speaker = document_.entities[*entity].tokens;
      found.entity = entity;
      return true;
    }
  }
  // People speak more often than bodies and places: "Andrew Kirkwood, che dirige Save the
  // Children in Birmania, dice" is Kirkwood's. The nearest person in the sentence that may be
  // the subject, if any.
  for (std::size_t j = cue; j > begin; --j) {
    const std::optional<std::size_t> entity = entity_at(j - 1);
    if (!entity) continue;
    j = document_.entities[*entity].tokens.first + 1;
    if (document_.entities[*entity].person && may_be_subject(*entity)) {
      found.speaker = document_.entities[*entity].tokens;
      found.entity = entity;
      return true;
    }
  }
  for (std::size_t j = cue; j > limit; --j) {
    for (const Section section : {Section::roles, Section::pronouns}) {
      // A role or pronoun nearer than any entity: "il ministro ha detto".
      for (std::size_t start = limit; start < j; ++start) {
        const std::size_t n = lexicon_[section].match_at(document_.folded, start);
        if (n > 0 && start + n == j && !entity_at(j - 1)) {
          found.speaker = {start, j};
          found.entity = latest_speaker(start);
          return true;
        }
      }
    }
    if (const std::optional<std::size_t> entity = entity_at(j - 1)) {
      if (!may_be_subject(*entity)) {
        j = document_.entities[*entity].tokens.first + 1;  // skip the rest of it
        continue;
      }
      found.speaker = document_.entities[*entity].tokens;
      found.entity = entity;
      return true;
    }
  }
  return false;
}

}  // namespace strata::quotations
