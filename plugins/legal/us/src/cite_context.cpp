#include "cite_context.hpp"

#include <cctype>
#include <charconv>

#include "case_name.hpp"
#include "cite_format.hpp"
#include "cite_tail.hpp"
#include "court_names.hpp"

namespace strata::legal::us {
namespace {

// Only commas, spaces and an opening bracket between two full cites: the second is a parallel
// cite of the same case ("1 U.S. 12, 1 S. Ct. 2", "154 Cal.App.4th 547, 558 [66 Cal.Rptr.3d 1]").
bool only_joins(std::string_view gap) {
  for (const char c : gap)
    if (!std::isspace(static_cast<unsigned char>(c)) && c != ',' && c != '[' && c != '(')
      return false;
  return true;
}

int as_year(const std::string& text) {
  int year = 0;
  std::from_chars(text.data(), text.data() + text.size(), year);
  return year;
}

// The edition whose years hold the cite's year ("W.2d" in 1854 is not Wash. 2d), else the first.
const TemplateRecord* edition_for(const FoundCite& cite) {
  const int year = as_year(cite.year);
  if (year == 0 || cite.alternatives.empty()) return cite.record;
  auto fits = [year](const TemplateRecord* r) {
    return (r->start_year == 0 || r->start_year <= year) &&
           (r->end_year == 0 || year <= r->end_year);
  };
  if (fits(cite.record)) return cite.record;
  for (const auto* alternative : cite.alternatives)
    if (fits(alternative)) return alternative;
  return cite.record;
}

void read_full(std::string_view text, std::vector<FoundCite>& cites, std::size_t i,
               std::size_t& group_start) {
  FoundCite& cite = cites[i];
  const std::size_t limit = i + 1 < cites.size() ? cites[i + 1].begin : text.size();
  if (group_start == i) {
    const std::size_t floor = i > 0 ? cites[i - 1].end : 0;
    const CaseName name = read_case_name(text, cite.begin, floor);
    cite.plaintiff = name.plaintiff;
    cite.defendant = name.defendant;
    if (cite.year.empty()) cite.year = name.year;
    if (name.found) cite.begin = name.begin;
  } else {
    cite.plaintiff = cites[group_start].plaintiff;
    cite.defendant = cites[group_start].defendant;
    cite.year = cites[group_start].year;
  }
  const Tail pin = read_pin(text, cite.core_end, limit);
  cite.pin = pin.text;
  cite.end = pin.end;
  const bool parallel = i + 1 < cites.size() && cites[i + 1].form == Form::full &&
                        only_joins(text.substr(cite.end, limit - cite.end));
  if (parallel) return;  // the parenthetical after the last parallel cite speaks for all
  const Tail paren = read_court_year(text, cite.end, limit);
  if (paren.end > cite.end) {
    cite.end = paren.end;
    for (std::size_t j = group_start; j <= i; ++j) {
      cites[j].court = normalize_court(paren.court);
      cites[j].year = paren.year;
    }
  }
  group_start = i + 1;
}

void read_short(std::string_view text, std::vector<FoundCite>& cites, std::size_t i) {
  FoundCite& cite = cites[i];
  const std::size_t limit = i + 1 < cites.size() ? cites[i + 1].begin : text.size();
  const Tail range = read_page_range(text, cite.core_end, limit);
  cite.pin = cite.page + range.text;
  cite.page.clear();  // "at 5" is a pin; the case's first page is the antecedent's
  cite.end = range.end;
  if (cite.name_guess.empty()) {
    std::size_t ignored = 0;
    cite.name_guess = name_before(text, cite.begin, i > 0 ? cites[i - 1].end : 0, ignored);
  }
}

void read_statute(std::string_view text, std::vector<FoundCite>& cites, std::size_t i) {
  FoundCite& cite = cites[i];
  const std::size_t limit = i + 1 < cites.size() ? cites[i + 1].begin : text.size();
  const Tail subsections = read_subsections(text, cite.core_end, limit);
  cite.pin = subsections.text;
  cite.end = subsections.end;
  const Tail paren = read_court_year(text, cite.end, limit);
  if (paren.end > cite.end) {
    cite.end = paren.end;
    if (cite.year.empty()) cite.year = paren.year;
  }
}

}  // namespace

void read_context(std::string_view text, std::vector<FoundCite>& cites) {
  std::size_t group_start = 0;  // first cite of the current parallel group
  for (std::size_t i = 0; i < cites.size(); ++i) {
    if (cites[i].form != Form::full) group_start = i + 1;
    if (cites[i].form == Form::full) read_full(text, cites, i, group_start);
    if (cites[i].form == Form::short_form) read_short(text, cites, i);
    if (cites[i].form == Form::statute) read_statute(text, cites, i);
  }
  for (auto& cite : cites) {
    if (!cite.record) continue;
    const TemplateRecord* edition = edition_for(cite);
    if (*edition->reporter) cite.reporter = edition->reporter;
    if (cite.form == Form::full) {
      if (cite.court.empty()) cite.court = edition->court;
      cite.id = format_cite(edition->format, cite);
    }
    if (cite.form == Form::statute) {
      cite.id = *edition->format
                    ? format_cite(edition->format, cite)
                    : collapse_spaces(text.substr(cite.begin, cite.core_end - cite.begin));
    }
  }
}

}  // namespace strata::legal::us
