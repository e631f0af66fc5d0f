#include "strata/formats/tei_check.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// The TEI of the "news" sample with the first `from` replaced by `to`.
std::string news_tei_with(std::string_view from, std::string_view to) {
  std::string xml = testing::sample_tei("news");
  const std::size_t at = xml.find(from);
  EXPECT_NE(at, std::string::npos) << "the sample has no " << from;
  if (at != std::string::npos) xml.replace(at, from.size(), to);
  return xml;
}

TEST(TeiCheck, FindsNoProblemInAnySampleWeWrite) {
  for (const auto& named : testing::sample_documents()) {
    const Document document = named.make();
    EXPECT_THAT(check_tei(testing::tei_string(document, named.run), {document.text()}), IsEmpty())
        << named.name;
  }
}

TEST(TeiCheck, ReportsXmlThatIsNotWellFormed) {
  const std::string xml = testing::sample_tei("news");
  EXPECT_THAT(check_tei(xml.substr(0, xml.size() / 2)),
              ElementsAre(HasSubstr("not well-formed XML")));
  // pugixml parses both without a word.
  EXPECT_THAT(check_tei(xml + "<evil>injected</evil>"),
              ElementsAre("not well-formed XML: a second root element <evil>"));
  EXPECT_THAT(check_tei(xml + "\ntrailing text\n"),
              ElementsAre("not well-formed XML: text outside the root element"));
}

// pugixml lets both pass, and a NUL (from "&#0;" too) ends what it reads: the rest went unchecked.
TEST(TeiCheck, ReportsANulAndReferencesToCharactersXmlDoesNotAllow) {
  EXPECT_THAT(check_tei(news_tei_with(">Mario<", ">Mario&#0;<")),
              ElementsAre(HasSubstr("not well-formed XML: character reference \"&#0;\" (U+0000, "
                                    "which XML does not allow) (line ")));
  EXPECT_THAT(check_tei(testing::sample_tei("news") + std::string(1, '\0') + "<TEI/>"),
              ElementsAre(HasSubstr("not well-formed XML: a NUL byte (line ")));
  TeiCheckOptions options;
  options.original = "<TEI><p>a&#x0;b</p></TEI>";
  EXPECT_THAT(check_tei(testing::sample_tei("news"), options),
              Contains("the original is not well-formed XML: character reference \"&#x0;\" "
                       "(U+0000, which XML does not allow)"));
}

TEST(TeiCheck, ReportsDuplicateIds) {
  EXPECT_THAT(check_tei(news_tei_with("xml:id=\"w2\"", "xml:id=\"w1\"")),
              Contains(HasSubstr("duplicate xml:id \"w1\"")));
}

TEST(TeiCheck, ReportsPointersToMissingIds) {
  EXPECT_THAT(check_tei(news_tei_with("to=\"#w2\"", "to=\"#w999\"")),
              ElementsAre(HasSubstr("<span xml:id=\"entities-0\"> (line ")));
  EXPECT_THAT(check_tei(news_tei_with("to=\"#w2\"", "to=\"#w999\"")),
              ElementsAre(HasSubstr("@to \"#w999\" points to no xml:id")));
  EXPECT_THAT(check_tei(news_tei_with("#quotes-0 #entities-0", "#quotes-0 #entities-77")),
              ElementsAre(HasSubstr("<link> (line ")));
  EXPECT_THAT(check_tei(news_tei_with("#quotes-0 #entities-0", "#quotes-0 #entities-77")),
              ElementsAre(HasSubstr("@target \"#entities-77\" points to no xml:id")));
  EXPECT_THAT(check_tei(news_tei_with("resp=\"#app.ner\"", "resp=\"#app.nobody\"")),
              ElementsAre(HasSubstr("@resp \"#app.nobody\" points to no xml:id")));
  EXPECT_THAT(check_tei(news_tei_with("string-range(body,", "string-range(nobody,")),
              ElementsAre(HasSubstr("points to no xml:id")));
}

TEST(TeiCheck, ReportsStringRangesPastTheEndOfTheirElement) {
  // The news text has 101 characters.
  EXPECT_THAT(check_tei(news_tei_with("#string-range(body,24,12)", "#string-range(body,98,4)")),
              ElementsAre(HasSubstr("goes past the 101 characters of the text of \"body\"")));
  EXPECT_THAT(check_tei(news_tei_with("#string-range(body,24,12)", "#string-range(body,98,3)")),
              IsEmpty());
  EXPECT_THAT(check_tei(news_tei_with("#string-range(body,24,12)", "#string-range(w1,0,6)")),
              ElementsAre(HasSubstr("goes past the 5 characters of the text of \"w1\"")));
}

TEST(TeiCheck, ReportsPointersItCannotRead) {
  EXPECT_THAT(check_tei(news_tei_with("#string-range(body,24,12)", "#string-range(body,24)")),
              ElementsAre(HasSubstr("is not a pointer this checker understands")));
  EXPECT_THAT(check_tei(news_tei_with("#string-range(body,24,12)", "#xpointer(id('w1'))")),
              ElementsAre(HasSubstr("is not a pointer this checker understands")));
  EXPECT_THAT(check_tei(news_tei_with("#string-range(body,24,12)", "https://example.org/#x")),
              IsEmpty());  // not a same-document pointer
}

TEST(TeiCheck, AppliesTeisSpanRules) {
  EXPECT_THAT(check_tei(news_tei_with("from=\"#w1\"", "target=\"#w1\" from=\"#w1\"")),
              ElementsAre(HasSubstr("span has both @target and @from"),
                          HasSubstr("span has both @target and @to")));
  EXPECT_THAT(check_tei(news_tei_with("from=\"#w1\" ", "")),
              ElementsAre(HasSubstr("span has @to without @from")));
  EXPECT_THAT(check_tei(news_tei_with("from=\"#w1\" to=\"#w2\"", "from=\"#w2\" to=\"#w1\"")),
              ElementsAre(HasSubstr("span's @to \"#w1\" comes before its @from \"#w2\"")));
}

TEST(TeiCheck, ComparesTheBodyWithTheHashAndTheExpectedText) {
  const std::string changed = news_tei_with(">Rossi<", ">Rosso<");
  EXPECT_THAT(check_tei(changed), ElementsAre(HasSubstr("): the SHA-256 of the text of body is ")));
  const Document news = testing::sample("news").make();
  EXPECT_THAT(check_tei(changed, {news.text()}),
              Contains("the text of body differs from the primary text at character 10: "
                       "expected \"i said: \\\"The treaty \", found \"o said: \\\"The treaty \""));
  EXPECT_THAT(check_tei(testing::sample_tei("news"), {news.text() + "\n"}),
              ElementsAre("the text of body differs from the primary text at character 101: "
                          "expected \"\\n\", found (end of text)"));
  EXPECT_THAT(check_tei(news_tei_with("type=\"sha256\"", "type=\"md5\"")),
              ElementsAre("no <idno type=\"sha256\"> in teiHeader/fileDesc/publicationStmt or in "
                          "Strata's application"));
}

TEST(TeiCheck, CountsCdataAsTextAndNeedsABody) {
  const std::string xml = news_tei_with("<p xml:id=\"p1\">", "<p xml:id=\"p1\"><![CDATA[]]>");
  EXPECT_THAT(check_tei(xml), IsEmpty());
  EXPECT_THAT(check_tei("<TEI><text/></TEI>"), ElementsAre("no TEI/text/body element"));
}

}  // namespace
}  // namespace strata::formats

namespace strata::formats {
namespace {

// A teiCorpus holding the TEI of the news sample, with `from` replaced by `to` in it.
std::string corpus_with(std::string_view from, std::string_view to) {
  std::string tei = news_tei_with(from, to);
  tei.erase(0, tei.find("<TEI"));  // the declaration
  return "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/>" + tei + "</teiCorpus>";
}

TEST(TeiCheck, ChecksEachTeiOfACorpus) {
  EXPECT_THAT(check_tei(corpus_with("<TEI", "<TEI")), IsEmpty());
  EXPECT_THAT(check_tei(corpus_with("<p xml:id=\"p1\">", "<p xml:id=\"p1\">x")),
              ElementsAre(HasSubstr("the SHA-256 of the text of body is")));
  EXPECT_THAT(check_tei(corpus_with("<idno type=\"sha256\">", "<idno type=\"md5\">")),
              ElementsAre(HasSubstr("TEI 1: no <idno type=\"sha256\">")));
  EXPECT_THAT(check_tei("<teiCorpus><teiHeader/></teiCorpus>"),
              ElementsAre("teiCorpus holds no TEI"));
}

}  // namespace
}  // namespace strata::formats
