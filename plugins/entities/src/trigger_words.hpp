// Words that announce or build a name: titles before people, heads of organisation and place
// names, company suffixes, connectors inside names.
#pragma once

#include <cstdint>
#include <string_view>

namespace strata::entities {

// The kinds a trigger word can be, as bits: a word may be several ("Corte" is an organisation
// head, "San" a place head...).
enum TriggerKind : std::uint8_t {
  kPersonTitle = 1,   // il ministro, presidente, on., dott., papa, Mr, Dr, President
  kOrgHead = 2,       // Università, Ministero, Banca, Partito, Corte, Bank, Party
  kOrgSuffix = 4,     // S.p.A., Srl, Inc., Ltd
  kPlaceHead = 8,     // via, piazza, monte, lago, fiume, Street, Lake
  kConnector = 16,    // di, del, della, d', of: inside names such as Banca d'Italia
  kPlacePrefix = 32,  // in, a, da, verso, nel...: the prepositions places follow
};
inline constexpr int kTriggerKindCount = 6;

// The kinds of a word given in normalized form (strata::fold_word), 0 for none. Lists for Italian
// and English together: a word of one rarely means something else in the other.
std::uint8_t trigger_kinds(std::string_view normalized_word);
// The same from hash_string of the normalized word, which tokens have already.
std::uint8_t trigger_kinds_of(std::uint64_t normalized_hash);

// All lists as one text, which goes into the feature set's hash: a model trained with other
// lists must not be loaded as if they were the same.
std::string_view trigger_word_lists();

}  // namespace strata::entities
