// write_foreign_tei: the file's own markup kept, our tokens inside it, our layers in standOff.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "sample_documents.hpp"
#include "strata/error.hpp"
#include "strata/formats/tei_check.hpp"
#include "strata/formats/tei_input.hpp"
#include "strata/layer_names.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

constexpr const char* kLetter = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc><titleStmt><title>Letter</title></titleStmt>
      <publicationStmt><p>Free.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc>
    <revisionDesc><listChange><change when="2020-01-01">Encoded.</change></listChange></revisionDesc>
  </teiHeader>
  <text>
    <body>
      <!-- a comment stays -->
      <opener><salute>Dear Anna,</salute></opener>
      <p xml:id="strata.p">We reached <hi>Ro</hi>ma with Paolo<note>a friend</note> Neri today.</p>
    </body>
  </text>
</TEI>
)";

// The letter read, given tokens, sentences and paragraphs, an entity crossing the note and one
// inside a token, and written back.
std::string annotated_letter() {
  TeiInput input = read_tei_input(kLetter, "letter");
  Document& document = input.document;
  testing::add_structure(document);
  Layer& entities = testing::add_layer_by(document, "ner", "entities");
  testing::annotate(document, entities, "Roma", "LOC");
  testing::annotate(document, entities, "Paolo Neri", "PER");
  testing::annotate(document, entities, "Ann", "PER");  // not on token boundaries
  std::ostringstream out;
  write_foreign_tei(document, *input.foreign, testing::sample_run(), out);
  return std::move(out).str();
}

TEST(ForeignTeiWriter, KeepsTheFileAndPassesTheChecks) {
  const std::string xml = annotated_letter();
  const Document document = read_tei_input(kLetter, "letter").document;
  TeiCheckOptions options;
  options.expected_text = document.text();
  options.original = kLetter;
  EXPECT_THAT(check_tei(xml, options), IsEmpty()) << xml;
  EXPECT_THAT(xml, HasSubstr("<!-- a comment stays -->"));
}

TEST(ForeignTeiWriter, TheCheckerFindsAChangeToTheFilesOwnMarkup) {
  std::string xml = annotated_letter();
  xml.replace(xml.find("<hi>Ro</hi>"), 11, "<hi rend=\"i\">Ro</hi>");
  TeiCheckOptions options;
  options.original = kLetter;
  EXPECT_THAT(check_tei(xml, options),
              ElementsAre(HasSubstr("with Strata's additions (ids strata2.*) taken out, the file "
                                    "differs from the original at byte")));
}

TEST(ForeignTeiWriter, WrapsTokensInsideTheFilesElementsUnderAnUnusedPrefix) {
  const std::string xml = annotated_letter();
  // The file has an id starting with "strata.", so ours start with "strata2.".
  EXPECT_THAT(xml, HasSubstr("<salute><w xml:id=\"strata2.w1\">Dear</w> "));
  EXPECT_THAT(xml, HasSubstr("<w xml:id=\"strata2.w2\" join=\"right\">Anna</w><pc "));
  EXPECT_THAT(xml, HasSubstr("<body xml:id=\"strata2.body\">"));
  EXPECT_THAT(xml, HasSubstr("<hi>Ro</hi>ma "));  // crossing hi: not wrapped
}

// A tokenizer's lemma, pos, msd and norm go on the w and pc it wraps, as in Strata's own TEI; a
// token that crosses the file's markup is a span in standOff, where they have no attribute.
TEST(ForeignTeiWriter, PutsATokensLemmaAndPartOfSpeechOnItsW) {
  TeiInput input = read_tei_input(kLetter, "letter");
  Document& document = input.document;
  testing::add_structure(document, {.tokens = false});
  Layer& tokens = testing::add_tokens(document);
  for (AnnotationId id = 0; id < tokens.size(); ++id) {
    const std::string form(document.text(tokens.begin(id), tokens.end(id)));
    if (form == "Dear") tokens.set_string(id, "pos", "ADJ");
    if (form == "Dear") tokens.set_string(id, "lemma", "dear & \"near\"\x01");
    if (form == "Roma") tokens.set_string(id, "lemma", "Roma");
    if (form == "Paolo") tokens.set_int(id, "pos", 3);
  }
  std::ostringstream out;
  write_foreign_tei(document, *input.foreign, testing::sample_run(), out);
  const std::string xml = std::move(out).str();
  EXPECT_THAT(xml, HasSubstr("<salute><w xml:id=\"strata2.w1\" "
                             "lemma=\"dear &amp; &quot;near&quot;\uFFFD\" pos=\"ADJ\">Dear</w> "));
  EXPECT_THAT(xml, HasSubstr("<w xml:id=\"strata2.w8\">Paolo</w>"));
  EXPECT_THAT(xml, Not(HasSubstr("Roma\"")));
  TeiCheckOptions options;
  options.expected_text = document.text();
  options.original = kLetter;
  EXPECT_THAT(check_tei(xml, options), IsEmpty()) << xml;
}

TEST(ForeignTeiWriter, PointsAtTheCharactersOfTokensAndSpansItCannotWrap) {
  pugi::xml_document tree;
  testing::parse_xml(tree, annotated_letter());
  const pugi::xml_node body = testing::select(tree, "//body");
  const std::string body_text = testing::text_of(body);
  // The token Roma is a span over the characters of <hi>Ro</hi>ma (ASCII here, so characters
  // are bytes).
  const pugi::xml_node roma = testing::select(tree, "//spanGrp[@type='tokens']/span");
  ASSERT_TRUE(roma);
  EXPECT_EQ(std::string(roma.attribute("target").value()),
            "#string-range(strata2.body," + std::to_string(body_text.find("Roma")) + ",4)");
  // The entity over that token points at it.
  const pugi::xml_node loc = testing::select(tree, "//spanGrp[@type='entities']/span[@type='LOC']");
  EXPECT_EQ(std::string(loc.attribute("from").value()),
            "#" + std::string(roma.attribute("xml:id").value()));
  // An entity inside a token points at its characters.
  const pugi::xml_node ann = testing::select(tree, "//spanGrp[@type='entities']/span[@target]");
  ASSERT_TRUE(ann);
  EXPECT_EQ(std::string(ann.attribute("target").value()),
            "#string-range(strata2.body," + std::to_string(body_text.find("Ann")) + ",3)");
}

TEST(ForeignTeiWriter, SplitsARangeAtTheNotesItLeavesOut) {
  TeiInput input = read_tei_input(kLetter, "letter");
  Document& document = input.document;
  Layer& quotes = testing::add_layer_by(document, "ner", "mentions");
  testing::annotate(document, quotes, "Paolo Neri", "PER");  // no tokens: string ranges
  std::ostringstream out;
  write_foreign_tei(document, *input.foreign, testing::sample_run(), out);
  pugi::xml_document tree;
  testing::parse_xml(tree, out.str());
  const std::string body_text = testing::text_of(testing::select(tree, "//body"));
  const pugi::xml_node annotation = testing::select(tree, "//listAnnotation/annotation");
  ASSERT_TRUE(annotation) << out.str();
  const std::size_t paolo = body_text.find("Paolo");
  const std::size_t neri = body_text.find(" Neri");
  EXPECT_EQ(std::string(annotation.attribute("target").value()),
            "#string-range(strata2.body," + std::to_string(paolo) +
                ",5) #string-range(strata2.body," + std::to_string(neri) + ",5)");
  EXPECT_THAT(check_tei(out.str()), IsEmpty());
}

// from/to name a range in document order, so they cannot end at a token that is a span in
// standOff; that annotation points at its characters instead.
TEST(ForeignTeiWriter, ARangeEndingAtATokenInStandOffPointsAtCharacters) {
  TeiInput input = read_tei_input(kLetter, "letter");
  Document& document = input.document;
  testing::add_structure(document);
  Layer& entities = testing::add_layer_by(document, "ner", "entities");
  testing::annotate(document, entities, "reached Roma", "X");
  testing::annotate(document, entities, "Roma with", "Y");
  std::ostringstream out;
  write_foreign_tei(document, *input.foreign, testing::sample_run(), out);
  pugi::xml_document tree;
  testing::parse_xml(tree, out.str());
  for (const char* type : {"X", "Y"}) {
    const pugi::xml_node span =
        testing::select(tree, ("//span[@type='" + std::string(type) + "']").c_str());
    EXPECT_FALSE(span.attribute("from")) << type;
    EXPECT_THAT(span.attribute("target").value(), HasSubstr("#string-range(strata2.body,")) << type;
  }
  EXPECT_THAT(check_tei(out.str()), IsEmpty());
}

TEST(ForeignTeiWriter, PutsTheRunInTheHeaderAndTheLayersInStandOff) {
  pugi::xml_document tree;
  testing::parse_xml(tree, annotated_letter());
  EXPECT_TRUE(testing::select(tree,
                              "//encodingDesc[@xml:id='strata2.encodingDesc']/appInfo/"
                              "application[@xml:id='strata2.strata']/p/idno[@type='sha256']"));
  // The file's listChange gets our change first, newest first.
  const pugi::xml_node first = testing::select(tree, "//listChange/change");
  EXPECT_STREQ(first.attribute("xml:id").value(), "strata2.change");
  for (const char* layer : {"sentences", "paragraphs", "entities"}) {
    EXPECT_TRUE(testing::select(
        tree, ("//standOff[@xml:id='strata2.standOff']/spanGrp[@type='" + std::string(layer) + "']")
                  .c_str()))
        << layer;
  }
}

// "&#13;" in a file is a CR in its text, which was written back as it is: read again, it was an
// LF (and a CR LF one LF), and every string-range after it pointed one character off.
TEST(ForeignTeiWriter, KeepsACarriageReturnTheFileHadAsAReference) {
  std::string original = kLetter;
  original.replace(original.find("with Paolo"), 4, "with&#13;&#10;&#13;");
  TeiInput input = read_tei_input(original, "letter");
  Document& document = input.document;
  testing::add_structure(document);
  Layer& entities = testing::add_layer_by(document, "ner", "entities");
  testing::annotate(document, entities, "Paolo Neri", "PER");
  std::ostringstream out;
  write_foreign_tei(document, *input.foreign, testing::sample_run(), out);
  const std::string xml = std::move(out).str();
  EXPECT_THAT(xml, HasSubstr("&#13;\n&#13;"));
  TeiCheckOptions options;
  options.expected_text = document.text();
  options.original = original;
  EXPECT_THAT(check_tei(xml, options), IsEmpty()) << xml;
}

TEST(ForeignTeiWriter, RefusesADocumentWhoseTextChanged) {
  TeiInput input = read_tei_input(kLetter, "letter");
  const Document other("letter", "another text");
  std::ostringstream out;
  EXPECT_THROW(write_foreign_tei(other, *input.foreign, testing::sample_run(), out), Error);
  EXPECT_TRUE(out.str().empty());
}

}  // namespace
}  // namespace strata::formats
