#include "tokens_annotator.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "strata/document.hpp"
#include "strata/error.hpp"
#include "strata/layer_names.hpp"
#include "strata/token_index.hpp"
#include "test_support.hpp"

namespace strata::tokens {
namespace {

Options with_paragraphs(std::string mode) {
  Options options;
  options.set("paragraphs", std::move(mode));
  return options;
}

std::vector<std::string> texts_of(const Document& doc, std::string_view layer_name) {
  const Layer& layer = doc.layer(layer_name);
  std::vector<std::string> out;
  for (AnnotationId id : layer.ids_by_offset()) {
    out.emplace_back(doc.text(layer.begin(id), layer.end(id)));
  }
  return out;
}

class TokensAnnotatorTest : public ::testing::Test {
 protected:
  testing::RecordingLogger logger_;
  TokensAnnotator annotator_{testing::context_with(logger_)};
};

TEST_F(TokensAnnotatorTest, ManifestDeclaresLayersLanguagesAndTheOption) {
  const Manifest m = TokensAnnotator::manifest();
  EXPECT_EQ(m.provided_layers, (std::vector<std::string>{"tokens", "sentences", "paragraphs"}));
  EXPECT_TRUE(m.required_layers.empty());
  EXPECT_EQ(m.languages, (std::vector<std::string>{"it", "en"}));
  EXPECT_EQ(m.concurrency, Concurrency::shared);
  ASSERT_EQ(m.options.size(), 1u);
  EXPECT_EQ(m.options[0].name, "paragraphs");
  EXPECT_EQ(m.options[0].type, OptionType::string);
  EXPECT_EQ(m.options[0].default_value, "auto");
  EXPECT_FALSE(m.options[0].help.empty());
}

TEST_F(TokensAnnotatorTest, WritesTheThreeLayers) {
  annotator_.configure(with_paragraphs("auto"));
  Document doc("d1", "Titolo\nL'art. 4 vale 200.000 €. Kim Jong-un firma.\n");
  doc.restrict_writes("tokens", TokensAnnotator::manifest().provided_layers);
  annotator_.process(doc);
  doc.lift_write_restriction();

  EXPECT_EQ(doc.layer_names(), (std::vector<std::string>{"tokens", "sentences", "paragraphs"}));
  const TokenIndex index(doc);
  std::vector<std::string> tokens;
  for (const Token& t : index.tokens())
    tokens.push_back(std::string(t.text) + "/" + std::string(t.kind));
  EXPECT_EQ(tokens,
            (std::vector<std::string>{"Titolo/word", "L'/word", "art./word", "4/number",
                                      "vale/word", "200.000/number", "€/symbol", "./punct",
                                      "Kim/word", "Jong-un/word", "firma/word", "./punct"}));
  EXPECT_EQ(doc.layer(layer_names::tokens).type(0), "token");
  EXPECT_EQ(texts_of(doc, layer_names::sentences),
            (std::vector<std::string>{"Titolo", "L'art. 4 vale 200.000 €.", "Kim Jong-un firma."}));
  EXPECT_EQ(doc.layer(layer_names::sentences).type(0), "sentence");
  EXPECT_EQ(texts_of(doc, layer_names::paragraphs),
            (std::vector<std::string>{"Titolo", "L'art. 4 vale 200.000 €. Kim Jong-un firma."}));
  EXPECT_EQ(doc.layer(layer_names::paragraphs).type(0), "paragraph");
}

TEST_F(TokensAnnotatorTest, DetectsTheLanguageOnlyWhenAsked) {
  Document italian("it", "Il gatto dorme sul divano e non si sveglia.");
  annotator_.process(italian);
  EXPECT_EQ(italian.language(), "it");
  EXPECT_TRUE(std::any_of(logger_.messages.begin(), logger_.messages.end(), [](const auto& m) {
    return m.second.find("language it") != std::string::npos;
  }));

  Document english("en", "The cat doesn't wake up.");
  english.set_language("");
  annotator_.process(english);
  EXPECT_EQ(english.language(), "en");
  EXPECT_EQ(texts_of(english, layer_names::tokens)[3], "n't");

  Document unknown("x", "Merci beaucoup");
  annotator_.process(unknown);
  EXPECT_EQ(unknown.language(), "und");

  Document preset("p", "The cat doesn't wake up.");
  preset.set_language("it");
  annotator_.process(preset);
  EXPECT_EQ(preset.language(), "it");
}

TEST_F(TokensAnnotatorTest, AShortTextWithoutFunctionWordsIsGuessedFromItsSpelling) {
  Document headline("h", "Pizza margherita");
  annotator_.process(headline);
  EXPECT_EQ(headline.language(), "it");
  EXPECT_TRUE(std::any_of(logger_.messages.begin(), logger_.messages.end(), [](const auto& m) {
    return m.second.find("language it from how its words end") != std::string::npos;
  }));

  // Tokenized again by the rules of the language found: the English rule keeps "o'clock"
  // whole, the one for other languages splits it at the apostrophe.
  Document review("r", "Amazing thriller at nine o'clock");
  annotator_.process(review);
  EXPECT_EQ(review.language(), "en");
  EXPECT_EQ(texts_of(review, layer_names::tokens).back(), "o'clock");
}

TEST_F(TokensAnnotatorTest, TheLanguageChoosesTheRules) {
  const std::string text = "O'Brien visited Mr. Lewis. The end";
  Document english("en", text);
  english.set_language("en-GB");
  annotator_.process(english);
  EXPECT_EQ(texts_of(english, layer_names::tokens).front(), "O'Brien");
  EXPECT_EQ(texts_of(english, layer_names::tokens)[2], "Mr.");

  Document italian("it", text);
  italian.set_language("it");
  annotator_.process(italian);
  EXPECT_EQ(texts_of(italian, layer_names::tokens)[2], "Mr");  // not an Italian abbreviation

  // Any other language gets both lists.
  Document german("de", "Der Sig. Rossi und Dr. Müller.");
  german.set_language("de");
  annotator_.process(german);
  EXPECT_EQ(texts_of(german, layer_names::tokens),
            (std::vector<std::string>{"Der", "Sig.", "Rossi", "und", "Dr.", "Müller", "."}));
}

TEST_F(TokensAnnotatorTest, ParagraphModes) {
  const std::string text = "Titolo\nPrima frase.\n\nSeconda frase.";
  Document blank("b", text);
  annotator_.configure(with_paragraphs("blank-lines"));
  annotator_.process(blank);
  EXPECT_EQ(texts_of(blank, layer_names::paragraphs),
            (std::vector<std::string>{"Titolo\nPrima frase.", "Seconda frase."}));

  Document lines("l", text);
  annotator_.configure(with_paragraphs("lines"));
  annotator_.process(lines);
  EXPECT_EQ(texts_of(lines, layer_names::paragraphs),
            (std::vector<std::string>{"Titolo", "Prima frase.", "Seconda frase."}));
}

TEST_F(TokensAnnotatorTest, RefusesAnUnknownParagraphMode) {
  try {
    annotator_.configure(with_paragraphs("sentences"));
    FAIL() << "accepted an unknown mode";
  } catch (const Error& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("paragraphs"), std::string::npos);
    EXPECT_NE(message.find("'sentences'"), std::string::npos);
  }
}

TEST_F(TokensAnnotatorTest, EmptyDocumentGetsEmptyLayers) {
  Document doc("e", "");
  annotator_.process(doc);
  EXPECT_TRUE(doc.layer(layer_names::tokens).empty());
  EXPECT_TRUE(doc.layer(layer_names::sentences).empty());
  EXPECT_TRUE(doc.layer(layer_names::paragraphs).empty());
  EXPECT_EQ(doc.language(), "und");
}

// Concurrency::shared: one instance, several threads at once, the same results as one thread.
TEST_F(TokensAnnotatorTest, ProcessesDocumentsConcurrently) {
  const std::vector<std::string> texts = {
      "Il sig. Rossi, dell'ONU, è arrivato. Poi è ripartito.",
      "Dr. Smith didn't go to the U.S. The trip was cancelled.",
      "Titolo\n\nPrimo paragrafo, art. 3-bis. Secondo periodo… Fine."};
  const auto annotate = [this](const std::string& text) {
    Document doc("c", text);
    annotator_.process(doc);
    return std::make_pair(texts_of(doc, layer_names::tokens),
                          texts_of(doc, layer_names::sentences));
  };
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> expected;
  for (const std::string& text : texts) expected.push_back(annotate(text));

  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        const std::size_t which = (t + round) % texts.size();
        if (annotate(texts[which]) != expected[which]) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST(TokensAnnotator, MissingResourceIsAnErrorNamingThePath) {
  testing::RecordingLogger logger;
  PluginContext context = testing::context_with(logger);
  context.resource_dir = "/nonexistent/tokens-resources";
  try {
    TokensAnnotator annotator(context);
    FAIL() << "constructed without resources";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/tokens-resources/abbreviations-it.txt"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace strata::tokens
