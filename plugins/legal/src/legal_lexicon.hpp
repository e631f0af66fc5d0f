// The resource lists the scanners read, loaded once when the plugin is configured.
#pragma once

#include <string_view>

#include "phrase_table.hpp"

namespace strata::legal {

// Act types, issuers, regions and named instruments (README.md describes each file).
struct LegalLexicon {
  PhraseTable act_types;    // phrase -> issuer, type
  PhraseTable issuers;      // phrase -> issuer
  PhraseTable regions;      // phrase -> region name
  PhraseTable instruments;  // phrase -> citation type, id, instrument name

  void compile() {
    act_types.compile();
    issuers.compile();
    regions.compile();
    instruments.compile();
  }
};

// The number of values after the phrase on a line of each list.
inline constexpr std::size_t kActTypeColumns = 2;
inline constexpr std::size_t kIssuerColumns = 1;
inline constexpr std::size_t kRegionColumns = 1;
inline constexpr std::size_t kInstrumentColumns = 3;

}  // namespace strata::legal
