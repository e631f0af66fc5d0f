#include "strata/formats/json_window_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "sample_documents.hpp"
#include "strata/error.hpp"
#include "strata/formats/json_reader.hpp"
#include "strata/formats/json_writer.hpp"
#include "window_documents.hpp"

namespace strata::formats {
namespace {

using testing::annotated_piece;
using testing::kFirstParagraph;
using testing::kSecondParagraph;
using testing::kThirdParagraph;
using testing::sample_run;
using testing::write_windows;

std::string whole_json(const Document& document) {
  std::ostringstream out;
  write_json(document, sample_run(), out);
  return out.str();
}

std::string windowed_json(const Document& whole, const std::vector<std::string_view>& pieces) {
  std::ostringstream out;
  JsonWindowWriter writer(whole, sample_run(), out);
  write_windows(writer, pieces);
  return out.str();
}

TEST(JsonWindowWriter, WritesWhatTheWholeDocumentGives) {
  const std::string first(kFirstParagraph), second(kSecondParagraph), third(kThirdParagraph);
  const std::string text = first + second + third;
  Document whole = annotated_piece(text);
  whole.metadata()["title"] = "Tre paragrafi";
  const std::string expected = whole_json(whole);
  EXPECT_EQ(windowed_json(whole, {text}), expected);
  EXPECT_EQ(windowed_json(whole, {first, second + third}), expected);
  EXPECT_EQ(windowed_json(whole, {first, second, third}), expected);
}

TEST(JsonWindowWriter, ReadsBackAsOneDocument) {
  const std::string first(kFirstParagraph), second(kSecondParagraph);
  const Document whole = annotated_piece(first + second);
  const Document back = read_json(windowed_json(whole, {first, second}));
  EXPECT_EQ(back.text(), whole.text());
  EXPECT_EQ(back.layer("entities").size(), whole.layer("entities").size());
  EXPECT_EQ(back.layer("tokens").size(), whole.layer("tokens").size());
}

TEST(JsonWindowWriter, TakesTheFirstWindowsLanguageWhenTheDocumentsIsToBeDetected) {
  const Document whole = annotated_piece(kFirstParagraph);
  Document window = annotated_piece(kFirstParagraph);
  window.set_language("it");
  std::ostringstream out;
  JsonWindowWriter writer(whole, sample_run(), out);
  writer.write(window);
  writer.finish();
  EXPECT_NE(out.str().find("\"lang\":\"it\""), std::string::npos);
}

TEST(JsonWindowWriter, RefusesToFinishWithoutAWindow) {
  const Document whole = annotated_piece(kFirstParagraph);
  std::ostringstream out;
  JsonWindowWriter writer(whole, sample_run(), out);
  EXPECT_THROW(writer.finish(), Error);
}

}  // namespace
}  // namespace strata::formats
