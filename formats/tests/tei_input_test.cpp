#include "strata/formats/tei_input.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "strata/error.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using ::testing::HasSubstr;

constexpr const char* kHeader =
    "<teiHeader><fileDesc><titleStmt><title>A title</title></titleStmt>"
    "<publicationStmt><p>Free.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc>"
    "</fileDesc></teiHeader>";

std::string foreign_tei(std::string_view body, std::string_view tei_attributes = "") {
  return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"" + std::string(tei_attributes) + ">" +
         kHeader + "<text>" + std::string(body) + "</text></TEI>";
}

// The message read_tei_input throws for `xml`, "" when it throws none.
std::string error_of(std::string_view xml) {
  try {
    read_tei_input(std::string(xml), "doc");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(TeiInput, ReadsTeiFromElsewhereAsTheTextOfItsBody) {
  const TeiInput input = read_tei_input(
      foreign_tei("<body><p>Ciao <hi>mondo</hi>.</p></body>", " xml:lang=\"it\""), "lettere/a.xml");
  ASSERT_TRUE(input.foreign);
  EXPECT_EQ(input.document.id(), "lettere/a.xml");
  EXPECT_EQ(input.document.text(), "Ciao mondo.");
  EXPECT_EQ(input.document.language(), "it");
  EXPECT_EQ(input.document.metadata().at("title"), "A title");
  EXPECT_TRUE(input.document.layer_names().empty());
}

TEST(TeiInput, TakesTheLanguageOfTextWhenTeiHasNone) {
  const std::string xml = foreign_tei("<body><p>Hello.</p></body>");
  EXPECT_EQ(read_tei_input(xml, "d").document.language(), "auto");
  std::string with_text_language = xml;
  with_text_language.replace(with_text_language.find("<text>"), 6, "<text xml:lang=\"en\">");
  EXPECT_EQ(read_tei_input(with_text_language, "d").document.language(), "en");
}

TEST(TeiInput, ReadsStrataTeiBackWithItsLayers) {
  const std::string xml = testing::sample_tei("news");
  const TeiInput input = read_tei_input(xml, "ignored");
  EXPECT_FALSE(input.foreign);
  EXPECT_NE(input.document.id(), "ignored");
  EXPECT_FALSE(input.document.layer_names().empty());
}

TEST(TeiInput, TellsStrataTeiByItsHeaderWhateverTheHeaderHolds) {
  const std::string xml = testing::sample_tei("news");
  const std::size_t header_end = xml.find("</teiHeader>");
  ASSERT_NE(header_end, std::string::npos);
  // A comment that looks like the header's end: the header alone does not parse, the file does.
  std::string commented = xml;
  commented.insert(xml.find("<fileDesc>"), "<!-- </teiHeader> -->");
  const TeiInput input = read_tei_input(commented, "ignored");
  EXPECT_FALSE(input.foreign);
  EXPECT_FALSE(input.document.layer_names().empty());
  // A file that breaks after a header of Strata's is refused as XML, where it breaks.
  std::string broken = xml;
  broken.replace(xml.find("</body>"), 7, "</bdy>");
  EXPECT_THAT(error_of(broken), HasSubstr("not well-formed XML"));
  // After the root, only comments, processing instructions and white space; pugixml parses a
  // second element or text there without a word, and it was written back as it was.
  EXPECT_EQ(error_of(xml + "<evil>injected</evil>"),
            "not well-formed XML: a second root element <evil>");
  const std::string foreign_text = foreign_tei("<body><p>Ciao.</p></body>");
  EXPECT_EQ(error_of(foreign_text + "<x/>"), "not well-formed XML: a second root element <x>");
  EXPECT_EQ(error_of("<!-- c -->" + foreign_text + "stray\n"),
            "not well-formed XML: text outside the root element");
  EXPECT_EQ(read_tei_input(foreign_text + "\n<!-- fine -->\n", "d").document.text(), "Ciao.");
  // TEI from elsewhere with a comment like the header's end before its header is still read.
  std::string foreign = foreign_tei("<body><p>Ciao.</p></body>");
  foreign.insert(foreign.find("<teiHeader>"), "<!-- </teiHeader> -->");
  EXPECT_EQ(read_tei_input(foreign, "d").document.text(), "Ciao.");
}

TEST(TeiInput, RefusesWhatItCannotRead) {
  EXPECT_THAT(error_of("<TEI><teiHeader>"), HasSubstr("not well-formed XML"));
  EXPECT_THAT(error_of("<root><p>text</p></root>"),
              HasSubstr("not a TEI file: the root element is <root>"));
  EXPECT_THAT(error_of(foreign_tei("<front><p>only front</p></front>")),
              HasSubstr("without text/body"));
  EXPECT_THAT(error_of(foreign_tei("<body><p><note>only a note</note></p></body>")),
              HasSubstr("has no text"));
  EXPECT_THAT(error_of("<TEI><teiHeader/><text><body><p>x</p></body></text></TEI>"),
              HasSubstr("not in the TEI namespace"));
  EXPECT_THAT(error_of("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>x</p></body>"
                       "</text></TEI>"),
              HasSubstr("without teiHeader/fileDesc"));
  // An external entity is never fetched: the DOCTYPE alone refuses the file.
  EXPECT_THAT(error_of("<!DOCTYPE TEI [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>" +
                       foreign_tei("<body><p>&ext;</p></body>")),
              HasSubstr("DOCTYPE"));
  EXPECT_THAT(error_of(foreign_tei("<body><p>Cafe\xCC\x81</p></body>")), HasSubstr("NFC"));
  // These were "a NUL byte at byte 1" and "the root element is <tei:TEI>, not <TEI>".
  std::string utf16 = "\xFF\xFE";
  for (const char c : foreign_tei("<body><p>x</p></body>")) utf16 += std::string{c, '\0'};
  EXPECT_THAT(error_of(utf16), HasSubstr("XML in UTF-16, and only UTF-8 is read"));
  // pugixml kept it as text, which became the tokens "&", "nbsp", ";" and "&amp;nbsp;" in the
  // output.
  EXPECT_THAT(error_of(foreign_tei("<body><p>Uno&nbsp;due.</p></body>")),
              HasSubstr("not well-formed XML: undefined entity \"&nbsp;\""));
  EXPECT_THAT(error_of("<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\"><tei:text><tei:body>"
                       "<tei:p>x</tei:p></tei:body></tei:text></tei:TEI>"),
              HasSubstr("the root element <tei:TEI> has a namespace prefix, which is not read"));
}

TEST(TeiInput, RefusesAReferenceToACharacterXmlDoesNotAllow) {
  // pugixml decodes "&#0;" into a NUL, which silently ended the text node (" fine." was lost).
  for (const auto& [reference, code_point] : std::vector<std::pair<std::string, std::string>>{
           {"&#0;", "U+0000"}, {"&#x00;", "U+0000"}, {"&#1;", "U+0001"}, {"&#xFFFE;", "U+FFFE"}}) {
    const std::string xml = foreign_tei("<body><p>ciao " + reference + " fine.</p></body>");
    EXPECT_EQ(error_of(xml), "not well-formed XML: character reference \"" + reference + "\" (" +
                                 code_point + ", which XML does not allow) at byte " +
                                 std::to_string(xml.find("&#")));
  }
  // In a value, which was cut as silently and written back cut.
  EXPECT_THAT(error_of(foreign_tei("<body><p rend=\"a&#0;b\">ciao.</p></body>")),
              HasSubstr("character reference \"&#0;\" (U+0000, which XML does not allow)"));
  // In a comment it is only text.
  EXPECT_EQ(read_tei_input(foreign_tei("<body><p>ciao<!-- &#0; --> fine.</p></body>"), "d")
                .document.text(),
            "ciao fine.");
  // A NUL byte ended the file for pugixml, which took what came before it.
  const std::string tei = foreign_tei("<body><p>ciao.</p></body>");
  EXPECT_EQ(error_of(tei + std::string(1, '\0') + "<p>"),
            "not well-formed XML: a NUL byte at byte " + std::to_string(tei.size()));
}

// 20,000 nested elements crashed the process (and the run) on the stack of the text's extractor.
TEST(TeiInput, RefusesElementsNestedDeeperThanAThousand) {
  const auto nested = [](std::size_t depth) {
    std::string body = "<body><p>";
    for (std::size_t i = 0; i < depth; ++i) body += "<hi>";
    body += "Ciao.";
    for (std::size_t i = 0; i < depth; ++i) body += "</hi>";
    return foreign_tei(body + "</p></body>");
  };
  // TEI, text, body and p hold the <hi>s: 996 of them are 1000 elements deep.
  EXPECT_EQ(read_tei_input(nested(996), "d").document.text(), "Ciao.");
  EXPECT_EQ(error_of(nested(997)), "not read: elements nested more than 1000 deep");
  EXPECT_EQ(error_of(nested(100000)), "not read: elements nested more than 1000 deep");
}

TEST(TeiInput, RefusesCharactersXmlDoesNotAllowWhereverTheFileHasThem) {
  // pugixml let these through outside the body's text, and they were written back into a file
  // that was not XML; in the body's text they were refused at a byte of the text, not the file.
  for (const std::string& bad :
       {std::string("\x01"), std::string("\x1B"), std::string("\xEF\xBF\xBE"), std::string("\xE0"),
        std::string("\xC0\xAF"), std::string("\xED\xA0\x80")}) {
    for (const std::string& xml :
         {foreign_tei("<body><p>ciao " + bad + " fine.</p></body>"),
          foreign_tei("<body><p rend=\"" + bad + "\">ciao.</p></body>"),
          foreign_tei("<body><p>ciao.</p><!-- " + bad + " --></body>"),
          "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>" +
              bad + "</title></titleStmt></fileDesc></teiHeader><text><body><p>ciao.</p>" +
              "</body></text></TEI>"}) {
      const std::string error = error_of(xml);
      EXPECT_THAT(error, HasSubstr("not well-formed XML: ")) << xml;
      EXPECT_THAT(error, HasSubstr(" at byte " + std::to_string(xml.find(bad)))) << xml;
    }
  }
  EXPECT_EQ(error_of(foreign_tei("<body><p>Citt\xE0.</p></body>")).substr(0, 34),
            "not well-formed XML: invalid UTF-8");
}

}  // namespace
}  // namespace strata::formats
