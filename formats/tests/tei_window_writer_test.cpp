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
using testing::sample_run;
using testing::write_windows;

std::string windowed_tei(const Document& whole, const std::vector<std::string_view>& pieces) {
  std::ostringstream out;
  TeiWindowWriter writer(whole, sample_run(), out);
  write_windows(writer, pieces);
  return out.str();
}

TEST(TeiWindowWriter, NumbersOnAcrossWindows) {
  const std::string text = std::string(kFirstParagraph) + std::string(kSecondParagraph);
  const std::string tei = windowed_tei(annotated_piece(text), {kFirstParagraph, kSecondParagraph});
  EXPECT_NE(tei.find("<p xml:id=\"p2\"><s xml:id=\"s3\"><w xml:id=\"w9\">Bianchi</w>"),
            std::string::npos);
  // The quote's speaker is the second window's first entity, the fourth of the file.
  EXPECT_NE(tei.find("<link target=\"#quotes-0 #entities-3\"/>"), std::string::npos);
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

}  // namespace
}  // namespace strata::formats
