// The types of Italian act that a later phrase can name again: "la stessa legge", "il citato
// d.lgs.", "il medesimo codice".
#pragma once

#include <cstddef>
#include <string_view>

namespace strata::legal {

struct NamedAct;

// The types of act such a phrase can name. A phrase refers to the act of its type cited last.
enum class ActKind {
  law,                  // legge: also a constitutional or regional law
  decree_law,           // decreto-legge, d.l.
  legislative_decree,   // decreto legislativo, d.lgs.
  presidential_decree,  // d.P.R.
  ministerial_decree,   // decreto ministeriale, d.m.
  decree,               // decreto: a decree of any kind
  regulation,           // regolamento (Italian)
  code,                 // codice: the codes, and acts named as codes ("codice della strada")
  consolidated_text,    // testo unico, t.u.
};
inline constexpr std::size_t kActKinds = 9;

// Whether `act`, of citation type `type` (legislation, code or constitution), is of `kind`: read
// from its URN:NIR (issuer and type) and, for codes and consolidated texts known by a name, from
// its instrument name.
bool is_of_kind(ActKind kind, std::string_view type, const NamedAct& act);

}  // namespace strata::legal
