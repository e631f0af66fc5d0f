#include "citation_finder.hpp"

#include <algorithm>

#include "antecedents.hpp"
#include "citation_output.hpp"
#include "cite_context.hpp"
#include "match_selection.hpp"
#include "short_forms.hpp"
#include "template_set.hpp"

namespace strata::legal::us {
namespace {

// A supra right before a short form is the short form's case name ("Kaiser Foundation, supra,
// 13 Cal.App.5th at 1146"): the two make one citation.
constexpr std::size_t kSupraToShortForm = 4;

// Adds Id. and supra cites to the template cites (sorted); those inside a template cite go.
void merge(std::vector<FoundCite>& cites, std::vector<FoundCite> others) {
  std::vector<FoundCite> kept;
  for (auto& other : others) {
    auto next =
        std::lower_bound(cites.begin(), cites.end(), other.begin,
                         [](const FoundCite& cite, std::size_t at) { return cite.begin < at; });
    const bool inside = (next != cites.end() && next->begin < other.core_end) ||
                        (next != cites.begin() && std::prev(next)->end > other.begin);
    if (inside) continue;
    if (other.form == Form::supra && next != cites.end() && next->form == Form::short_form &&
        next->begin <= other.core_end + kSupraToShortForm) {
      next->name_guess = other.name_guess;
      next->begin = other.begin;
      continue;
    }
    other.end = std::min(other.end, next != cites.end() ? next->begin : other.end);
    kept.push_back(std::move(other));
  }
  const auto middle = cites.insert(cites.end(), kept.begin(), kept.end());
  std::inplace_merge(cites.begin(), middle, cites.end(),
                     [](const FoundCite& a, const FoundCite& b) { return a.begin < b.begin; });
}

}  // namespace

CitationFinder::CitationFinder()
    : templates_(std::make_unique<TemplateSet>(kGeneratedTemplates, kGeneratedTemplateCount)) {}

CitationFinder::~CitationFinder() = default;

std::vector<Citation> CitationFinder::find(std::string_view text) const {
  auto cites = select_matches(templates_->match(text));
  merge(cites, find_ids_and_supras(text));
  read_context(text, cites);
  resolve_antecedents(cites);
  std::vector<Citation> out;
  out.reserve(cites.size());
  for (const auto& cite : cites) out.push_back(to_citation(cite));
  return out;
}

std::size_t CitationFinder::template_count() const {
  return templates_->size();
}

std::size_t CitationFinder::key_count() const {
  return templates_->key_count();
}

std::size_t CitationFinder::compile_all() const {
  return templates_->compile_all();
}

}  // namespace strata::legal::us
