#include "strata/formats/tei_corpus.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "strata/error.hpp"
#include "strata/formats/tei_check.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST(TeiCorpus, PutsEachTeiInWithIdsOfItsOwn) {
  const std::string news = testing::sample_tei("news");
  std::ostringstream out;
  write_tei_corpus({news, news}, testing::sample_run(), out);
  const std::string xml = out.str();
  // Both copies have w1, body...: prefixed, they do not clash and every pointer resolves.
  EXPECT_THAT(check_tei(xml), IsEmpty()) << xml;
  EXPECT_THAT(xml, HasSubstr("<title>Corpus of 2 documents</title>"));
  EXPECT_THAT(xml, HasSubstr("<w xml:id=\"d1.w1\""));
  EXPECT_THAT(xml, HasSubstr("<w xml:id=\"d2.w1\""));
  EXPECT_THAT(xml, HasSubstr("who=\"#d2.strata\""));
  pugi::xml_document tree;
  testing::parse_xml(tree, xml);
  EXPECT_EQ(tree.child("teiCorpus").select_nodes("TEI").size(), 2u);
}

TEST(TeiCorpus, RefusesAFileThatIsNotTeiBeforeWritingAnything) {
  std::ostringstream out;
  EXPECT_THROW(
      write_tei_corpus({testing::sample_tei("news"), "<html/>"}, testing::sample_run(), out),
      Error);
  EXPECT_THROW(write_tei_corpus({"<TEI>"}, testing::sample_run(), out), Error);
  EXPECT_TRUE(out.str().empty());
}

}  // namespace
}  // namespace strata::formats
