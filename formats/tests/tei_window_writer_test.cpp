#include "strata/formats/tei_window_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "strata/error.hpp"
#include "window_documents.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using testing::add_layer_by;
using testing::annotate;
using testing::annotated_piece;
using testing::kFirstParagraph;
using testing::kSecondParagraph;
using testing::kThirdParagraph;
using testing::sample_run;
using testing::tei_string;
using testing::write_windows;

std::string windowed_tei(const Document& whole, const std::vector<std::string_view>& pieces) {
  std::ostringstream out;
  TeiWindowWriter writer(whole, sample_run(), out);
  write_windows(writer, pieces);
  return out.str();
}

TEST(TeiWindowWriter, WritesWhatTheWholeDocumentGives) {
  const std::string text =
      std::string(kFirstParagraph) + std::string(kSecondParagraph) + std::string(kThirdParagraph);
  const Document whole = annotated_piece(text);
  const std::string expected = tei_string(whole);
  EXPECT_EQ(windowed_tei(whole, {text}), expected);
  EXPECT_EQ(windowed_tei(whole, {kFirstParagraph,
                                 std::string(kSecondParagraph) + std::string(kThirdParagraph)}),
            expected);
  EXPECT_EQ(windowed_tei(whole, {kFirstParagraph, kSecondParagraph, kThirdParagraph}), expected);
}

TEST(TeiWindowWriter, NumbersOnAcrossWindows) {
  const std::string text = std::string(kFirstParagraph) + std::string(kSecondParagraph);
  const std::string tei = windowed_tei(annotated_piece(text), {kFirstParagraph, kSecondParagraph});
  EXPECT_NE(tei.find("<p xml:id=\"p2\"><s xml:id=\"s3\"><w xml:id=\"w9\">Bianchi</w>"),
            std::string::npos);
  // The quote's speaker is the second window's first entity, the fourth of the file.
  EXPECT_NE(tei.find("<link target=\"#quotes-0 #entities-3\"/>"), std::string::npos);
}

TEST(TeiWindowWriter, TakesTheFirstWindowsLanguageWhenTheDocumentsIsToBeDetected) {
  const Document whole = annotated_piece(kFirstParagraph);
  Document window = annotated_piece(kFirstParagraph);
  window.set_language("it");
  std::ostringstream out;
  TeiWindowWriter writer(whole, sample_run(), out);
  writer.write(window);
  writer.finish();
  EXPECT_NE(out.str().find("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"it\">"),
            std::string::npos);
}

TEST(TeiWindowWriter, RefusesAWindowWithABrokenReferenceBeforeWritingIt) {
  const Document whole = annotated_piece(kFirstParagraph);
  Document broken = annotated_piece(kFirstParagraph);
  Layer& links = add_layer_by(broken, "quotes", "links");
  const AnnotationId id = annotate(broken, links, "Rossi", "x");
  links.set_ref(id, "to", {"entities", 99});
  std::ostringstream out;
  TeiWindowWriter writer(whole, sample_run(), out);
  try {
    writer.write(broken);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("refers to annotation 99"), std::string::npos);
  }
  EXPECT_EQ(out.str(), "");
}

TEST(TeiWindowWriter, RefusesToFinishWithoutAWindow) {
  const Document whole = annotated_piece(kFirstParagraph);
  std::ostringstream out;
  TeiWindowWriter writer(whole, sample_run(), out);
  EXPECT_THROW(writer.finish(), Error);
}

}  // namespace
}  // namespace strata::formats
