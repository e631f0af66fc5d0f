// ForeignTeiWindowWriter: a TEI file from elsewhere written back from windows of its text as
// from the whole document.
#include "strata/formats/foreign_tei_window_writer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "strata/error.hpp"
#include "strata/formats/tei_check.hpp"
#include "window_documents.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using testing::annotated_piece;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::kFirstParagraph;
using testing::kSecondParagraph;
using testing::kThirdParagraph;

// Its body reads as the three paragraphs of window_documents.hpp; a word split by hi makes a
// token that crosses an element, and a note is left out of the text.
constexpr const char* kFile = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Tre</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body>
  <p>Rossi parla a Roma. Bianchi ascoltò.</p>
  <p><hi>Bian</hi>chi risponde:<note>una nota</note> "no".</p>
  <p>Il caffè di Müller.</p>
</body></text></TEI>
)";

// The file written back with the windows of `pieces`, each annotated_piece'd.
std::string in_windows(const std::vector<std::string_view>& pieces) {
  TeiInput input = read_tei_input(kFile, "tre");
  std::ostringstream out;
  ForeignTeiWindowWriter writer(input.document, *input.foreign, testing::sample_run(), out);
  testing::write_windows(writer, pieces);
  return std::move(out).str();
}

TEST(ForeignTeiWindowWriter, WritesWhatTheWholeDocumentGives) {
  const std::string first(kFirstParagraph), second(kSecondParagraph), third(kThirdParagraph);
  const std::string text = first + second + third;
  TeiInput input = read_tei_input(kFile, "tre");
  ASSERT_EQ(input.document.text(), text);
  std::ostringstream whole;
  write_foreign_tei(annotated_piece(text), *input.foreign, testing::sample_run(), whole);
  EXPECT_EQ(in_windows({text}), whole.str());
  EXPECT_EQ(in_windows({first, second + third}), whole.str());
  EXPECT_EQ(in_windows({first, second, third}), whole.str());
  // Tokens numbered on across windows, the one split by hi pointed at from standOff.
  EXPECT_THAT(whole.str(), HasSubstr(R"(<span xml:id="strata.w9" target="#string-range()"));
  TeiCheckOptions options;
  options.expected_text = text;
  options.original = kFile;
  EXPECT_THAT(check_tei(whole.str(), options), IsEmpty()) << whole.str();
}

// A window cut inside a word (a text with no white space to cut at) leaves its last token joined
// to the next window's first.
TEST(ForeignTeiWindowWriter, JoinsATokenToTheNextWindowsFirst) {
  const std::string text =
      std::string(kFirstParagraph) + std::string(kSecondParagraph) + std::string(kThirdParagraph);
  const std::string xml = in_windows({text.substr(0, 8), text.substr(8)});  // "Rossi pa" "rla"
  EXPECT_THAT(
      xml, HasSubstr(R"(<w xml:id="strata.w2" join="right">pa</w><w xml:id="strata.w3">rla</w>)"));
}

TEST(ForeignTeiWindowWriter, RefusesAnotherTextAndNoWindow) {
  TeiInput input = read_tei_input(kFile, "tre");
  std::ostringstream out;
  EXPECT_THROW(ForeignTeiWindowWriter(annotated_piece("Altro testo."), *input.foreign,
                                      testing::sample_run(), out),
               Error);
  ForeignTeiWindowWriter writer(input.document, *input.foreign, testing::sample_run(), out);
  EXPECT_THROW(writer.finish(), Error);
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace strata::formats
