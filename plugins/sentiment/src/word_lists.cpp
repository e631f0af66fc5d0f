#include "word_lists.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "line_reader.hpp"
#include "strata/case_folding.hpp"
#include "strata/error.hpp"

namespace strata::sentiment {
namespace {

std::string folded(std::string_view word) {
  std::string buffer;
  return std::string(fold_word(word, buffer));
}

// The bound of every number the lists hold: a valence (-4..4) or what a booster or idiom gives
// one.
constexpr float kScaleEnd = 4.0F;

// "word<TAB>number": the two parts, or nothing if there is no tab or no number from -4 to 4 after
// it. from_chars reads "nan" and "inf" as numbers: the bounds are written so that NaN fails them.
std::optional<std::pair<std::string_view, float>> word_and_number(std::string_view line) {
  const std::size_t tab = line.rfind('\t');
  if (tab == std::string_view::npos || tab == 0) return std::nullopt;
  std::string_view number = line.substr(tab + 1);
  if (!number.empty() && number.front() == '+') number.remove_prefix(1);
  float value = 0.0F;
  const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (error != std::errc() || end != number.data() + number.size() || number.empty() ||
      !(value >= -kScaleEnd && value <= kScaleEnd)) {
    return std::nullopt;
  }
  return std::pair{line.substr(0, tab), value};
}

}  // namespace

WordEntry& WordLists::entry(std::string_view word) {
  return words_[folded(word)];
}

void WordLists::add_lexicon(std::string_view content, std::string_view source) {
  // Room for a word a line, made once rather than by growing step after step.
  words_.reserve(words_.size() +
                 static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n')) + 1);
  for_each_line(content, source, [&](std::string_view line, const std::string& where) {
    const auto parsed = word_and_number(line);
    if (!parsed) {
      throw Error(where + "expected word<TAB>valence with a valence from -4 to 4, not '" +
                  std::string(line) + "'");
    }
    // Text is looked up a word at a time, so an entry of two words would never be found.
    if (parsed->first.find_first_of(" \t") != std::string_view::npos) {
      throw Error(where + "a lexicon entry is one word, not '" + std::string(parsed->first) +
                  "': text is looked up a word at a time");
    }
    WordEntry& word = entry(parsed->first);
    word.valence = parsed->second;
    word.in_lexicon = true;
  });
}

void WordLists::add_rules(std::string_view content, std::string_view source) {
  std::string section;
  for_each_line(content, source, [&](std::string_view line, const std::string& where) {
    if (line.front() == '[' && line.back() == ']') {
      section = line.substr(1, line.size() - 2);
      return;
    }
    add_rule(section, line, where);
  });
}

void WordLists::add_rule(std::string_view section, std::string_view line,
                         const std::string& where) {
  const auto parsed = word_and_number(line);
  const auto need_number = [&] {
    if (!parsed) {
      throw Error(where + "expected words<TAB>number from -4 to 4, not '" + std::string(line) +
                  "'");
    }
  };
  if (section == "negators") {
    entry(line).negator = true;
  } else if (section == "negator-suffixes") {
    negator_suffixes_.push_back(folded(line));
  } else if (section == "contrast") {
    entry(line).contrast = true;
    const std::string form = folded(line);
    const auto first = static_cast<unsigned char>(form.empty() ? 0 : form.front());
    contrast_initials_[first] = true;
    contrast_initials_[static_cast<unsigned char>(std::toupper(first))] = true;
  } else if (section == "clitics" || section == "articles") {
    entry(line).skipped_in_window = true;
  } else if (section == "n-words") {
    entry(line).n_word = true;
  } else if (section == "determiners") {
    entry(line).determiner = true;
  } else if (section == "verb-senses") {
    entry(line).verb_sense = true;
  } else if (section == "verb-openers") {
    entry(line).verb_opener = true;
  } else if (section == "verb-adverbs") {
    entry(line).verb_adverb = true;
  } else if (section == "decreasers") {
    entry(line).lowers_after = true;
  } else if (section == "falling-words") {
    entry(line).lowers_before = true;
  } else if (section == "negation-reinforcers") {
    entry(line).reinforces_negation = true;
  } else if (section == "name-titles") {
    name_titles_.insert(folded(line));
  } else if (section == "negation-enders") {
    entry(line).ends_negation = true;
  } else if (section == "negation-scope") {
    if (line != "ends-at-a-sentiment-word") {
      throw Error(where + "[negation-scope] knows only 'ends-at-a-sentiment-word', not '" +
                  std::string(line) + "'");
    }
    negation_ends_at_sentiment_word_ = true;
  } else if (section == "boosters") {
    need_number();
    if (parsed->first.find(' ') != std::string_view::npos) {
      add_phrase(parsed->first, {parsed->second, true});
    } else {
      WordEntry& word = entry(parsed->first);
      word.is_booster = true;
      word.booster = parsed->second;
    }
  } else if (section == "idioms") {
    need_number();
    add_phrase(parsed->first, {parsed->second, false});
  } else if (section == "superlatives") {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) throw Error(where + "expected suffix<TAB>endings");
    Superlative superlative{std::string(line.substr(0, tab)), {}};
    for (std::size_t at = tab + 1; at < line.size();) {
      const std::size_t space = std::min(line.find(' ', at), line.size());
      if (space > at) superlative.base_endings.emplace_back(line.substr(at, space - at));
      at = space + 1;
    }
    if (superlative.suffix.size() < 2)
      throw Error(where + "a superlative ending has two letters or more");
    superlative_penults_[static_cast<unsigned char>(superlative.suffix.end()[-2])] = true;
    superlatives_.push_back(std::move(superlative));
  } else {
    throw Error(where + "'" + std::string(line) + "' is in no known [section]");
  }
}

void WordLists::add_phrase(std::string_view phrase, Phrase value) {
  const std::string key = folded(phrase);
  phrases_[key] = value;
  const auto count = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  std::size_t place = 0;
  for (std::size_t at = 0; at < key.size(); ++place) {
    const std::size_t space = std::min(key.find(' ', at), key.size());
    WordEntry& word = words_[key.substr(at, space - at)];
    word.in_phrase = true;
    // The rules read phrases of two and three words only.
    if (count == 2 || count == 3) {
      word.phrase_places |= WordEntry::place_bit(count, place);
      word.ends_idiom = word.ends_idiom || (!value.booster && place + 1 == count);
    }
    at = space + 1;
  }
}

bool WordLists::negates(std::string_view folded_word, const WordEntry* entry) const {
  if (entry != nullptr && entry->negator) return true;
  for (const std::string& suffix : negator_suffixes_) {
    if (folded_word.ends_with(suffix)) return true;
  }
  return false;
}

std::optional<float> WordLists::phrase_booster(std::string_view phrase) const {
  if (phrase.empty()) return std::nullopt;  // the usual case: words in no phrase together
  const auto found = phrases_.find(phrase);
  if (found == phrases_.end() || !found->second.booster) return std::nullopt;
  return found->second.value;
}

std::optional<float> WordLists::idiom(std::string_view phrase) const {
  if (phrase.empty()) return std::nullopt;
  const auto found = phrases_.find(phrase);
  if (found == phrases_.end() || found->second.booster) return std::nullopt;
  return found->second.value;
}

std::optional<float> WordLists::superlative_base(std::string_view folded_word) const {
  if (!may_be_superlative(folded_word)) return std::nullopt;
  for (const Superlative& superlative : superlatives_) {
    if (!folded_word.ends_with(superlative.suffix)) continue;
    std::string_view stem = folded_word.substr(0, folded_word.size() - superlative.suffix.size());
    // ricchissimo and lunghissimo keep an h only to keep the sound before i: ricco, lungo.
    const bool hard = stem.ends_with("ch") || stem.ends_with("gh");
    for (const std::string& ending : superlative.base_endings) {
      for (const std::string_view base_stem :
           {stem, hard ? stem.substr(0, stem.size() - 1) : stem}) {
        const WordEntry* base = find(std::string(base_stem) + ending);
        if (base != nullptr && base->has_valence()) return base->valence;
      }
    }
  }
  return std::nullopt;
}

}  // namespace strata::sentiment
