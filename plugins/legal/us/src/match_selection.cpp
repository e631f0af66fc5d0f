#include "match_selection.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "cite_format.hpp"

namespace strata::legal::us {
namespace {

FoundCite from_match(const TemplateMatch& match) {
  FoundCite cite;
  const std::string_view kind = match.record->kind;
  cite.form = kind == "statute" ? Form::statute : kind == "short" ? Form::short_form : Form::full;
  cite.begin = match.begin;
  cite.end = cite.core_end = match.end;
  cite.record = match.record;
  cite.alternatives = match.alternatives;
  cite.reporter_found = match.group("reporter");
  // Codes whose reporter the pattern spells ("Cal. Civ. Code") keep it as found.
  cite.reporter = *match.record->reporter ? std::string(match.record->reporter)
                                          : collapse_spaces(cite.reporter_found);
  cite.volume = match.group("volume");
  cite.page = match.group("page");
  // A blank page ("1 U.S. ___") is a cite whose page is not known yet.
  if (!cite.page.empty() && !std::isdigit(static_cast<unsigned char>(cite.page[0])))
    cite.page.clear();
  cite.title = match.group("title");
  cite.section = match.group("section");
  cite.chapter = match.group("chapter");
  cite.year = match.group("year");
  cite.subject = match.group("subject");
  return cite;
}

}  // namespace

std::vector<FoundCite> select_matches(std::vector<TemplateMatch> matches) {
  std::stable_sort(matches.begin(), matches.end(),
                   [](const TemplateMatch& a, const TemplateMatch& b) {
                     return a.end - a.begin > b.end - b.begin;
                   });
  // Kept matches by where they begin; they never overlap, so neighbours suffice to check.
  std::map<std::size_t, TemplateMatch> kept;
  for (auto& match : matches) {
    auto after = kept.lower_bound(match.begin);
    if (after != kept.end() && after->first == match.begin && after->second.end == match.end) {
      after->second.alternatives.push_back(match.record);
      continue;
    }
    if (after != kept.end() && after->first < match.end) continue;
    if (after != kept.begin() && std::prev(after)->second.end > match.begin) continue;
    kept.emplace(match.begin, std::move(match));
  }
  std::vector<FoundCite> cites;
  for (const auto& [begin, match] : kept) cites.push_back(from_match(match));
  return cites;
}

}  // namespace strata::legal::us
