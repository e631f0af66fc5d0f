#include "court_names.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace strata::legal::us {
namespace {

// Bluebook abbreviations of the states (dots and spaces removed) and their postal codes, which
// courts-db uses in federal district court identifiers.
constexpr std::array<std::pair<std::string_view, std::string_view>, 51> kStates = {{
    {"Ala", "al"},  {"Alaska", "ak"}, {"Ariz", "az"},  {"Ark", "ar"},  {"Cal", "ca"},
    {"Colo", "co"}, {"Conn", "ct"},   {"Del", "de"},   {"DC", "dc"},   {"Fla", "fl"},
    {"Ga", "ga"},   {"Haw", "hi"},    {"Idaho", "id"}, {"Ill", "il"},  {"Ind", "in"},
    {"Iowa", "ia"}, {"Kan", "ks"},    {"Ky", "ky"},    {"La", "la"},   {"Me", "me"},
    {"Md", "md"},   {"Mass", "ma"},   {"Mich", "mi"},  {"Minn", "mn"}, {"Miss", "ms"},
    {"Mo", "mo"},   {"Mont", "mt"},   {"Neb", "ne"},   {"Nev", "nv"},  {"NH", "nh"},
    {"NJ", "nj"},   {"NM", "nm"},     {"NY", "ny"},    {"NC", "nc"},   {"ND", "nd"},
    {"Ohio", "oh"}, {"Okla", "ok"},   {"Or", "or"},    {"Pa", "pa"},   {"RI", "ri"},
    {"SC", "sc"},   {"SD", "sd"},     {"Tenn", "tn"},  {"Tex", "tx"},  {"Utah", "ut"},
    {"Vt", "vt"},   {"Va", "va"},     {"Wash", "wa"},  {"WVa", "wv"},  {"Wis", "wi"},
    {"Wyo", "wy"},
}};

// "S. D. N. Y." -> "SDNY": the spelling-independent form rules compare.
std::string squeezed(std::string_view text) {
  std::string out;
  for (const char c : text)
    if (c != '.' && c != ' ') out += c;
  return out;
}

std::string_view postal(std::string_view state) {
  for (const auto& [name, code] : kStates)
    if (name == state) return code;
  return {};
}

std::string tidy(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
  return out;
}

}  // namespace

std::string normalize_court(std::string_view written) {
  const std::string key = squeezed(written);
  if (key.empty()) return {};
  // Circuits: "4th Cir.", "D.C. Cir.", "Fed. Cir."
  if (key.size() > 3 && key.ends_with("Cir")) {
    const std::string_view head = std::string_view(key).substr(0, key.size() - 3);
    if (head == "DC") return "cadc";
    if (head == "Fed") return "cafc";
    std::size_t digits = 0;
    while (digits < head.size() && std::isdigit(static_cast<unsigned char>(head[digits]))) ++digits;
    if (digits > 0) return "ca" + std::string(head.substr(0, digits));
  }
  // "CA5": the Supreme Court's own way to name a circuit.
  if (key.size() > 2 && key.starts_with("CA") &&
      std::all_of(key.begin() + 2, key.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return "ca" + key.substr(2);
  // District courts: "D. Kan.", "S.D.N.Y.", "E.D. Pa."
  const std::string_view view(key);
  const bool district_first = view.starts_with("D");
  const bool direction_first = view.size() > 2 && view[1] == 'D' &&
                               std::string_view("NSEWMC").find(view[0]) != std::string_view::npos;
  if (district_first || direction_first) {
    const std::string_view state = view.substr(direction_first ? 2 : 1);
    if (const auto code = postal(state); !code.empty()) {
      std::string id(code);
      if (direction_first) id += static_cast<char>(std::tolower(view[0]));
      return id + "d";
    }
  }
  return tidy(written);
}

}  // namespace strata::legal::us
