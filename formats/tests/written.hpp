// A document as each writer writes it, for the tests that read it back.
#pragma once

#include <sstream>
#include <string>

#include "strata/formats/json_writer.hpp"
#include "strata/formats/tei_writer.hpp"

namespace strata::formats::testing {

inline std::string tei_of(const Document& document, const RunInfo& run) {
  std::ostringstream out;
  write_tei(document, run, out);
  return out.str();
}

inline std::string json_of(const Document& document, const RunInfo& run) {
  std::ostringstream out;
  write_json(document, run, out);
  return out.str();
}

}  // namespace strata::formats::testing
