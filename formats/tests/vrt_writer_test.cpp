// The VRT writer: the exact lines for a small document, CWB's rules on nested and crossing spans,
// and every sample document passing the checker.
#include "strata/formats/vrt_writer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "sample_documents.hpp"
#include "strata/error.hpp"
#include "strata/formats/vrt_check.hpp"

namespace strata::formats {
namespace {

using testing::add_layer_by;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::string vrt_string(const Document& document, std::vector<std::string>* notes = nullptr) {
  std::ostringstream out;
  auto written = write_vrt(document, out);
  if (notes) *notes = std::move(written);
  return std::move(out).str();
}

// "Anna vede Roma e Milano ." with tokens, one sentence and one paragraph.
Document five_words(std::string id = "d1") {
  Document d(std::move(id), "Anna vede Roma e Milano.");
  Layer& tokens = d.add_layer("tokens");
  for (auto [begin, end] : {std::pair{0, 4}, {5, 9}, {10, 14}, {15, 16}, {17, 23}, {23, 24}}) {
    tokens.set_string(tokens.add(begin, end, "token"), "kind", end - begin == 1 ? "punct" : "word");
  }
  d.add_layer("sentences").add(0, 24, "sentence");
  d.add_layer("paragraphs").add(0, 24, "paragraph");
  return d;
}

TEST(VrtWriter, WritesTheDocumentedShapeExactly) {
  Document d = five_words("a<b&\"c\"");
  Layer& entities = add_layer_by(d, "ner", "entities");
  const AnnotationId roma = entities.add(10, 14, "LOC");
  entities.set_string(roma, "source", "model");
  entities.set_real(roma, "confidence", 0.98);
  Layer& sentiment = add_layer_by(d, "ner", "entity-sentiment");
  sentiment.set_ref(sentiment.add(10, 23, "target"), "Entity", {"entities", roma});
  EXPECT_EQ(vrt_string(d),
            "<text id=\"a&lt;b&amp;&quot;c&quot;\">\n<p>\n<s>\nAnna\tword\nvede\tword\n"
            "<entity_sentiment type=\"target\" entity=\"entities-0\">\n"
            "<entities type=\"LOC\" source=\"model\" confidence=\"0.98\">\nRoma\tword\n"
            "</entities>\ne\tpunct\nMilano\tword\n</entity_sentiment>\n.\tpunct\n</s>\n</p>\n"
            "</text>\n");
}

// CWB cannot nest regions of one attribute: the spans that would nest go to attributes of their
// own, named as CWB names the levels of a recursive one.
TEST(VrtWriter, NestedSpansOfOneLayerAreSplitIntoLevelsNeverWrittenNested) {
  Document d = five_words();
  Layer& entities = add_layer_by(d, "ner", "entities");
  entities.add(10, 23, "LOC");   // "Roma e Milano"
  entities.add(17, 23, "LOC");   // "Milano", inside it
  entities.add(15, 24, "MISC");  // "e Milano.", across it
  entities.add(17, 23, "DUP");   // "Milano" again: a fourth level
  std::vector<std::string> notes;
  const std::string vrt = vrt_string(d, &notes);
  EXPECT_THAT(check_vrt(vrt), IsEmpty()) << vrt;
  EXPECT_NE(vrt.find("<entities type=\"LOC\">\nRoma\tword\n<entities1 type=\"MISC\">\ne\tpunct\n"
                     "<entities2 type=\"LOC\">\nMilano\tword\n</entities2>\n"),
            std::string::npos)
      << vrt;
  EXPECT_EQ(vrt.find("DUP"), std::string::npos);
  EXPECT_THAT(notes, ElementsAre("2 span(s) of layer 'entities' lie inside or across another span "
                                 "of the layer, which CWB cannot nest: written as <entities1> "
                                 "(and on)",
                                 "1 span(s) of layer 'entities' dropped: nested deeper than 3 "
                                 "levels",
                                 "1 region(s) of <entities1> closed and reopened where a region "
                                 "opened inside them ended"));
}

// Widened, a span that began inside a token starts with the one around it: the longer stays
// the outer.
TEST(VrtWriter, AWidenedSpanKeepsTheLongerOneOuter) {
  Document d = five_words();
  Layer& entities = add_layer_by(d, "ner", "entities");
  entities.add(0, 4, "inner");   // "Anna"
  entities.add(2, 14, "outer");  // from inside "Anna" to "Roma"
  std::vector<std::string> notes;
  const std::string vrt = vrt_string(d, &notes);
  EXPECT_THAT(check_vrt(vrt), IsEmpty()) << vrt;
  EXPECT_NE(vrt.find("<entities type=\"outer\">\n<entities1 type=\"inner\">\nAnna\tword\n"
                     "</entities1>\n"),
            std::string::npos)
      << vrt;
}

TEST(VrtWriter, CrossingSpansOfDifferentLayersAreClosedAndReopened) {
  Document d = five_words();
  add_layer_by(d, "ner", "entities").add(5, 14, "X");     // "vede Roma"
  add_layer_by(d, "ner", "quotations").add(10, 16, "Q");  // "Roma e", across it
  std::vector<std::string> notes;
  const std::string vrt = vrt_string(d, &notes);
  EXPECT_THAT(check_vrt(vrt), IsEmpty()) << vrt;
  EXPECT_NE(vrt.find("Roma\tword\n</quotations>\n</entities>\n<quotations type=\"Q\">\ne\tpunct\n"
                     "</quotations>\n"),
            std::string::npos)
      << vrt;
  EXPECT_THAT(notes, ElementsAre("1 region(s) of <quotations> closed and reopened where a region "
                                 "opened inside them ended"));
}

TEST(VrtWriter, WidensSpansToTokensAndDropsThoseWithoutTokens) {
  Document d = five_words();
  Layer& entities = add_layer_by(d, "ner", "entities");
  entities.add(1, 3, "PER");    // inside "Anna"
  entities.add(14, 15, "GAP");  // only the space after "Roma"
  std::vector<std::string> notes;
  const std::string vrt = vrt_string(d, &notes);
  EXPECT_NE(vrt.find("<entities type=\"PER\">\nAnna\tword\n</entities>\n"), std::string::npos);
  EXPECT_THAT(notes, ElementsAre("1 span(s) of layer 'entities' widened to whole tokens",
                                 "1 span(s) of layer 'entities' dropped: they cover no token"));
}

TEST(VrtWriter, KeepsEveryLineToOneValueWithoutTabsOrNewlines) {
  Document d("d", "a b");
  Layer& tokens = d.add_layer("tokens");
  tokens.set_string(tokens.add(0, 1, "token"), "kind", "x\ty\nz");
  tokens.set_string(tokens.add(2, 3, "token"), "lemma", "");
  EXPECT_EQ(vrt_string(d), "<text id=\"d\">\na\tx y z\t_\nb\t_\t_\n</text>\n");
}

// A token of 3 MB without a space was one line of 3 MB, and cwb-encode stops the whole encoding
// at a line of 64 KB; it keeps 4095 bytes of a value, so nothing more is lost by cutting there.
TEST(VrtWriter, CutsValuesToWhatCwbEncodeKeeps) {
  const std::string long_word(3'000'000, 'a');
  Document d("d", long_word + " b");
  Layer& tokens = d.add_layer("tokens");
  tokens.set_string(tokens.add(0, static_cast<Offset>(long_word.size()), "token"), "kind", "word");
  tokens.set_string(tokens.add(static_cast<Offset>(long_word.size() + 1),
                               static_cast<Offset>(long_word.size() + 2), "token"),
                    "kind", std::string(5000, '&'));
  Layer& quotes = add_layer_by(d, "q", "quotations");
  quotes.set_string(quotes.add(0, static_cast<Offset>(long_word.size()), "quote"), "text",
                    std::string(10'000, 'x'));
  std::vector<std::string> notes;
  const std::string vrt = vrt_string(d, &notes);
  EXPECT_THAT(check_vrt(vrt), IsEmpty());
  std::istringstream lines(vrt);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 65'533u);
  EXPECT_NE(vrt.find("\n" + std::string(4094, 'a') + "$\tword\n"), std::string::npos);
  std::string ampersands;
  for (int i = 0; i < 818; ++i) ampersands += "&amp;";
  EXPECT_NE(vrt.find("\nb\t" + ampersands + "$\n"), std::string::npos);
  EXPECT_NE(vrt.find(" text=\"" + std::string(4094, 'x') + "$\">"), std::string::npos);
  EXPECT_THAT(notes, ElementsAre("1 value(s) of layer 'quotations' cut to the 4095 bytes "
                                 "cwb-encode keeps (ending in '$')",
                                 "2 token value(s) cut to the 4095 bytes cwb-encode keeps (ending "
                                 "in '$')"));
}

// The message said "TEI cannot nest a structural layer in itself" whatever the format.
TEST(VrtWriter, RefusesOverlappingTokensWithoutNamingTei) {
  Document d("d", "abc");
  Layer& tokens = d.add_layer("tokens");
  tokens.add(0, 2, "token");
  tokens.add(1, 3, "token");
  try {
    vrt_string(d);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "layer 'tokens': annotations 0 [0, 2) and 1 [1, 3) overlap (byte offsets): the "
                 "annotations of a structural layer may not overlap");
  }
}

TEST(VrtWriter, RefusesADocumentWithoutTokens) {
  const Document d("d", "No tokens here.");
  try {
    vrt_string(d);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("-f vrt needs the tokens layer"));
  }
}

TEST(VrtWriter, EverySampleWithTokensPassesTheChecker) {
  for (const auto& sample : testing::sample_documents()) {
    const Document d = sample.make();
    const Layer* tokens = d.find_layer("tokens");
    if (!tokens || tokens->empty()) continue;
    const std::string vrt = vrt_string(d);
    EXPECT_THAT(check_vrt(vrt), IsEmpty()) << sample.name << "\n" << vrt;
  }
}

}  // namespace
}  // namespace strata::formats
