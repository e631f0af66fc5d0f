// The plugin on the real news sample of the shared folder (one paragraph or heading per line).
#include <gtest/gtest.h>

#include <algorithm>

#include "char_class.hpp"
#include "invariants.hpp"
#include "strata/document.hpp"
#include "strata/layer_names.hpp"
#include "strata/token_index.hpp"
#include "test_support.hpp"
#include "tokens_annotator.hpp"
#include "utf8.hpp"

namespace strata::tokens {
namespace {

constexpr const char* kSample = "it-news-trattato.txt";

class SampleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string text = testing::read_shared_sample(kSample);
    if (text.empty()) GTEST_SKIP() << "$STRATA_SHARED_DIR/samples/" << kSample << " not found";
    doc_ = std::make_unique<Document>("sample", text);
    TokensAnnotator annotator(testing::context_with(logger_));
    annotator.process(*doc_);
    index_ = std::make_unique<TokenIndex>(*doc_);
  }

  std::vector<std::string> texts_of(std::string_view layer_name) const {
    const Layer& layer = doc_->layer(layer_name);
    std::vector<std::string> out;
    for (AnnotationId id : layer.ids_by_offset()) {
      out.emplace_back(doc_->text(layer.begin(id), layer.end(id)));
    }
    return out;
  }

  bool has_token(std::string_view text, std::string_view kind) const {
    return std::any_of(index_->tokens().begin(), index_->tokens().end(),
                       [&](const Token& t) { return t.text == text && t.kind == kind; });
  }

  testing::RecordingLogger logger_;
  std::unique_ptr<Document> doc_;
  std::unique_ptr<TokenIndex> index_;
};

TEST_F(SampleTest, IsDetectedAsItalian) {
  EXPECT_EQ(doc_->language(), "it");
}

TEST_F(SampleTest, EveryLineIsAParagraph) {
  const std::vector<std::string> paragraphs = texts_of(layer_names::paragraphs);
  const std::string& text = doc_->text();
  const auto lines = std::count(text.begin(), text.end(), '\n') + (text.ends_with('\n') ? 0 : 1);
  EXPECT_EQ(static_cast<long>(paragraphs.size()), lines);
  EXPECT_EQ(paragraphs[4], "Un patto di mutua difesa");
  EXPECT_EQ(paragraphs[6], "Il ruolo degli USA e le dichiarazioni di Kim Jong-un");
}

TEST_F(SampleTest, LayersKeepTheirInvariants) {
  EXPECT_EQ(testing::layer_violation(*doc_), "");
}

TEST_F(SampleTest, SentencesStartAndEndWhereTheyShould) {
  const std::vector<std::string> sentences = texts_of(layer_names::sentences);
  // Counted by hand: 31 sentences of running text and 3 headings, in 11 paragraphs.
  ASSERT_EQ(sentences.size(), 34u);
  EXPECT_TRUE(sentences[0].starts_with("Il nuovo trattato di partenariato"));
  EXPECT_TRUE(sentences[0].ends_with("in caso di conflitto."));
  EXPECT_TRUE(sentences[27].starts_with("\"Il regime restrittivo"));
  EXPECT_TRUE(sentences[27].ends_with("dovrebbe essere rivisto\", ha affermato Vladimir Putin."));
  EXPECT_EQ(sentences[33],
            "Durante l'evento, Vladimir Putin ha invitato Kim Jong-un a visitare Mosca.");
  for (const std::string& s : sentences) {
    const UChar32 first = decode_at(s, 0).code_point;
    EXPECT_TRUE(is_capital_letter(first) || first == '"') << s;
  }
  EXPECT_NE(std::find(sentences.begin(), sentences.end(), "Un patto di mutua difesa"),
            sentences.end());
  EXPECT_NE(std::find(sentences.begin(), sentences.end(), "La limousine"), sentences.end());
}

TEST_F(SampleTest, TricksOfTheSampleAreTokenizedWell) {
  EXPECT_TRUE(has_token("dell'", "word"));
  EXPECT_TRUE(has_token("ONU", "word"));
  EXPECT_TRUE(has_token("l'", "word"));
  EXPECT_TRUE(has_token("Jong-un", "word"));
  EXPECT_TRUE(has_token("Il-sung", "word"));
  EXPECT_TRUE(has_token("tecnico-militare", "word"));
  EXPECT_TRUE(has_token("19-06-2024", "number"));
  EXPECT_TRUE(has_token("200.000", "number"));
  EXPECT_TRUE(has_token("\"", "punct"));
  EXPECT_FALSE(has_token("dell'ONU", "word"));
}

TEST_F(SampleTest, NoSentenceEndsOnAnAbbreviationInsideItsParagraph) {
  const Layer& paragraphs = doc_->layer(layer_names::paragraphs);
  std::vector<Offset> paragraph_ends;
  for (AnnotationId id = 0; id < paragraphs.size(); ++id)
    paragraph_ends.push_back(paragraphs.end(id));
  for (const Sentence& sentence : index_->sentences()) {
    if (std::find(paragraph_ends.begin(), paragraph_ends.end(), sentence.end) !=
        paragraph_ends.end()) {
      continue;
    }
    EXPECT_NE(testing::italian_abbreviations().find(sentence.tokens.back().text),
              Abbreviations::Match::inside_sentence)
        << sentence.tokens.back().text;
  }
}

// Read as one paragraph, the sample still has its headings as sentences of their own.
TEST_F(SampleTest, BlankLinesModeFindsTheSameSentences) {
  TokensAnnotator annotator(testing::context_with(logger_));
  Options options;
  options.set("paragraphs", std::string("blank-lines"));
  annotator.configure(options);
  Document doc("sample", doc_->text());
  annotator.process(doc);
  EXPECT_EQ(doc.layer(layer_names::paragraphs).size(), 1u);
  const Layer& sentences = doc.layer(layer_names::sentences);
  ASSERT_EQ(sentences.size(), doc_->layer(layer_names::sentences).size());
  for (AnnotationId id = 0; id < sentences.size(); ++id) {
    EXPECT_EQ(sentences.begin(id), doc_->layer(layer_names::sentences).begin(id));
    EXPECT_EQ(sentences.end(id), doc_->layer(layer_names::sentences).end(id));
  }
}

// The same invariants with abbreviations that the sample lacks: no break after art., n., U.S.C.
TEST(SampleLikeText, NoBreakAfterArtNOrUsc) {
  testing::RecordingLogger logger;
  TokensAnnotator annotator(testing::context_with(logger));
  Document doc("legal",
               "Secondo l'art. 4, comma 2, del d.lgs. n. 196 del 2003, il titolare risponde. "
               "Vedi anche 42 U.S.C. § 1983 e la sent. n. 12. Fine.");
  doc.set_language("und");
  annotator.process(doc);
  const TokenIndex index(doc);
  ASSERT_EQ(index.sentences().size(), 3u);
  EXPECT_EQ(index.sentences()[1].tokens.front().text, "Vedi");
  EXPECT_EQ(index.sentences()[2].tokens.front().text, "Fine");
}

}  // namespace
}  // namespace strata::tokens
