#include "strata/formats/vrt_window_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "sample_documents.hpp"
#include "strata/error.hpp"
#include "strata/formats/vrt_writer.hpp"
#include "window_documents.hpp"

namespace strata::formats {
namespace {

using testing::annotated_piece;
using testing::kFirstParagraph;
using testing::kSecondParagraph;
using testing::kThirdParagraph;
using testing::write_windows;

struct Written {
  std::string vrt;
  std::vector<std::string> notes;
};

Written windowed_vrt(const Document& whole, const std::vector<std::string_view>& pieces) {
  Written written;
  std::ostringstream out;
  VrtWindowWriter writer(whole, out,
                         [&](const std::string& note) { written.notes.push_back(note); });
  write_windows(writer, pieces);
  written.vrt = out.str();
  return written;
}

TEST(VrtWindowWriter, WritesWhatTheWholeDocumentGives) {
  const std::string first(kFirstParagraph), second(kSecondParagraph), third(kThirdParagraph);
  const std::string text = first + second + third;
  const Document whole = annotated_piece(text);
  std::ostringstream expected;
  const std::string widened = "1 span(s) of layer 'parts' widened to whole tokens";
  EXPECT_EQ(write_vrt(whole, expected), std::vector<std::string>{widened});
  EXPECT_EQ(windowed_vrt(whole, {text}).vrt, expected.str());
  EXPECT_EQ(windowed_vrt(whole, {first, second + third}).vrt, expected.str());
  const Written three = windowed_vrt(whole, {first, second, third});
  EXPECT_EQ(three.vrt, expected.str());
  EXPECT_EQ(three.notes, std::vector<std::string>{"window 3: " + widened});
}

TEST(VrtWindowWriter, NotesATokenFeatureTheFirstWindowDidNotHave) {
  const Document whole = annotated_piece(kFirstParagraph);
  std::ostringstream out;
  std::vector<std::string> notes;
  VrtWindowWriter writer(whole, out, [&](const std::string& note) { notes.push_back(note); });
  writer.write(annotated_piece(kFirstParagraph));
  // A window whose tokens have a lemma, which the first window's did not.
  Document second("doc", "Bianchi risponde.\n");
  testing::add_structure(second, {.paragraphs = true, .sentences = false, .tokens = false});
  Layer& tokens = testing::add_layer_by(second, "tokens", "tokens");
  for (std::string_view word : {"Bianchi", "risponde", "."}) {
    const AnnotationId id = testing::annotate(second, tokens, word, "");
    tokens.set_string(id, "kind", word == "." ? "punct" : "word");
    tokens.set_string(id, "lemma", word);
  }
  writer.write(second);
  writer.finish();
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0],
            "window 2: token feature 'lemma' is not a column of the first window and "
            "is left out");
  EXPECT_NE(out.str().find("Bianchi\tword\n"), std::string::npos);
  EXPECT_EQ(out.str().find("\tBianchi"), std::string::npos);
}

TEST(VrtWindowWriter, RefusesToFinishWithoutAWindow) {
  const Document whole = annotated_piece(kFirstParagraph);
  std::ostringstream out;
  VrtWindowWriter writer(whole, out, [](const std::string&) {});
  EXPECT_THROW(writer.finish(), Error);
}

}  // namespace
}  // namespace strata::formats
