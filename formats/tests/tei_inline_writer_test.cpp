#include "strata/formats/tei_inline_writer.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>

#include "inline_documents.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using testing::inline_documents;
using testing::raw_xml;
using testing::select;
using testing::text_of;

// A document's inline TEI, parsed with every whitespace kept.
struct InlineTei {
  explicit InlineTei(const Document& document, bool rs = false)
      : xml(testing::tei_inline_string(document, rs, &notes)) {
    testing::parse_xml(parsed, xml);
  }
  pugi::xml_node at(const char* xpath) const { return select(parsed, xpath); }
  std::string attribute(const char* xpath, const char* name) const {
    return at(xpath).attribute(name).value();
  }
  std::vector<std::string> notes;  // before xml, which is made with it
  std::string xml;
  pugi::xml_document parsed;
};

const Document& document(std::string_view name) {
  static std::map<std::string, Document, std::less<>> made;
  auto found = made.find(name);
  if (found != made.end()) return found->second;
  for (const auto& named : inline_documents()) {
    if (named.name == name) return made.emplace(named.name, named.make()).first->second;
  }
  throw std::runtime_error("no inline document " + std::string(name));
}

// Replaces every element the inline writer adds by its content and drops @ana from s.
void unwrap_inline(pugi::xml_node node) {
  static const std::set<std::string> kAdded = {"persName", "placeName", "orgName", "date", "name",
                                               "rs",       "said",      "quote",   "ref"};
  for (pugi::xml_node child = node.first_child(); child;) {
    pugi::xml_node next = child.next_sibling();
    unwrap_inline(child);
    if (child.type() == pugi::node_element && kAdded.contains(child.name())) {
      for (pugi::xml_node inner = child.first_child(); inner; inner = child.first_child()) {
        node.insert_move_before(inner, child);
      }
      node.remove_child(child);
    }
    child = next;
  }
  if (std::string_view(node.name()) == "s") node.remove_attribute("ana");
}

TEST(TeiInlineWriter, EntityInsideAQuotationWithItsSpeaker) {
  const InlineTei tei(document("nested"));
  EXPECT_EQ(tei.attribute("//persName", "xml:id"), "entities-0");
  EXPECT_EQ(tei.attribute("//said", "who"), "#entities-0");
  EXPECT_EQ(text_of(tei.at("//said/placeName")), "Rome");
  EXPECT_TRUE(tei.at("//said/placeName/w"));         // tokens stay, inside the new elements
  EXPECT_EQ(text_of(tei.at("//quote")), "he left");  // no speaker
  EXPECT_EQ(tei.attribute("//date", "when"), "2021-03-03");
  EXPECT_TRUE(tei.notes.empty());
  // Written inline, so no longer in standOff.
  EXPECT_FALSE(tei.at("//standOff//span[@type='PER']"));
}

TEST(TeiInlineWriter, SentenceSentimentIsAnaOnS) {
  const InlineTei tei(document("nested"));
  EXPECT_EQ(tei.attribute("//s[1]", "ana"), "#sentiment-positive");
  EXPECT_FALSE(tei.at("//s[2]").attribute("ana"));
  EXPECT_EQ(text_of(tei.at("//standOff/interpGrp/interp[@xml:id='sentiment-positive']")),
            "positive");
  // The layer itself, scores and the document's label, is still in standOff.
  EXPECT_TRUE(tei.at("//standOff/spanGrp[@type='sentiment']"));
}

TEST(TeiInlineWriter, EntityAcrossSentencesIsSplitAndChained) {
  const InlineTei tei(document("crossing"));
  const pugi::xml_node first = tei.at("//persName[@xml:id='entities-0']");
  const pugi::xml_node second = tei.at("//persName[@xml:id='entities-0.2']");
  EXPECT_EQ(text_of(first), "Anna.");
  EXPECT_EQ(text_of(second), "Bianchi");
  EXPECT_EQ(std::string(first.attribute("next").value()), "#entities-0.2");
  EXPECT_EQ(std::string(second.attribute("prev").value()), "#entities-0");
  EXPECT_FALSE(first.attribute("prev"));
  EXPECT_EQ(std::string(first.parent().name()), "s");
}

TEST(TeiInlineWriter, QuotationAcrossParagraphsIsSplitIntoOnePartPerSentence) {
  const InlineTei tei(document("crossing"));
  const auto parts = tei.parsed.select_nodes("//quote");
  ASSERT_EQ(parts.size(), 3u);
  std::string text;
  for (const auto& part : parts) text += text_of(part.node());
  EXPECT_EQ(text, "\"First part.Second part.\"");
  EXPECT_EQ(tei.attribute("//quote[@xml:id='quotations-0.3']", "prev"), "#quotations-0.2");
}

TEST(TeiInlineWriter, CitationOverlappingAnEntitySplitsTheEntity) {
  const InlineTei tei(document("citation"));
  EXPECT_EQ(tei.attribute("//ref[1]", "type"), "legal");
  EXPECT_EQ(tei.attribute("//ref[1]", "target"),
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679");
  EXPECT_EQ(tei.attribute("//ref[2]", "target"), "urn:nir:stato:legge:1990-08-07;241~art2");
  EXPECT_EQ(text_of(tei.at("//ref[1]/orgName")), "679");
  const pugi::xml_node rest = tei.at("//orgName[@xml:id='entities-0.2']");
  EXPECT_EQ(text_of(rest), " Brussels");
  EXPECT_EQ(std::string(rest.parent().name()), "s");
  EXPECT_EQ(std::string(rest.attribute("prev").value()), "#entities-0");
}

TEST(TeiInlineWriter, EscapesTheTextAroundAndInsideElements) {
  const InlineTei tei(document("escaping"));
  EXPECT_NE(tei.xml.find(">&lt;</pc>"), std::string::npos);
  EXPECT_NE(tei.xml.find(">&amp;</pc>"), std::string::npos);
  EXPECT_EQ(text_of(tei.at("//orgName")), "R&D Labs");
  EXPECT_EQ(text_of(tei.at("/TEI/text/body")), document("escaping").text());
}

TEST(TeiInlineWriter, AnnotationOffTokenBoundariesStaysInStandOffAndIsNoted) {
  const InlineTei tei(document("off-tokens"));
  EXPECT_EQ(text_of(tei.at("//persName")), "Anna");
  EXPECT_TRUE(tei.at("//standOff//span[@xml:id='entities-0']"));
  EXPECT_FALSE(tei.at("//standOff//span[@xml:id='entities-1']"));
  ASSERT_EQ(tei.notes.size(), 1u);
  EXPECT_NE(tei.notes[0].find("entities-0"), std::string::npos) << tei.notes[0];
  EXPECT_NE(tei.notes[0].find("inside a token"), std::string::npos) << tei.notes[0];
}

TEST(TeiInlineWriter, RsOptionWritesEntitiesAsRsWithTheirType) {
  const InlineTei tei(document("nested"), true);
  EXPECT_EQ(tei.attribute("//rs[@xml:id='entities-0']", "type"), "PER");
  EXPECT_EQ(tei.attribute("//said", "who"), "#entities-0");
  EXPECT_FALSE(tei.at("//persName"));
  EXPECT_EQ(tei.attribute("//rs[@type='DATE']", "xml:id"), "entities-2");
}

// The inline elements only add markup: without them the body is the default TEI's, byte for
// byte, for the hand-made documents and every writer sample.
TEST(TeiInlineWriter, RemovingTheInlineElementsGivesBackTheDefaultBody) {
  std::vector<testing::NamedDocument> all = inline_documents();
  for (const auto& sample : testing::sample_documents()) all.push_back(sample);
  for (const auto& named : all) {
    pugi::xml_document standoff;
    testing::parse_xml(standoff, testing::tei_string(named.make()));
    const InlineTei tei(named.make());
    const pugi::xml_node body = tei.at("/TEI/text/body");
    unwrap_inline(body);
    EXPECT_EQ(raw_xml(body), raw_xml(select(standoff, "/TEI/text/body"))) << named.name;
  }
}

}  // namespace
}  // namespace strata::formats
