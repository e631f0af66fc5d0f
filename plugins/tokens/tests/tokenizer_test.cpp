#include "tokenizer.hpp"

#include <gtest/gtest.h>

#include "invariants.hpp"
#include "test_support.hpp"

namespace strata::tokens {
namespace {

using testing::tokenize_en;
using testing::tokenize_it;
using testing::tokenize_other;

TEST(TokenKind, EachKindHasItsFeatureValue) {
  EXPECT_EQ(to_string(TokenKind::word), "word");
  EXPECT_EQ(to_string(TokenKind::number), "number");
  EXPECT_EQ(to_string(TokenKind::punct), "punct");
  EXPECT_EQ(to_string(TokenKind::symbol), "symbol");
  EXPECT_EQ(to_string(TokenKind::url), "url");
  EXPECT_EQ(to_string(TokenKind::email), "email");
}

TEST(Tokenizer, ItalianElisionsSplitAfterTheApostrophe) {
  EXPECT_EQ(tokenize_it("dell'ONU l'articolo un'altra c'è all'esame"),
            "dell'/word ONU/word l'/word articolo/word un'/word altra/word c'/word è/word "
            "all'/word esame/word");
  EXPECT_EQ(tokenize_it("dell’ONU L’Aquila quest’anno"),
            "dell’/word ONU/word L’/word Aquila/word quest’/word anno/word");
  EXPECT_EQ(tokenize_it("l'8 settembre"), "l'/word 8/number settembre/word");
}

TEST(Tokenizer, ItalianSurnamesWithApostropheStayWhole) {
  EXPECT_EQ(tokenize_it("D'Alema e O'Brien, D'altra parte"),
            "D'Alema/word e/word O'Brien/word ,/punct D'/word altra/word parte/word");
}

TEST(Tokenizer, ItalianApocopeKeepsItsApostrophe) {
  EXPECT_EQ(tokenize_it("un po' di tempo"), "un/word po'/word di/word tempo/word");
  // An apostrophe after a word that is not an apocope is a closing quote.
  EXPECT_EQ(tokenize_it("la parola 'casa' qui"),
            "la/word parola/word '/punct casa/word '/punct qui/word");
}

TEST(Tokenizer, EnglishCliticsSplitAsInThePennTreebank) {
  EXPECT_EQ(tokenize_en("don't can't Putin's I'm we're they've she'll you'd"),
            "do/word n't/word ca/word n't/word Putin/word 's/word I/word 'm/word we/word "
            "'re/word they/word 've/word she/word 'll/word you/word 'd/word");
  EXPECT_EQ(tokenize_en("Don’t DON'T"), "Do/word n’t/word DO/word N'T/word");
}

TEST(Tokenizer, EnglishKeepsOtherApostrophesInsideWords) {
  EXPECT_EQ(tokenize_en("O'Brien at five o'clock, rock'n'roll"),
            "O'Brien/word at/word five/word o'clock/word ,/punct rock'n'roll/word");
  // A plural possessive's apostrophe is punctuation.
  EXPECT_EQ(tokenize_en("the States' rights"), "the/word States/word '/punct rights/word");
}

TEST(Tokenizer, OtherLanguagesSplitElisionsAndEnglishClitics) {
  EXPECT_EQ(tokenize_other("McDonald's dell'ONU l's"),
            "McDonald/word 's/word dell'/word ONU/word l'/word s/word");
}

TEST(Tokenizer, ItalianAbbreviationsKeepTheirDot) {
  EXPECT_EQ(tokenize_it("art. 4 e artt. 5-7 c.c. e d.lgs. n. 196, pag. 3"),
            "art./word 4/number e/word artt./word 5-7/number c.c./word e/word d.lgs./word "
            "n./word 196/number ,/punct pag./word 3/number");
  EXPECT_EQ(tokenize_it("Art. 3 del d.P.R. e il c.p.c."),
            "Art./word 3/number del/word d.P.R./word e/word il/word c.p.c./word");
  EXPECT_EQ(tokenize_it("il dott. Rossi e l'avv. Bianchi"),
            "il/word dott./word Rossi/word e/word l'/word avv./word Bianchi/word");
}

TEST(Tokenizer, AbbreviationGluedToANumber) {
  EXPECT_EQ(tokenize_it("art.5 e n.3"), "art./word 5/number e/word n./word 3/number");
}

TEST(Tokenizer, UnlistedWordsGiveTheirDotBack) {
  EXPECT_EQ(tokenize_it("Fine. Poi"), "Fine/word ./punct Poi/word");
  EXPECT_EQ(tokenize_en("I said no. Then"), "I/word said/word no/word ./punct Then/word");
}

TEST(Tokenizer, EnglishAbbreviationsKeepTheirDot) {
  EXPECT_EQ(tokenize_en("Dr. Smith v. Jones, 42 U.S.C. § 1983, e.g. this"),
            "Dr./word Smith/word v./word Jones/word ,/punct 42/number U.S.C./word §/symbol "
            "1983/number ,/punct e.g./word this/word");
  EXPECT_EQ(tokenize_en("Acme Inc. and Mr. Brown"),
            "Acme/word Inc./word and/word Mr./word Brown/word");
}

TEST(Tokenizer, InitialsAndDottedAcronymsKeepTheirDot) {
  EXPECT_EQ(tokenize_en("J. R. R. Tolkien"), "J./word R./word R./word Tolkien/word");
  EXPECT_EQ(tokenize_en("J.R.R. Tolkien"), "J.R.R./word Tolkien/word");
  EXPECT_EQ(tokenize_it("Fiat S.p.A. e la X.Y.Z. srl"),
            "Fiat/word S.p.A./word e/word la/word X.Y.Z./word srl/word");
  // A lower-case single letter is not an initial.
  EXPECT_EQ(tokenize_it("punto a. Poi"), "punto/word a/word ./punct Poi/word");
}

TEST(Tokenizer, DatesAndNumbersStayWhole) {
  EXPECT_EQ(tokenize_it("Oggi (19-06-2024) o il 19/06/2024 alle 8:30"),
            "Oggi/word (/punct 19-06-2024/number )/punct o/word il/word 19/06/2024/number "
            "alle/word 8:30/number");
  EXPECT_EQ(tokenize_it("200.000 euro, 3,5 e 1.234,56"),
            "200.000/number euro/word ,/punct 3,5/number e/word 1.234,56/number");
  EXPECT_EQ(tokenize_en("$2,000.50 and 3.5%"),
            "$/symbol 2,000.50/number and/word 3.5/number %/symbol");
  EXPECT_EQ(tokenize_it("nel 1961."), "nel/word 1961/number ./punct");
}

TEST(Tokenizer, SignedNumbersAndOrdinals) {
  EXPECT_EQ(tokenize_it("da -3 a +5 (-2) e 10-3"),
            "da/word -3/number a/word +5/number (/punct -2/number )/punct e/word 10-3/number");
  EXPECT_EQ(tokenize_it("il 1° maggio, la 2ª volta, 30°C"),
            "il/word 1°/number maggio/word ,/punct la/word 2ª/number volta/word ,/punct "
            "30°C/number");
  EXPECT_EQ(tokenize_it("a - b"), "a/word -/punct b/word");
}

TEST(Tokenizer, BisAndTerStayWithTheirNumber) {
  EXPECT_EQ(tokenize_it("art. 3-bis e 4-ter"), "art./word 3-bis/number e/word 4-ter/number");
}

TEST(Tokenizer, UrlsAndEmailsAreOneToken) {
  EXPECT_EQ(tokenize_it("Vedi https://www.esempio.it/a/b?x=1&y=2. Poi"),
            "Vedi/word https://www.esempio.it/a/b?x=1&y=2/url ./punct Poi/word");
  EXPECT_EQ(tokenize_en("(see www.example.com/page), then"),
            "(/punct see/word www.example.com/page/url )/punct ,/punct then/word");
  EXPECT_EQ(tokenize_en("the wiki https://en.wikipedia.org/wiki/Foo_(bar)."),
            "the/word wiki/word https://en.wikipedia.org/wiki/Foo_(bar)/url ./punct");
  EXPECT_EQ(tokenize_it("Scrivi a mario.rossi@esempio.it."),
            "Scrivi/word a/word mario.rossi@esempio.it/email ./punct");
  EXPECT_EQ(tokenize_en("mail first_last@mail.example.co.uk!"),
            "mail/word first_last@mail.example.co.uk/email !/punct");
  // Without a domain there is no address.
  EXPECT_EQ(tokenize_en("ping @home or a@b"),
            "ping/word @/symbol home/word or/word a/word @/symbol b/word");
}

TEST(Tokenizer, SymbolsAndEmoji) {
  EXPECT_EQ(tokenize_it("§ 3 costa 5 € + IVA"),
            "§/symbol 3/number costa/word 5/number €/symbol +/symbol IVA/word");
  EXPECT_EQ(tokenize_en("great👍🏽! 🇮🇹 👨‍👩‍👧 ok"),
            "great/word 👍🏽/symbol !/punct 🇮🇹/symbol 👨‍👩‍👧/symbol ok/word");
  EXPECT_EQ(tokenize_en("AT&T R&D rock & roll"), "AT&T/word R&D/word rock/word &/symbol roll/word");
}

TEST(Tokenizer, HyphenatedWordsStayWhole) {
  EXPECT_EQ(tokenize_it("Kim Jong-un e la cooperazione tecnico-militare"),
            "Kim/word Jong-un/word e/word la/word cooperazione/word tecnico-militare/word");
  EXPECT_EQ(tokenize_en("COVID-19 and pre- or post-war"),
            "COVID-19/word and/word pre/word -/punct or/word post-war/word");
}

TEST(Tokenizer, QuotesDashesAndEllipses) {
  EXPECT_EQ(tokenize_it("«Sì» disse — “forse”… \"no\" ‘mai’ -- fine..."),
            "«/punct Sì/word »/punct disse/word —/punct “/punct forse/word ”/punct …/punct "
            "\"/punct no/word \"/punct ‘/punct mai/word ’/punct --/punct fine/word ..."
            "/punct");
  EXPECT_EQ(tokenize_en("What?! Really!!! ecc..."),
            "What/word ?!/punct Really/word !!!/punct ecc/word .../punct");
}

TEST(Tokenizer, AnyUnicodeLetterMakesWords) {
  EXPECT_EQ(tokenize_it("Città perché Straße Ελλάδα Москва 東京都"),
            "Città/word perché/word Straße/word Ελλάδα/word Москва/word 東京都/word");
  // A decomposed accent stays with its letter.
  EXPECT_EQ(tokenize_it("citta\u0300 x"), "citta\u0300/word x/word");
}

TEST(Tokenizer, EveryNonSpaceCharacterIsInExactlyOneToken) {
  const std::string text =
      "  «L'art. 4» — disse il Sig. Rossi (tel. +39 06-1234)…\tDon't! 3,5% www.x.it/a) "
      "\u00A0e\u0301 🇮🇹🇫🇷 ‰ x@y ..\n\n¿Qué? J.R.R. ’90 d'";
  for (ApostropheRule rule : {ApostropheRule::elision, ApostropheRule::english}) {
    const Tokenizer tokenizer(testing::italian_abbreviations(), rule);
    EXPECT_EQ(testing::token_violation(text, tokenizer.tokenize(text)), "");
  }
}

TEST(Tokenizer, MarksAbbreviationsForTheSentenceSplitter) {
  const std::string text = "ecc. art. J. fine.";
  const Tokenizer tokenizer(testing::italian_abbreviations(), ApostropheRule::elision);
  const std::vector<TokenSpan> tokens = tokenizer.tokenize(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_TRUE(tokens[0].abbreviation && tokens[0].may_end_sentence);   // ecc.
  EXPECT_TRUE(tokens[1].abbreviation && !tokens[1].may_end_sentence);  // art.
  EXPECT_TRUE(tokens[2].abbreviation && !tokens[2].may_end_sentence);  // J.
  EXPECT_FALSE(tokens[3].abbreviation);                                // fine
  EXPECT_FALSE(tokens[4].abbreviation);                                // .
}

TEST(Tokenizer, EmptyAndBlankTextsHaveNoTokens) {
  EXPECT_EQ(tokenize_it(""), "");
  EXPECT_EQ(tokenize_it(" \n\t\u00A0\u3000"), "");
}

}  // namespace
}  // namespace strata::tokens
