#include "lexicon.hpp"

#include <algorithm>

#include "strata/case_folding.hpp"
#include "strata/error.hpp"

namespace strata::quotations {
namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(Section::count)> kSectionNames = {
    "cues",           "auxiliaries", "adverbs",      "frames",      "roles",
    "pronouns",       "not-speech",  "prepositions", "determiners", "agents",
    "clause-openers", "echoes",      "echo-cues",    "times",       "bare-subjects"};

// "l'agenzia" as the tokenizer cuts it: "l'" then "agenzia".
std::vector<std::string> phrase_tokens(std::string_view phrase) {
  std::vector<std::string> tokens;
  std::size_t at = 0;
  while (at < phrase.size()) {
    while (at < phrase.size() && phrase[at] == ' ') ++at;
    std::size_t end = at;
    while (end < phrase.size() && phrase[end] != ' ') ++end;
    std::string word = fold_token(phrase.substr(at, end - at));
    const std::size_t apostrophe = word.find('\'');
    if (apostrophe != std::string::npos && apostrophe + 1 < word.size()) {
      tokens.push_back(word.substr(0, apostrophe + 1));
      word = word.substr(apostrophe + 1);
    }
    if (!word.empty()) tokens.push_back(std::move(word));
    at = end;
  }
  return tokens;
}

}  // namespace

std::string fold_token(std::string_view token) {
  std::string buffer;
  std::string folded(fold_word(token, buffer));
  for (std::size_t at = folded.find("\u2019"); at != std::string::npos;
       at = folded.find("\u2019", at)) {
    folded.replace(at, 3, "'");
  }
  return folded;
}

void PhraseList::add(std::string_view phrase) {
  std::vector<std::string> tokens = phrase_tokens(phrase);
  if (tokens.empty()) return;
  std::string first = tokens.front();
  by_first_[first].push_back(std::move(tokens));
}

std::size_t PhraseList::match_at(std::span<const std::string_view> folded, std::size_t i) const {
  if (i >= folded.size()) return 0;
  const auto found = by_first_.find(folded[i]);
  if (found == by_first_.end()) return 0;
  std::size_t longest = 0;
  for (const std::vector<std::string>& phrase : found->second) {
    if (phrase.size() <= longest || i + phrase.size() > folded.size()) continue;
    if (std::equal(phrase.begin(), phrase.end(), folded.begin() + static_cast<std::ptrdiff_t>(i))) {
      longest = phrase.size();
    }
  }
  return longest;
}

void Lexicon::add_lines(std::span<const std::string> lines, std::string_view source) {
  PhraseList* list = nullptr;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string_view line = lines[n];
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto where = [&] { return std::string(source) + ":" + std::to_string(n + 1) + ": "; };
    if (line.front() == '[') {
      const auto name =
          std::find(kSectionNames.begin(), kSectionNames.end(), line.substr(1, line.size() - 2));
      if (line.back() != ']' || name == kSectionNames.end()) {
        throw Error(where() + "unknown section '" + std::string(line) + "'");
      }
      list = &lists_[static_cast<std::size_t>(name - kSectionNames.begin())];
      continue;
    }
    if (list == nullptr) throw Error(where() + "a phrase before any [section]");
    list->add(line);
  }
}

}  // namespace strata::quotations
