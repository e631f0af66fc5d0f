// The VRT checker on hand-written good and bad files: each of CWB's rules caught.
#include "strata/formats/vrt_check.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace strata::formats {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(VrtCheck, AcceptsAGoodFile) {
  EXPECT_THAT(check_vrt("<?xml version=\"1.0\"?>\n<text id=\"d&amp;1\">\n<s>\n"
                        "<entities type=\"PER\" confidence=\"0.9\">\nAnna\tword\n</entities>\n"
                        "&lt;3\tsymbol\n</s>\n</text>\n"),
              IsEmpty());
}

TEST(VrtCheck, CatchesNestedRegionsOfOneAttribute) {
  EXPECT_THAT(check_vrt("<text id=\"d\">\n<entities type=\"LOC\">\nRoma\tword\n"
                        "<entities type=\"LOC\">\nMilano\tword\n</entities>\n</entities>\n"
                        "</text>\n"),
              ElementsAre("line 4: <entities> opened inside another <entities>: CWB cannot nest "
                          "regions of one attribute"));
}

TEST(VrtCheck, CatchesUnevenColumnsAndBadValues) {
  EXPECT_THAT(check_vrt("<text id=\"d\">\na\tword\nb\nc & d\tword\nx<s>\tword\n\n</text>\n"),
              ElementsAre("line 3: 1 columns where the first token line has 2",
                          "line 4: token line has a '&' that starts no reference (write &amp;)",
                          "line 5: token line has a raw '<' (write &lt;) (a structural tag not "
                          "on its own line?)",
                          "line 6: empty line"));
}

// After a tag that closes the wrong element, the one it names counts as closed, so one mistake
// gives one problem.
TEST(VrtCheck, CatchesUnbalancedAndMisorderedTags) {
  EXPECT_THAT(check_vrt("<text id=\"d\">\n<p>\n<s>\na\n</p>\n</s>\n<q>\n</text>\n"),
              ElementsAre("line 5: </p> does not close the element opened last (<s>)",
                          "line 8: </text> does not close the element opened last (<q>)",
                          "line 8: <q> is never closed"));
}

TEST(VrtCheck, CatchesBadNamesAndAMissingTextId) {
  EXPECT_THAT(check_vrt("<text>\n<Entity-Sentiment>\n<s Score=\"1\">\n<q x=1>\na\n</q>\n</s>\n"
                        "</text>\n"),
              ElementsAre("line 1: <text> without an id",
                          "line 2: tag name 'Entity-Sentiment' is not lower-case ASCII "
                          "[a-z][a-z0-9_]*",
                          "line 3: attribute name 'Score' is not lower-case ASCII "
                          "[a-z][a-z0-9_]*",
                          "line 4: malformed attributes in <q>"));
}

// An opening tag with bad attributes still opens its element: its closing tag is no error.
TEST(VrtCheck, ABadOpeningTagStillOpensItsElement) {
  EXPECT_THAT(check_vrt("<text id=\"d\">\n<e x=1>\na\n</e>\n</text>\n"),
              ElementsAre("line 2: malformed attributes in <e>"));
  EXPECT_THAT(check_vrt("<text id=d>\na\n</text>\n"),
              ElementsAre("line 1: malformed attributes in <text>"));
  // A tag and a token on one line open nothing.
  EXPECT_THAT(check_vrt("<text id=\"d\">\n<s>a</s>\n<s>\nb\n</s>\n</text>\n"),
              ElementsAre("line 2: tag name 's>a</s' is not lower-case ASCII [a-z][a-z0-9_]*"));
}

TEST(VrtCheck, CatchesALineLongerThanCwbEncodeReads) {
  const std::string vrt = "<text id=\"d\">\n" + std::string(65'533, 'a') + "\n" +
                          std::string(65'534, 'a') + "\n</text>\n";
  EXPECT_THAT(check_vrt(vrt),
              ElementsAre("line 3: line of 65534 bytes, longer than cwb-encode reads (65533)"));
}

TEST(VrtCheck, CatchesTokensOutsideText) {
  EXPECT_THAT(check_vrt("a\tb\n"),
              ElementsAre("line 1: token outside <text>", "line 1: no <text> element"));
}

}  // namespace
}  // namespace strata::formats
