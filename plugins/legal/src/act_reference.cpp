#include "act_reference.hpp"

#include <array>
#include <string>
#include <utility>

#include "text_scan.hpp"

namespace strata::legal {
namespace {

// The type as written, without dots, spaces, hyphens or capitals, and the kind it names.
constexpr std::array<std::pair<std::string_view, ActKind>, 13> kKinds = {{
    {"legge", ActKind::law},
    {"decretolegge", ActKind::decree_law},
    {"dl", ActKind::decree_law},
    {"decretolegislativo", ActKind::legislative_decree},
    {"dlgs", ActKind::legislative_decree},
    {"dpr", ActKind::presidential_decree},
    {"decretoministeriale", ActKind::ministerial_decree},
    {"dm", ActKind::ministerial_decree},
    {"decreto", ActKind::decree},
    {"regolamento", ActKind::regulation},
    {"codice", ActKind::code},
    {"testounico", ActKind::consolidated_text},
    {"tu", ActKind::consolidated_text},
}};

std::string key_of(std::string_view written) {
  std::string key;
  for (const char c : ascii_lower(written)) {
    if (c != '.' && c != '-' && c != ' ' && c != '\t' && c != '\n') key += c;
  }
  return key;
}

}  // namespace

std::optional<ActReference> scan_act_reference(std::string_view text, std::size_t pos) {
  // Words need their end (\b: "legge", not "leggero"); abbreviations may end with their dot.
  // "t.u." needs its inner dot: "tu" is a word.
  static const RE2 reference(
      "(?:(?:il|lo|la)\\s+)?(?:stess|medesim|citat|predett|suddett|richiamat|menzionat)[oa]\\s+"
      "(?:((?:legge|decreto(?:[-\\s]legge|\\s+legislativo|\\s+ministeriale)?|regolamento|codice|"
      "testo\\s+unico)\\b)|"
      "((?:d\\.?\\s*lgs|d\\.?\\s*l|d\\.?\\s*p\\.?\\s*r|d\\.?\\s*m|t\\.\\s*u)(?:\\.|\\b)))",
      scanner_options());
  std::array<std::string_view, 2> groups;
  const auto end = match_at(reference, text, pos, groups);
  if (!end) return std::nullopt;
  const std::string key = key_of(groups[0].empty() ? groups[1] : groups[0]);
  for (const auto& [written, kind] : kKinds) {
    if (written == key) return ActReference{*end, kind};
  }
  return std::nullopt;
}

}  // namespace strata::legal
