// A resource list of phrases with their values, found in text however its dots and spaces fall.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace strata::legal {

// Phrases read from "phrase<TAB>value<TAB>..." lines ('#' comments, blank lines skipped), such
// as act types ("d.lgs." -> stato, decreto.legislativo) or instruments ("c.c." -> a URN:NIR).
// A phrase matches as written but for case (unless it has a capital letter), a dot that may be
// left out or followed by spaces ("d.lgs." finds "D. Lgs." and "DLgs" but not "D Lgs"; the last dot
// of a phrase with one dot only is required, so "cost." does not find "cost"), a hyphen written as
// a space or not at all, and any run of spaces. It must not end inside a word.
class PhraseTable {
 public:
  // What a phrase found stands for: the values of its line.
  struct Match {
    std::size_t end = 0;
    const std::vector<std::string>* values = nullptr;
  };

  // Checks the values of a line; throws Error saying what is wrong with them.
  using ValueCheck = std::function<void(const std::vector<std::string>& values)>;

  PhraseTable() = default;
  // Reads `content`; throws Error "SOURCE:LINE: ..." for a line without `columns` values after
  // the phrase, a phrase that is empty, or values `check` refuses.
  void add(std::string_view content, std::string_view source, std::size_t columns,
           const ValueCheck& check = {});
  // Builds the matcher once every list is added.
  void compile();

  // The longest phrase starting at `pos`, if one does.
  std::optional<Match> match_at(std::string_view text, std::size_t pos) const;
  // The alternation of every phrase, for a pattern that matches any of them where it is asked.
  const std::string& pattern() const { return pattern_; }
  // The same for a pattern that looks for any of them in running text: a phrase that starts
  // with an ASCII letter or digit starts a word there (\b), so that a search does not stop
  // inside every word that holds one.
  const std::string& search_pattern() const { return search_pattern_; }

 private:
  std::unordered_map<std::string, std::vector<std::string>> by_key_;
  std::string pattern_;
  std::string search_pattern_;
  std::unique_ptr<RE2> regex_;
};

// How a phrase is looked up once found: folded case, no dots, spaces, hyphens or apostrophes.
std::string phrase_key(std::string_view phrase);

// The RE2 pattern that finds `phrase` as PhraseTable describes.
std::string phrase_pattern(std::string_view phrase);

}  // namespace strata::legal
