#include "citation_output.hpp"

namespace strata::legal::us {
namespace {

std::string_view form_name(Form form) {
  switch (form) {
    case Form::full:
      return "full";
    case Form::short_form:
      return "short";
    case Form::id:
      return "id";
    case Form::supra:
      return "supra";
    case Form::statute:
      return "full";
  }
  return "full";
}

}  // namespace

Citation to_citation(const FoundCite& cite) {
  Citation out;
  out.begin = cite.begin;
  out.end = cite.end;
  const bool statute =
      cite.form == Form::statute || (cite.form == Form::id && cite.statute_antecedent);
  out.type = statute ? "statute" : "case";
  const std::pair<const char*, const std::string*> features[] = {
      {"id", &cite.id},
      {"volume", &cite.volume},
      {"reporter", &cite.reporter},
      {"page", &cite.page},
      {"pin", &cite.pin},
      {"court", &cite.court},
      {"year", &cite.year},
      {"plaintiff", &cite.plaintiff},
      {"defendant", &cite.defendant},
      {"title", &cite.title},
      {"section", &cite.section},
      {"chapter", &cite.chapter},
  };
  for (const auto& [name, value] : features)
    if (!value->empty()) out.features.emplace_back(name, *value);
  out.features.emplace_back("form", std::string(form_name(cite.form)));
  if (!cite.antecedent.empty()) out.features.emplace_back("antecedent", cite.antecedent);
  return out;
}

}  // namespace strata::legal::us
