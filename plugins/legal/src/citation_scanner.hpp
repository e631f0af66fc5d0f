// The grammar that combines partitions and instruments into citations, over a whole text.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "citation.hpp"
#include "instrument.hpp"
#include "legal_lexicon.hpp"
#include "partitions.hpp"

namespace strata::legal {

// Finds the Italian, EU and treaty citations of a text: partitions before the instrument ("art.
// 4-bis della legge n. 326 del 1983"), after it ("d.m. 12 marzo 1951, n. 1873, art. 412") or
// none, and an instrument that is an act, a code or treaty of the lexicon, an EU act, "del
// trattato" for the treaty named last in the text, or "della stessa legge" for the act of the
// type it names cited last. Gives one Citation per identifier, each over
// the whole phrase; several from one phrase share a "group" feature. Reads only the lexicon, so
// one scanner serves every thread.
class CitationScanner {
 public:
  // Keeps a reference to `lexicon`, which must be compiled and outlive the scanner.
  explicit CitationScanner(const LegalLexicon& lexicon);
  std::vector<Citation> scan(std::string_view text) const;

 private:
  // The phrase found at `pos`: where it ends, its instrument and its partitions.
  struct Phrase {
    std::size_t end = 0;
    Instrument instrument;
    std::vector<PartitionGroup> partitions;
  };

  // Where the trigger's search through a text stands: its first hit at or after `from`.
  struct TriggerSearch {
    std::size_t from = std::string_view::npos;  // not searched yet
    std::size_t hit = std::string_view::npos;   // none
  };
  // Where the first word at or after `pos` starts that the trigger matches, npos for none;
  // `search` carries what the search found from one call to the next.
  std::size_t next_start(std::string_view text, std::size_t pos, TriggerSearch& search) const;
  std::optional<Phrase> phrase_at(std::string_view text, std::size_t pos) const;
  std::optional<Instrument> instrument_at(std::string_view text, std::size_t pos) const;
  std::optional<Instrument> named_instrument(std::string_view text, std::size_t pos) const;

  const LegalLexicon& lexicon_;
  // Where a phrase may start: any keyword, type or name, searched for at word starts; and
  // matched where it is asked.
  std::unique_ptr<RE2> trigger_;
  std::unique_ptr<RE2> trigger_at_;
};

}  // namespace strata::legal
