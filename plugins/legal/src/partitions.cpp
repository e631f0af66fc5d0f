#include "partitions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "text_scan.hpp"

namespace strata::legal {
namespace {

// The Latin adverbs that number inserted partitions: "art. 4-bis", "comma 4-quinquies".
#define STRATA_LATIN                                                                        \
  "bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies|undecies|duodecies|" \
  "terdecies|quaterdecies|quinquiesdecies|sexiesdecies|septiesdecies"

constexpr std::array<std::string_view, 10> kOrdinals = {"primo",  "secondo", "terzo",   "quarto",
                                                        "quinto", "sesto",   "settimo", "ottavo",
                                                        "nono",   "decimo"};

// How a level's values are written.
enum class ValueForm { number, letter, roman, annex };

// A partition keyword: its kind, the words that write it and how its values are written.
struct Keyword {
  std::string_view kind;
  std::string_view words;
  ValueForm form;
};

constexpr std::array<Keyword, 11> kKeywords = {{
    {"tit", "titol[oi]\\s+", ValueForm::roman},
    {"lib", "libr[oi]\\s+", ValueForm::roman},
    {"cap", "capo\\s+", ValueForm::roman},
    {"sez", "sezion[ei]\\s+", ValueForm::roman},
    {"art", "(?:artt?\\.|articol[oi]\\b|articles?\\b|artt?\\b)\\s*", ValueForm::number},
    {"com", "(?:comm[ai]\\b|co\\.|c\\.)\\s*", ValueForm::number},
    {"par", "(?:paragraf[oi]\\b|paragraphs?\\b|parr?\\.|§§?)\\s*", ValueForm::number},
    {"let", "(?:letter[ae]\\b|lett\\.|lett\\b|let\\.)\\s*", ValueForm::letter},
    {"num", "(?:nn?\\.|numer[oi]\\b)\\s*", ValueForm::number},
    {"allegato", "allegat[oi]\\s+", ValueForm::annex},
    {"tabella", "tabell[ae]\\s+", ValueForm::annex},
}};

std::string_view value_pattern(ValueForm form) {
  switch (form) {
    case ValueForm::number:
      return "(\\d+)(?:\\s*[-\u2010\u2013]?\\s*(" STRATA_LATIN "))?\\b\\)?";
    case ValueForm::letter:
      return "([a-z]{1,2})(?:\\s*-?\\s*(" STRATA_LATIN "))?(?:\\)|\\b)";
    case ValueForm::roman:
      return "([IVXLC]+|\\d+)()\\b";
    case ValueForm::annex:
      return "([A-Z0-9]{1,3})()\\b";
  }
  return "";
}

int roman_value(std::string_view roman) {
  int total = 0;
  int previous = 0;
  for (auto it = roman.rbegin(); it != roman.rend(); ++it) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(*it)));
    const int value = c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : c == 'L' ? 50 : 100;
    total += value < previous ? -value : value;
    previous = std::max(previous, value);
  }
  return total;
}

// Whether a value found belongs to something else: "lett. e), c.p.p." (a letter without its
// bracket before a dot is an abbreviation's), "nella lettera al d.P.R." (two letters without a
// bracket are a word), "art. 6, 1° comma" (a number before a degree sign is an ordinal).
bool belongs_elsewhere(ValueForm form, std::string_view text, std::size_t end,
                       std::string_view value) {
  if (form == ValueForm::letter) {
    const bool bracket = text[end - 1] == ')';
    return !bracket && ((end < text.size() && text[end] == '.') || value.size() > 1);
  }
  const std::size_t next = text.find_first_not_of(' ', end);
  return form == ValueForm::number && next != std::string_view::npos &&
         (text.substr(next, 2) == "°" || text.substr(next, 2) == "º");
}

std::string value_of(ValueForm form, std::string_view main, std::string_view latin) {
  if (form == ValueForm::roman && !std::isdigit(static_cast<unsigned char>(main[0]))) {
    return std::to_string(roman_value(main));
  }
  return ascii_lower(main) + ascii_lower(latin);
}

// The regexes of one keyword: the keyword with its first value, and a further value of a list.
struct LevelScanner {
  LevelScanner(const Keyword& word, const std::string& value)
      : keyword(&word),
        first(std::string(word.words) + value, scanner_options()),
        next("\\s*(?:,|\\be\\b|\\bed\\b|\\band\\b)\\s*" + value, scanner_options()) {}
  const Keyword* keyword;
  RE2 first;
  RE2 next;
};

const std::vector<std::unique_ptr<LevelScanner>>& level_scanners() {
  static const auto scanners = [] {
    std::vector<std::unique_ptr<LevelScanner>> all;
    for (const Keyword& keyword : kKeywords) {
      all.push_back(
          std::make_unique<LevelScanner>(keyword, std::string(value_pattern(keyword.form))));
    }
    return all;
  }();
  return scanners;
}

// "quinto comma", "1° comma": an ordinal before the word.
std::optional<std::pair<std::size_t, PartitionLevel>> scan_ordinal_comma(std::string_view text,
                                                                         std::size_t pos) {
  static const RE2 ordinal(
      "(?:(primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|nono|decimo)|(\\d+)\\s*[°º])"
      "\\s+comma\\b",
      scanner_options());
  std::string_view groups[2];
  const auto end = match_at(ordinal, text, pos, groups);
  if (!end) return std::nullopt;
  if (!groups[1].empty()) return std::pair{*end, PartitionLevel{"com", {std::string(groups[1])}}};
  const auto found = std::find(kOrdinals.begin(), kOrdinals.end(), ascii_lower(groups[0]));
  return std::pair{*end, PartitionLevel{"com", {std::to_string(found - kOrdinals.begin() + 1)}}};
}

std::optional<std::pair<std::size_t, PartitionLevel>> scan_level(std::string_view text,
                                                                 std::size_t pos, bool first) {
  if (letter_before(text, pos)) return std::nullopt;
  if (auto ordinal = scan_ordinal_comma(text, pos)) return ordinal;
  std::string_view groups[2];
  for (const auto& scanner : level_scanners()) {
    if (first && scanner->keyword->kind == "num") continue;
    const ValueForm form = scanner->keyword->form;
    auto end = match_at(scanner->first, text, pos, groups);
    if (!end || belongs_elsewhere(form, text, *end, groups[0])) continue;
    PartitionLevel level{std::string(scanner->keyword->kind),
                         {value_of(form, groups[0], groups[1])}};
    for (auto more = match_at(scanner->next, text, *end, groups);
         more && !belongs_elsewhere(form, text, *more, groups[0]);
         more = match_at(scanner->next, text, *end, groups)) {
      level.values.push_back(value_of(form, groups[0], groups[1]));
      end = more;
    }
    // "artt. 1321 e ss. c.c.", "art. 2043 e seguenti": the citation goes on to the act after
    // them, and names the first, as URN:NIR has no partition for "and the ones after".
    static const RE2 following("\\s*(?:e\\s+)?(?:ss|segg|sgg)\\.|\\s*e\\s+seguenti\\b",
                               scanner_options());
    if (form == ValueForm::number) end = match_at(following, text, *end).value_or(*end);
    return std::pair{*end, std::move(level)};
  }
  return std::nullopt;
}

int rank(std::string_view kind) {
  constexpr std::array<std::string_view, 9> kOrder = {"lib", "tit", "cap", "sez", "art",
                                                      "par", "com", "let", "num"};
  const auto found = std::find(kOrder.begin(), kOrder.end(), kind);
  return static_cast<int>(found - kOrder.begin());
}

bool is_annex(std::string_view kind) {
  return kind == "allegato" || kind == "tabella";
}

// "6(1)(f)", as EU acts are cited: a paragraph and a letter in brackets right after an
// article's number. Adds them to `group`; returns where they end.
std::size_t scan_bracketed(std::string_view text, std::size_t pos, PartitionGroup& group) {
  static const RE2 paragraph("\\((\\d+)\\)", scanner_options());
  static const RE2 letter("\\(([a-z]{1,2})\\)", scanner_options());
  std::string_view value[1];
  if (const auto end = match_at(paragraph, text, pos, value)) {
    group.push_back({"par", {std::string(value[0])}});
    pos = *end;
  }
  if (const auto end = match_at(letter, text, pos, value)) {
    group.push_back({"let", {ascii_lower(value[0])}});
    pos = *end;
  }
  return pos;
}

// One group of levels at `pos`, each inside the one before or the other way round ("comma 12
// dell'art. 33"), and where it ends.
std::optional<std::pair<std::size_t, PartitionGroup>> scan_group(std::string_view text,
                                                                 std::size_t pos) {
  // Between levels: a comma, spaces, or "del", "dell'".
  static const RE2 between(
      "\\s*,?\\s*(?:(?:del|dello|della|dei|degli|delle)\\s+|dell['\u2019]\\s*)?",
      scanner_options());
  auto level = scan_level(text, pos, true);
  if (!level) return std::nullopt;
  std::pair<std::size_t, PartitionGroup> found{level->first, {std::move(level->second)}};
  if (found.second.back().kind == "art" && found.second.back().values.size() == 1) {
    found.first = scan_bracketed(text, found.first, found.second);
  }
  while (true) {
    const std::size_t next = match_at(between, text, found.first).value_or(found.first);
    level = scan_level(text, next, is_annex(found.second.back().kind));
    if (!level) return found;
    found.first = level->first;
    found.second.push_back(std::move(level->second));
  }
}

}  // namespace

std::optional<Partitions> scan_partitions(std::string_view text, std::size_t pos) {
  static const RE2 and_word(
      "\\s*,?\\s*(?:e|ed|nonché|and)\\s+(?:(?:il|i|gli|la|le)\\s+|l['’]\\s*)?", scanner_options());
  auto group = scan_group(text, pos);
  if (!group) return std::nullopt;
  Partitions found{group->first, {std::move(group->second)}};
  for (auto next = match_at(and_word, text, found.end); next;
       next = match_at(and_word, text, found.end)) {
    group = scan_group(text, *next);
    if (!group) break;
    PartitionGroup levels;
    for (const PartitionLevel& level : found.groups.back()) {
      if (rank(level.kind) < rank(group->second.front().kind)) levels.push_back(level);
    }
    levels.insert(levels.end(), group->second.begin(), group->second.end());
    found.end = group->first;
    found.groups.push_back(std::move(levels));
  }
  return found;
}

namespace {

// Every path that extends `path` by one value of each level of `levels`, in turn.
std::vector<PartitionPath> extended(const PartitionPath& path,
                                    const std::vector<const PartitionLevel*>& levels) {
  std::vector<PartitionPath> paths{path};
  for (const PartitionLevel* level : levels) {
    std::vector<PartitionPath> longer;
    for (const PartitionPath& shorter : paths) {
      for (const std::string& value : level->values) {
        longer.push_back(shorter);
        longer.back().emplace_back(level->kind, value);
      }
    }
    paths = std::move(longer);
  }
  return paths;
}

}  // namespace

std::vector<PartitionPath> partition_paths(const std::vector<PartitionGroup>& groups) {
  if (groups.empty()) return {PartitionPath{}};
  std::vector<PartitionPath> all;
  for (const PartitionGroup& group : groups) {
    // Levels from the outermost, each with where the text wrote it.
    std::vector<std::size_t> ordered(group.size());
    for (std::size_t i = 0; i < group.size(); ++i) ordered[i] = i;
    std::stable_sort(ordered.begin(), ordered.end(), [&](std::size_t a, std::size_t b) {
      return rank(group[a].kind) < rank(group[b].kind);
    });
    std::vector<PartitionPath> paths(1);
    for (std::size_t k = 0; k < ordered.size(); ++k) {
      const std::size_t at = ordered[k];
      const PartitionLevel& level = group[at];
      // Italian drafting: a level written after a list belongs to its last item ("artt. 2, 13 e
      // 32, secondo comma" is art. 2, art. 13 and art. 32 comma 2); one written before it, to
      // every item ("comma 2 degli artt. 3 e 4").
      std::vector<const PartitionLevel*> inner_before;
      bool inner_after = false;
      for (std::size_t j = k + 1; j < ordered.size(); ++j) {
        if (rank(group[ordered[j]].kind) <= rank(level.kind)) continue;
        if (ordered[j] < at) {
          inner_before.push_back(&group[ordered[j]]);
        } else {
          inner_after = true;
        }
      }
      const bool last_item_only = level.values.size() > 1 && inner_after;
      std::vector<PartitionPath> longer;
      for (const PartitionPath& path : paths) {
        for (std::size_t v = 0; v < level.values.size(); ++v) {
          PartitionPath with_value = path;
          with_value.emplace_back(level.kind, level.values[v]);
          if (last_item_only && v + 1 < level.values.size()) {
            // An earlier item: done, with the levels written before the list only.
            for (PartitionPath& done : extended(with_value, inner_before)) {
              all.push_back(std::move(done));
            }
          } else {
            longer.push_back(std::move(with_value));
          }
        }
      }
      paths = std::move(longer);
    }
    all.insert(all.end(), paths.begin(), paths.end());
  }
  return all;
}

std::string partition_suffix(const PartitionPath& path) {
  std::string annex;
  std::string inner;
  for (const auto& [kind, value] : path) {
    if (is_annex(kind)) {
      annex += ":" + kind + "." + value;
    } else {
      inner += (inner.empty() ? "~" : "-") + kind + value;
    }
  }
  return annex + inner;
}

}  // namespace strata::legal
