#include "sentence_splitter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "paragraph_splitter.hpp"
#include "test_support.hpp"
#include "tokenizer.hpp"

namespace strata::tokens {
namespace {

using Texts = std::vector<std::string>;

// The sentences of `text` as strings, with the plugin's lists and the given settings.
Texts sentences(std::string_view text, ApostropheRule rule = ApostropheRule::elision,
                ParagraphMode mode = ParagraphMode::automatic) {
  const Abbreviations& abbreviations = rule == ApostropheRule::english
                                           ? testing::english_abbreviations()
                                           : testing::italian_abbreviations();
  const std::vector<TokenSpan> tokens = Tokenizer(abbreviations, rule).tokenize(text);
  const std::vector<Span> paragraphs = split_paragraphs(text, mode);
  Texts out;
  for (const Span& s :
       SentenceSplitter(testing::function_words()).split(text, tokens, paragraphs)) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

Texts english_sentences(std::string_view text) {
  return sentences(text, ApostropheRule::english);
}

TEST(SentenceSplitter, FinalPunctuationBeforeACapital) {
  EXPECT_EQ(sentences("Il trattato è firmato. Kim ha parlato! Davvero? Sì."),
            (Texts{"Il trattato è firmato.", "Kim ha parlato!", "Davvero?", "Sì."}));
}

TEST(SentenceSplitter, NoEndBeforeALowerCaseWordOrWithoutSpace) {
  EXPECT_EQ(sentences("Ha detto basta. e poi se ne è andato."),
            (Texts{"Ha detto basta. e poi se ne è andato."}));
  EXPECT_EQ(sentences("Sì!Poi basta."), (Texts{"Sì!Poi basta."}));
}

TEST(SentenceSplitter, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(sentences("Disse: «Andiamo.» Poi partirono (di notte.) Arrivarono."),
            (Texts{"Disse: «Andiamo.»", "Poi partirono (di notte.)", "Arrivarono."}));
  EXPECT_EQ(english_sentences("He said \"Go.\" Then he left."),
            (Texts{"He said \"Go.\"", "Then he left."}));
}

TEST(SentenceSplitter, SentencesCanStartWithDigitsQuotesAndDashes) {
  EXPECT_EQ(
      sentences("Era il 1961. 200 soldati marciarono. «Andiamo» disse. — Sì, rispose."),
      (Texts{"Era il 1961.", "200 soldati marciarono.", "«Andiamo» disse.", "— Sì, rispose."}));
}

TEST(SentenceSplitter, EllipsesEndSentences) {
  EXPECT_EQ(sentences("Aspetta... Poi vediamo… Ecco."),
            (Texts{"Aspetta...", "Poi vediamo…", "Ecco."}));
}

TEST(SentenceSplitter, NoEndAfterAbbreviationsAndInitials) {
  EXPECT_EQ(sentences("L'art. 4 del d.lgs. n. 196 lo prevede. Il sig. Rossi e l'on. Bianchi "
                      "firmano. Lo scrisse J. R. R. Tolkien."),
            (Texts{"L'art. 4 del d.lgs. n. 196 lo prevede.",
                   "Il sig. Rossi e l'on. Bianchi firmano.", "Lo scrisse J. R. R. Tolkien."}));
  // Italian news writes foreign places with their own "St.".
  EXPECT_EQ(sentences("È morta a St. Petersburg (Florida). Era nata a St. Moritz."),
            (Texts{"È morta a St. Petersburg (Florida).", "Era nata a St. Moritz."}));
  EXPECT_EQ(english_sentences("Dr. Smith cited 42 U.S.C. 1983 and Art. 5. The court agreed."),
            (Texts{"Dr. Smith cited 42 U.S.C. 1983 and Art. 5.", "The court agreed."}));
}

TEST(SentenceSplitter, AbbreviationsThatMayEndASentence) {
  // Before a capitalised function word: a new sentence.
  EXPECT_EQ(sentences("Compra mele, pere ecc. Il giorno dopo torna."),
            (Texts{"Compra mele, pere ecc.", "Il giorno dopo torna."}));
  EXPECT_EQ(english_sentences("He moved to the U.S. The next day he left."),
            (Texts{"He moved to the U.S.", "The next day he left."}));
  // Before a name or any other capitalised content word: the same sentence.
  EXPECT_EQ(english_sentences("The U.S. Army said so. Apple Inc. Chief Tim Cook agreed."),
            (Texts{"The U.S. Army said so.", "Apple Inc. Chief Tim Cook agreed."}));
  EXPECT_EQ(sentences("Mele, pere ecc. Mario le mangia tutte."),
            (Texts{"Mele, pere ecc. Mario le mangia tutte."}));
  EXPECT_EQ(sentences("Mele, pere ecc. e altro."), (Texts{"Mele, pere ecc. e altro."}));
}

TEST(SentenceSplitter, ParagraphEndsAlwaysEndSentences) {
  EXPECT_EQ(sentences("Un patto di mutua difesa\nIl vertice si è svolto ieri.\nsenza punto"),
            (Texts{"Un patto di mutua difesa", "Il vertice si è svolto ieri.", "senza punto"}));
  EXPECT_EQ(sentences("primo paragrafo\n\nsecondo paragrafo", ApostropheRule::elision,
                      ParagraphMode::blank_lines),
            (Texts{"primo paragrafo", "secondo paragrafo"}));
}

TEST(SentenceSplitter, HeadingLineInsideABlankLineParagraph) {
  const std::string text =
      "Un patto di mutua difesa\nPutin ha effettuato la sua prima visita in ventiquattro anni "
      "a Pyongyang.\n\nAltro.";
  EXPECT_EQ(sentences(text, ApostropheRule::elision, ParagraphMode::blank_lines),
            (Texts{"Un patto di mutua difesa",
                   "Putin ha effettuato la sua prima visita in ventiquattro anni a Pyongyang.",
                   "Altro."}));
  // Hard-wrapped prose: lines of similar length do not end sentences.
  const std::string wrapped =
      "Il trattato obbliga entrambi i Paesi a fornire supporto a\nPyongyang e a Mosca in caso "
      "di conflitto armato.\n\nAltro.";
  EXPECT_EQ(sentences(wrapped, ApostropheRule::elision, ParagraphMode::blank_lines).size(), 2u);
}

TEST(SentenceSplitter, EveryTokenInExactlyOneSentenceInsideItsParagraph) {
  const std::string text =
      "Titolo\n\n«Sì.» Poi... ecc. Il dott. Rossi? Sì!\nAltra riga, art. 3.\n\n  Fine";
  const Tokenizer tokenizer(testing::italian_abbreviations(), ApostropheRule::elision);
  const std::vector<TokenSpan> tokens = tokenizer.tokenize(text);
  const std::vector<Span> paragraphs = split_paragraphs(text, ParagraphMode::automatic);
  const std::vector<Span> found =
      SentenceSplitter(testing::function_words()).split(text, tokens, paragraphs);
  std::size_t t = 0;
  std::size_t p = 0;
  for (const Span& sentence : found) {
    while (paragraphs[p].end < sentence.begin) ++p;
    EXPECT_GE(sentence.begin, paragraphs[p].begin);
    EXPECT_LE(sentence.end, paragraphs[p].end);
    ASSERT_LT(t, tokens.size());
    EXPECT_EQ(tokens[t].begin, sentence.begin);
    while (t < tokens.size() && tokens[t].end <= sentence.end) ++t;
    EXPECT_EQ(tokens[t - 1].end, sentence.end);
  }
  EXPECT_EQ(t, tokens.size());
  EXPECT_EQ(found.size(), 7u);
}

TEST(SentenceSplitter, NoTokensNoSentences) {
  EXPECT_TRUE(sentences("").empty());
  EXPECT_TRUE(sentences("  \n\n ").empty());
}

}  // namespace
}  // namespace strata::tokens
