#include "named_treaty.hpp"

#include <re2/re2.h>

#include "text_scan.hpp"

namespace strata::legal {
namespace {

// Case matters for the parties (capitalised names), so these options ignore it only where the
// pattern says (?i).
RE2::Options case_sensitive_options() {
  RE2::Options options = scanner_options();
  options.set_case_sensitive(true);
  return options;
}

const RE2& named_treaty() {
  // A party: capitalised words, with del/della/di/of/the inside ("Corea del Nord").
  static const std::string party =
      "(?:(?:il|lo|la|l['\u2019]|the)\\s*)?\\p{Lu}[\\pL\\-]*"
      "(?:\\s+(?:(?:del|della|dei|delle|di|de|of|the)\\s+)?\\p{Lu}[\\pL\\-]*)*";
  static const RE2 pattern(
      "(?i:trattato|accordo|patto|convenzione|protocollo|treaty|agreement|pact|convention)"
      "\\s+(?:di|del|della|dello|sul|sulla|sullo|sui|per|on|of)\\s+"
      "(?:\\p{Ll}[\\pL\\-]*\\s+){0,4}\\p{Ll}[\\pL\\-]*"
      "\\s+(?:tra|fra|between)\\s+" +
          party + "\\s+(?:e|and)\\s+" + party,
      case_sensitive_options());
  return pattern;
}

}  // namespace

std::optional<Instrument> scan_named_treaty(std::string_view text, std::size_t pos) {
  const auto end = match_at(named_treaty(), text, pos);
  if (!end) return std::nullopt;
  const std::string_view name = text.substr(pos, *end - pos);
  return Instrument{
      *end, "treaty", {{document_local_id(name), {{"instrument", std::string(name)}}}}, false};
}

std::string document_local_id(std::string_view name) {
  std::string id = "doc:";
  bool dash = false;
  for (const char c : ascii_lower(name)) {
    // Bytes of non-ASCII letters are kept as they are.
    const bool kept =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (!kept) {
      dash = id.size() > 4;
      continue;
    }
    if (dash) id += '-';
    id += c;
    dash = false;
  }
  return id;
}

}  // namespace strata::legal
