// The layer invariants on many texts stitched at random from awkward pieces: whatever the input,
// every character is accounted for and sentences nest in paragraphs.
#include <gtest/gtest.h>

#include <array>
#include <random>

#include "invariants.hpp"
#include "strata/document.hpp"
#include "test_support.hpp"
#include "tokens_annotator.hpp"

namespace strata::tokens {
namespace {

// Fragments that exercise every scanner, and the separators put between them. Pieces are glued
// without a separator now and then, to make the odd combinations.
constexpr std::array<std::string_view, 48> kPieces = {
    "dell'",     "ONU",        "l’",
    "po'",       "don't",      "Putin's",
    "O'Brien",   "'",          "’",
    "\"",        "«",          "»",
    "“",         "”",          "art.",
    "d.lgs.",    "U.S.C.",     "etc.",
    "ecc.",      "J.",         "S.p.A.",
    "Dr.",       ".",          "...",
    "…",         "?!",         "!",
    "-",         "—",          "--",
    "3-bis",     "19/06/2024", "1.234,56",
    "-3",        "+",          "%",
    "§",         "€",          "https://x.it/a(b).",
    "www.y.com", "a.b@c.it",   "@",
    "👍🏽",  "🇮🇹",         "e\u0301",
    "東京",      "\u200B",     "Città"};
constexpr std::array<std::string_view, 7> kSeparators = {" ",    " ",  " ",     "\n",
                                                         "\n\n", "\t", "\u00A0"};

std::string random_text(std::mt19937& random) {
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<std::size_t> separator(0, kSeparators.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  std::bernoulli_distribution glue(0.2);
  std::string text;
  for (int n = length(random); n > 0; --n) {
    text += kPieces[piece(random)];
    if (!glue(random)) text += kSeparators[separator(random)];
  }
  return text;
}

TEST(RandomText, LayersKeepTheirInvariants) {
  testing::RecordingLogger logger;
  TokensAnnotator annotator(testing::context_with(logger));
  std::mt19937 random(20240619);  // fixed: a failure must be reproducible
  for (const char* mode : {"auto", "blank-lines", "lines"}) {
    Options options;
    options.set("paragraphs", std::string(mode));
    annotator.configure(options);
    for (const char* language : {"auto", "it", "en", "de"}) {
      for (int round = 0; round < 100; ++round) {
        Document doc("random", random_text(random));
        doc.set_language(language);
        annotator.process(doc);
        ASSERT_EQ(testing::layer_violation(doc), "")
            << "mode " << mode << ", language " << language << ", text:\n"
            << doc.text();
      }
    }
  }
}

}  // namespace
}  // namespace strata::tokens
