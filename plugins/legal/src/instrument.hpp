// What a citation's instrument scanner found: the act or acts named, before partitions are added.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "act_kind.hpp"

namespace strata::legal {

// One act, code or treaty named: its identifier without partitions and its features.
struct NamedAct {
  std::string id;  // "urn:nir:stato:legge:1990-08-07;241", "32016R0679", "un-charter"
  std::vector<std::pair<std::string, std::string>> features;  // instrument, date, number, ...
};

// An instrument found in text: where it ends, the citation type and every act it names
// ("nn. 511 e 548" names two).
struct Instrument {
  std::size_t end = 0;
  std::string type;  // legislation, eu, treaty, constitution or code
  std::vector<NamedAct> acts;
  // "del trattato", "della stessa legge": the treaty or act cited last before, which the
  // grammar fills in (`type` says which: treaty, or legislation for an Italian act or code of
  // the type `kind`).
  bool anaphoric = false;
  ActKind kind = ActKind::law;
};

}  // namespace strata::legal
