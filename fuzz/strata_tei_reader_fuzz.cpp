// libFuzzer target: the reader of Strata's own TEI (read_strata_tei), as `strata annotate` reads
// a *.xml it wrote, both ways it parses: a tree (files under 8 MB) and a stream (larger ones).
// Anything it cannot accept must end in strata::Error, never in a crash. Set
// STRATA_FUZZ_COMPARE=1 to also stop where both ways accept a file but read it differently, or
// where the stream accepts what the tree refuses (libxml2 is the stricter parser: the reverse,
// such as invalid UTF-8 in a value, is expected).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "strata/error.hpp"
#include "strata/formats/json_writer.hpp"
#include "tei_reader_parsing.hpp"

namespace {

// The document as JSON, or nothing when the file was refused.
std::optional<std::string> read_as(std::string_view xml, strata::formats::TeiParsing parsing) {
  try {
    std::ostringstream json;
    strata::formats::write_json(strata::formats::read_tei(xml, true, parsing), {}, json);
    return json.str();
  } catch (const strata::Error&) {
    return std::nullopt;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool compare = std::getenv("STRATA_FUZZ_COMPARE") != nullptr;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const auto tree = read_as(xml, strata::formats::TeiParsing::tree);
  const auto stream = read_as(xml, strata::formats::TeiParsing::stream);
  if (compare && stream && (!tree || *tree != *stream)) std::abort();
  return 0;
}
