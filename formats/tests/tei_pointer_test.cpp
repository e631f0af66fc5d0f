#include "tei_pointer.hpp"

#include <gtest/gtest.h>

namespace strata::formats {
namespace {

using Kind = TeiPointer::Kind;

TEST(TeiPointer, ReadsIdsAndStringRanges) {
  const TeiPointer id = parse_tei_pointer("#w12");
  EXPECT_EQ(id.kind, Kind::id);
  EXPECT_EQ(id.id, "w12");
  const TeiPointer range = parse_tei_pointer("#string-range(body,40,7)");
  EXPECT_EQ(range.kind, Kind::string_range);
  EXPECT_EQ(range.id, "body");
  EXPECT_EQ(range.offset, 40u);
  EXPECT_EQ(range.length, 7u);
}

TEST(TeiPointer, LeavesOtherDocumentsAlone) {
  EXPECT_EQ(parse_tei_pointer("https://example.org/a.xml#w1").kind, Kind::external);
  EXPECT_EQ(parse_tei_pointer("other.xml").kind, Kind::external);
}

TEST(TeiPointer, CallsAnythingElseMalformed) {
  for (const char* item :
       {"#", "#string-range(body,1)", "#string-range(,1,2)", "#string-range(body,-1,2)",
        "#string-range(body,1,2x)", "#string-range(body,1,2", "#xpointer(id('w1'))"}) {
    EXPECT_EQ(parse_tei_pointer(item).kind, Kind::malformed) << item;
  }
}

}  // namespace
}  // namespace strata::formats
