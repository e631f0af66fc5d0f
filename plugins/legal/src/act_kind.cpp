#include "act_kind.hpp"

#include <string>
#include <utility>

#include "instrument.hpp"

namespace strata::legal {
namespace {

// The issuer and the type of a URN:NIR, "urn:nir:ISSUER:TYPE:DATE;NUMBER"; empty for other ids.
std::pair<std::string_view, std::string_view> urn_issuer_and_type(std::string_view id) {
  constexpr std::string_view kPrefix = "urn:nir:";
  if (!id.starts_with(kPrefix)) return {};
  id.remove_prefix(kPrefix.size());
  const std::size_t colon = id.find(':');
  if (colon == std::string_view::npos) return {};
  const std::string_view issuer = id.substr(0, colon);
  const std::string_view rest = id.substr(colon + 1);
  return {issuer, rest.substr(0, rest.find(':'))};
}

std::string_view instrument_name(const NamedAct& act) {
  for (const auto& [name, value] : act.features) {
    if (name == "instrument") return value;
  }
  return {};
}

// Whether the dotted URN:NIR type holds `part` as whole words: "regio.decreto.legge" holds
// "decreto.legge" and "decreto", not "legge.costituzionale".
bool holds(std::string_view urn_type, std::string_view part) {
  const std::string dotted = "." + std::string(urn_type) + ".";
  return dotted.find("." + std::string(part) + ".") != std::string::npos;
}

}  // namespace

bool is_of_kind(ActKind kind, std::string_view type, const NamedAct& act) {
  const auto [issuer, urn_type] = urn_issuer_and_type(act.id);
  const std::string_view name = instrument_name(act);
  switch (kind) {
    case ActKind::law:
      return urn_type == "legge" || urn_type.starts_with("legge.");
    case ActKind::decree_law:
      return holds(urn_type, "decreto.legge");
    case ActKind::legislative_decree:
      return holds(urn_type, "decreto.legislativo");
    case ActKind::presidential_decree:
      return issuer == "presidente.repubblica" && urn_type == "decreto";
    case ActKind::ministerial_decree:
      return issuer.starts_with("ministero.") && urn_type == "decreto";
    case ActKind::decree:
      return holds(urn_type, "decreto");
    case ActKind::regulation:
      return holds(urn_type, "regolamento");
    case ActKind::code:
      return type == "code" || name.starts_with("codice ");
    case ActKind::consolidated_text:
      return urn_type == "testo.unico" || name.starts_with("testo unico");
  }
  return false;
}

}  // namespace strata::legal
