#include "strata/formats/vrt_window_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "sample_documents.hpp"
#include "strata/formats/vrt_writer.hpp"
#include "window_documents.hpp"

namespace strata::formats {
namespace {

using testing::annotated_piece;
using testing::kFirstParagraph;
using testing::kSecondParagraph;
using testing::kThirdParagraph;
using testing::write_windows;

// What write_vrt returns, the window writer notes as it goes, naming the window.
TEST(VrtWindowWriter, NotesWhatWriteVrtReturnsNamingTheWindow) {
  const std::string first(kFirstParagraph), second(kSecondParagraph), third(kThirdParagraph);
  const Document whole = annotated_piece(first + second + third);
  std::ostringstream unused;
  const std::string widened = "1 span(s) of layer 'parts' widened to whole tokens";
  EXPECT_EQ(write_vrt(whole, unused), std::vector<std::string>{widened});
  std::vector<std::string> notes;
  VrtWindowWriter writer(whole, unused, [&](const std::string& note) { notes.push_back(note); });
  write_windows(writer, {first, second, third});
  EXPECT_EQ(notes, std::vector<std::string>{"window 3: " + widened});
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
  EXPECT_NE(out.str().find("Bianchi\tword\t_\t_\n"), std::string::npos) << out.str();
  EXPECT_EQ(out.str().find("\tBianchi"), std::string::npos);
}

}  // namespace
}  // namespace strata::formats
