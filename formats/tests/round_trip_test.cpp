// The property `strata annotate` relies on to run a chain in steps: a document read back from
// written TEI is written again byte for byte, as TEI and through JSON (JSON to JSON:
// json_reader_test).
#include <gtest/gtest.h>

#include "sample_documents.hpp"
#include "strata/formats/json_reader.hpp"
#include "strata/formats/tei_reader.hpp"
#include "written.hpp"

namespace strata::formats {
namespace {

using testing::json_of;
using testing::tei_of;

// The first write may lose what a format cannot carry (an empty layer in TEI, say); from then
// on nothing may change, so the comparisons start from a written file.
TEST(RoundTrip, TeiToDocumentToTeiIsByteIdentical) {
  for (const auto& sample : testing::sample_documents()) {
    const std::string tei = tei_of(sample.make(), sample.run);
    EXPECT_EQ(tei_of(read_strata_tei(tei), sample.run), tei) << sample.name;
  }
}

// JSON has no infinities: write_json makes them null, which reads back as NaN. Nothing else of a
// TEI file is lost on the way through JSON.
std::string infinities_as_nan(std::string tei) {
  for (const std::string infinity : {"\"-INF\"", "\"INF\""}) {
    for (std::size_t at; (at = tei.find(infinity)) != std::string::npos;) {
      tei.replace(at, infinity.size(), "\"NaN\"");
    }
  }
  return tei;
}

TEST(RoundTrip, TeiToJsonToTeiIsByteIdenticalButForInfinities) {
  for (const auto& sample : testing::sample_documents()) {
    const std::string tei = infinities_as_nan(tei_of(sample.make(), sample.run));
    const std::string json = json_of(read_strata_tei(tei), sample.run);
    EXPECT_EQ(tei_of(read_json(json), sample.run), tei) << sample.name;
  }
}

}  // namespace
}  // namespace strata::formats
