#include "strata/formats/tei_window_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "strata/error.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using testing::add_layer_by;
using testing::add_structure;
using testing::annotate;
using testing::sample_run;
using testing::tei_string;

// Three paragraphs with non-ASCII letters, so that string ranges in later windows count on in
// code points, not bytes.
constexpr std::string_view kFirst = "Rossi parla a Roma. Bianchi ascoltò.\n\n";
constexpr std::string_view kSecond = "Bianchi risponde: \"no\".\n\n";
constexpr std::string_view kThird = "Il caffè di Müller.";

// The entities, the quotes that point at their speaker and an annotation off token boundaries
// of each name in `piece`, as a plugin would add them to a document of that text.
Document annotated(std::string_view piece) {
  Document document("doc", piece);
  add_structure(document);
  Layer& entities = add_layer_by(document, "ner", "entities");
  Layer& quotes = add_layer_by(document, "quotes", "quotes");
  Layer& parts = add_layer_by(document, "sentiment", "parts");
  const std::string_view text = document.text();
  const auto quote_at = text.find("\"no\"");
  AnnotationId speaker = 0;  // the last Bianchi before the quote
  // Each name's occurrences in turn: every name's come after the names before it in the text of
  // each window, so a window's ids follow on from the window before as the whole's do.
  for (std::string_view name : {"Rossi", "Roma", "Bianchi", "Müller"}) {
    int n = 0;
    for (auto at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
      const AnnotationId id = annotate(document, entities, name, "NAME", n++);
      entities.set_real(id, "confidence", 0.5);
      if (name == "Bianchi" && at < quote_at) speaker = id;
    }
  }
  if (quote_at != std::string_view::npos) {
    quotes.set_ref(annotate(document, quotes, "\"no\"", "quote"), "speaker", {"entities", speaker});
  }
  if (text.find("affè") != std::string_view::npos) annotate(document, parts, "affè", "x");
  return document;
}

std::string windowed_tei(const Document& whole, const std::vector<std::string_view>& pieces) {
  std::ostringstream out;
  TeiWindowWriter writer(whole, sample_run(), out);
  for (std::string_view piece : pieces) writer.write(annotated(piece));
  writer.finish();
  return out.str();
}

TEST(TeiWindowWriter, WritesWhatTheWholeDocumentGives) {
  const std::string text = std::string(kFirst) + std::string(kSecond) + std::string(kThird);
  const Document whole = annotated(text);
  const std::string expected = tei_string(whole);
  EXPECT_EQ(windowed_tei(whole, {text}), expected);
  EXPECT_EQ(windowed_tei(whole, {kFirst, std::string(kSecond) + std::string(kThird)}), expected);
  EXPECT_EQ(windowed_tei(whole, {kFirst, kSecond, kThird}), expected);
}

TEST(TeiWindowWriter, NumbersOnAcrossWindows) {
  const std::string text = std::string(kFirst) + std::string(kSecond);
  const std::string tei = windowed_tei(annotated(text), {kFirst, kSecond});
  EXPECT_NE(tei.find("<p xml:id=\"p2\"><s xml:id=\"s3\"><w xml:id=\"w9\">Bianchi</w>"),
            std::string::npos);
  // The quote's speaker is the second window's first entity, the fourth of the file.
  EXPECT_NE(tei.find("<link target=\"#quotes-0 #entities-3\"/>"), std::string::npos);
}

TEST(TeiWindowWriter, TakesTheFirstWindowsLanguageWhenTheDocumentsIsToBeDetected) {
  const Document whole = annotated(kFirst);
  Document window = annotated(kFirst);
  window.set_language("it");
  std::ostringstream out;
  TeiWindowWriter writer(whole, sample_run(), out);
  writer.write(window);
  writer.finish();
  EXPECT_NE(out.str().find("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"it\">"),
            std::string::npos);
}

TEST(TeiWindowWriter, RefusesAWindowWithABrokenReferenceBeforeWritingIt) {
  const Document whole = annotated(kFirst);
  Document broken = annotated(kFirst);
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
  const Document whole = annotated(kFirst);
  std::ostringstream out;
  TeiWindowWriter writer(whole, sample_run(), out);
  EXPECT_THROW(writer.finish(), Error);
}

}  // namespace
}  // namespace strata::formats
