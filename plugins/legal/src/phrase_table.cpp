#include "phrase_table.hpp"

#include <algorithm>
#include <cctype>

#include "strata/case_folding.hpp"
#include "strata/error.hpp"
#include "text_scan.hpp"

namespace strata::legal {
namespace {

std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> parts;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = line.find(separator, begin);
    parts.push_back(line.substr(begin, end == std::string_view::npos ? end : end - begin));
    if (end == std::string_view::npos) return parts;
    begin = end + 1;
  }
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

bool has_capital(std::string_view phrase) {
  return std::any_of(phrase.begin(), phrase.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::string phrase_key(std::string_view phrase) {
  std::string key;
  for (const char c : fold_case(phrase)) {
    if (c != '.' && c != ' ' && c != '-' && c != '\'' && c != '\t' && c != '\n') key += c;
  }
  // The typographic apostrophe (U+2019) reads as the ASCII one, which is dropped too.
  for (std::size_t at = key.find("\u2019"); at != std::string::npos; at = key.find("\u2019")) {
    key.erase(at, 3);
  }
  return key;
}

std::string phrase_pattern(std::string_view phrase) {
  const auto dots = std::count(phrase.begin(), phrase.end(), '.');
  std::string pattern;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    const bool last = i + 1 == phrase.size();
    if (c == '.' && last) {
      // The last dot may be left out ("DLgs") only where it cannot end a word inside another.
      pattern += dots == 1 ? "\\." : "(?:\\.|\\b)";
    } else if (c == '.') {
      pattern += "(?:\\.\\s*)?";  // spaces only after a dot: "tu e l" is no "t.u.e.l."
    } else if (c == ' ') {
      pattern += "\\s+";
    } else if (c == '-') {
      pattern += "[-\\s]?";
    } else if (c == '\'') {
      pattern += "['\u2019]\\s*";
    } else {
      pattern += RE2::QuoteMeta(std::string(1, c));
    }
  }
  const auto end = static_cast<unsigned char>(phrase.back());
  if (end < 0x80 && std::isalnum(end)) pattern += "\\b";
  return has_capital(phrase) ? "(?-i:" + pattern + ")" : "(?:" + pattern + ")";
}

void PhraseTable::add(std::string_view content, std::string_view source, std::size_t columns,
                      const ValueCheck& check) {
  std::size_t number = 0;
  for (std::string_view line : split(content, '\n')) {
    ++number;
    line = trimmed(line);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = split(line, '\t');
    const std::string where = std::string(source) + ":" + std::to_string(number) + ": ";
    if (fields.size() != columns + 1) {
      throw Error(where + "expected " + std::to_string(columns + 1) +
                  " tab-separated fields, found " + std::to_string(fields.size()));
    }
    const std::string_view phrase = trimmed(fields[0]);
    if (phrase_key(phrase).empty()) throw Error(where + "the phrase is empty");
    std::vector<std::string> values;
    for (std::size_t i = 1; i < fields.size(); ++i) values.emplace_back(trimmed(fields[i]));
    if (check) {
      try {
        check(values);
      } catch (const Error& e) {
        throw Error(where + e.what());
      }
    }
    const std::string pattern = phrase_pattern(phrase);
    const bool word_start = static_cast<unsigned char>(phrase.front()) < 0x80 &&
                            std::isalnum(static_cast<unsigned char>(phrase.front()));
    pattern_ += (pattern_.empty() ? "" : "|") + pattern;
    if (!search_pattern_.empty()) search_pattern_ += '|';
    search_pattern_ += (word_start ? "\\b" : "") + pattern;
    by_key_[phrase_key(phrase)] = std::move(values);
  }
}

void PhraseTable::compile() {
  regex_ =
      std::make_unique<RE2>("(?:" + (pattern_.empty() ? "$^" : pattern_) + ")", scanner_options());
  if (!regex_->ok()) throw Error("bad phrase pattern: " + regex_->error());
}

std::optional<PhraseTable::Match> PhraseTable::match_at(std::string_view text,
                                                        std::size_t pos) const {
  const auto end = legal::match_at(*regex_, text, pos);
  if (!end || (letter_at(text, *end) && letter_before(text, *end))) return std::nullopt;
  std::size_t stop = *end;
  while (stop > pos && (text[stop - 1] == ' ' || text[stop - 1] == '\n')) --stop;
  const auto found = by_key_.find(phrase_key(text.substr(pos, stop - pos)));
  if (found == by_key_.end()) return std::nullopt;
  return Match{stop, &found->second};
}

}  // namespace strata::legal
