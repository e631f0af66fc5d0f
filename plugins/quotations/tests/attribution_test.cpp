#include "attribution.hpp"

#include <gtest/gtest.h>

#include <deque>

namespace strata::quotations {
namespace {

Lexicon test_lexicon() {
  Lexicon lexicon;
  // One section a line.
  const std::vector<std::string> lines = {
      "[cues]",        "detto",       "spiegato", "aggiunto",  //
      "[auxiliaries]", "ha",          "hanno",                 //
      "[adverbs]",     "poi",                                  //
      "[frames]",      "secondo",                              //
      "[roles]",       "il ministro",                          //
      "[pronouns]",    "lui",                                  //
      "[determiners]", "i",           "la",       "il",        //
      "[times]",       "giorno"};
  lexicon.add_lines(lines, "test");
  return lexicon;
}

Lexicon test_lexicon_en() {
  Lexicon lexicon;
  const std::vector<std::string> lines = {"[cues]",
                                          "said",
                                          "[pronouns]",
                                          "he",
                                          "[roles]",
                                          "the president",
                                          "[adverbs]",
                                          "also",
                                          "[determiners]",
                                          "a",
                                          "the",
                                          "[prepositions]",
                                          "for",
                                          "to",
                                          "[times]",
                                          "tuesday",
                                          "[bare-subjects]",
                                          "police"};
  lexicon.add_lines(lines, "test");
  return lexicon;
}

// A document of space-separated tokens and its speaking entities.
class Document {
 public:
  Document(std::string_view text, std::vector<SpeakerEntity> entities)
      : entities_(std::move(entities)) {
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find(' ', at);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view token = text.substr(at, end - at);
      views_.push_back(folded_.emplace_back(fold_token(token)));
      const bool word = (token[0] & 0x80) == 0 ? std::isalnum(static_cast<unsigned char>(token[0]))
                                               : token != "«" && token != "»";
      punctuation_.push_back(word ? 0 : 1);
      capitalised_.push_back(token[0] >= 'A' && token[0] <= 'Z' ? 1 : 0);
      quoted_.push_back(0);
      at = end + 1;
    }
  }
  DocumentTokens tokens() const { return {views_, punctuation_, capitalised_, quoted_, entities_}; }

 private:
  std::deque<std::string> folded_;  // never moved, for views_
  std::vector<std::string_view> views_;
  std::vector<std::uint8_t> punctuation_;
  std::vector<std::uint8_t> capitalised_;
  std::vector<std::uint8_t> quoted_;
  std::vector<SpeakerEntity> entities_;
};

QuoteTokens quote(TokenRange content, TokenRange before, TokenRange after,
                  std::size_t paragraph = 0) {
  return {content, before, after, paragraph, false, {}};
}

TEST(Attribution, CueAndSpeakerAfterTheQuote) {
  const Document doc("« Non ci sto » , ha poi detto Mario Rossi .", {{{9, 11}, true}});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({1, 4}, {0, 0}, {5, 12}));
  EXPECT_EQ(a.pattern, Pattern::after_quote);
  EXPECT_EQ(a.cue.first, 6u);
  EXPECT_EQ(a.cue.last, 9u);
  EXPECT_EQ(a.speaker.first, 9u);
  EXPECT_EQ(a.speaker.last, 11u);
  EXPECT_EQ(a.entity, std::optional<std::size_t>(0));
}

TEST(Attribution, ARoleTakesTheNameAfterItThatNoEntityCovers) {
  // "Sala" is a common noun too ("room"), so the entities plugin may not tag it.
  const Document doc("« Serve tempo » , ha aggiunto il ministro Sala .", {});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({1, 3}, {0, 0}, {4, 11}));
  EXPECT_EQ(a.pattern, Pattern::after_quote);
  EXPECT_EQ(a.speaker.first, 9u);
  EXPECT_EQ(a.speaker.last, 10u);
  EXPECT_TRUE(a.named);
}

TEST(Attribution, SubjectBeforeACueBeforeTheQuote) {
  const Document doc("Rossi ha spiegato che « tutto va bene » .", {{{0, 1}, true}});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({5, 8}, {0, 4}, {9, 10}));
  EXPECT_EQ(a.pattern, Pattern::before_quote);
  EXPECT_EQ(a.cue.first, 1u);
  EXPECT_EQ(a.speaker.first, 0u);
  EXPECT_EQ(a.entity, std::optional<std::size_t>(0));
}

TEST(Attribution, AFrameNamesTheSpeaker) {
  const Document doc("Secondo l' agenzia KCNA , il testo parla di « tutti i mezzi » .",
                     {{{3, 4}, false}});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({10, 13}, {0, 9}, {14, 15}));
  EXPECT_EQ(a.pattern, Pattern::frame);
  EXPECT_EQ(a.speaker.first, 3u);
  EXPECT_EQ(a.entity, std::optional<std::size_t>(0));
}

TEST(Attribution, RolesPronounsAndUncuedQuotesResolveToTheLastSpeaker) {
  const Document doc(
      "Rossi ha detto « basta così » . « Mai più » , ha aggiunto il ministro . « Ancora no » .",
      {{{0, 1}, true}});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  EXPECT_EQ(attributor.attribute(quote({4, 6}, {0, 3}, {7, 8})).entity,
            std::optional<std::size_t>(0));
  const Attribution role = attributor.attribute(quote({9, 11}, {8, 8}, {12, 17}));
  EXPECT_EQ(role.pattern, Pattern::after_quote);
  EXPECT_EQ(role.speaker.first, 15u);  // "il ministro"
  EXPECT_EQ(role.speaker.last, 17u);
  EXPECT_EQ(role.entity, std::optional<std::size_t>(0));
  const Attribution floating = attributor.attribute(quote({19, 21}, {18, 18}, {22, 23}));
  EXPECT_EQ(floating.pattern, Pattern::inherited);
  EXPECT_EQ(floating.entity, std::optional<std::size_t>(0));
  const Attribution elsewhere = attributor.attribute(quote({19, 21}, {18, 18}, {22, 23}, 5));
  EXPECT_NE(elsewhere.pattern, Pattern::inherited);  // another paragraph
}

// A subject no entity or role covers still speaks, not whoever was named last; a phrase that
// goes on after the cue is its object.
TEST(Attribution, AnUnnamedSubjectAfterTheCueIsTheSpeaker) {
  const Document doc(
      "Rossi è uscito . « Torneremo » , hanno detto i suoi collaboratori . « Mai » , ha detto "
      "la sera prima di partire per Roma .",
      {{{0, 1}, true}});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution aides = attributor.attribute(quote({5, 6}, {4, 4}, {7, 14}));
  EXPECT_EQ(aides.pattern, Pattern::after_quote);
  EXPECT_EQ(aides.speaker.first, 10u);  // "i suoi collaboratori"
  EXPECT_EQ(aides.speaker.last, 13u);
  EXPECT_FALSE(aides.entity);
  const Attribution object = attributor.attribute(quote({15, 16}, {14, 14}, {17, 28}));
  EXPECT_EQ(object.entity, std::optional<std::size_t>(0));  // "la sera prima..." speaks not
}

// Words of time after the cue say when, not who: the quote goes to the last person named.
TEST(Attribution, ATimeAfterTheCueIsNoSubject) {
  const Document doc("Rossi è uscito . « Mai » , ha detto il giorno dopo .", {{{0, 1}, true}});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({5, 6}, {4, 4}, {7, 14}));
  EXPECT_EQ(a.entity, std::optional<std::size_t>(0));
  EXPECT_EQ(a.speaker.first, a.speaker.last);  // no mention of its own
  // Capitalised, "Giorno" is a name ("il Giorno", the newspaper): the subject stands.
  const Document paper("« Mai » , ha detto il Giorno .", {});
  Attributor reader(lexicon, paper.tokens());
  const Attribution b = reader.attribute(quote({1, 2}, {0, 0}, {3, 9}));
  EXPECT_EQ(b.speaker.first, 6u);
  EXPECT_EQ(b.speaker.last, 8u);
}

// Italian news names the speaker after the quote with words that point back at it, in the same
// sentence or the next: "Lo ha detto Rossi", "È quanto ha dichiarato Rossi", "Così Rossi".
TEST(Attribution, WordsThatPointBackAtTheQuoteNameItsSpeaker) {
  Lexicon lexicon = test_lexicon();
  const std::vector<std::string> lines = {"[echoes]", "lo",          "è quanto", "[determiners]",
                                          "lo",       "[echo-cues]", "così",     "[prepositions]",
                                          "a"};
  lexicon.add_lines(lines, "test");
  const Document doc(
      "« Avanti » . Lo ha detto Mario Rossi a Roma . « Sempre » , così Mario Rossi . "
      "« Mai » . È quanto ha detto Mario Rossi . « No » . Così il ministro ha deciso .",
      {{{7, 9}, true}, {{17, 19}, true}, {{28, 30}, true}});
  Attributor attributor(lexicon, doc.tokens());
  QuoteTokens next_sentence = quote({1, 2}, {0, 0}, {3, 4});
  next_sentence.next = {4, 12};
  const Attribution lo = attributor.attribute(next_sentence);
  EXPECT_EQ(lo.pattern, Pattern::next_sentence);
  EXPECT_EQ(lo.cue.first, 5u);  // "ha detto"
  EXPECT_EQ(lo.cue.last, 7u);
  EXPECT_EQ(lo.speaker.first, 7u);
  EXPECT_EQ(lo.entity, std::optional<std::size_t>(0));
  const Attribution cosi = attributor.attribute(quote({12, 13}, {11, 11}, {14, 20}));
  EXPECT_EQ(cosi.pattern, Pattern::after_quote);
  EXPECT_EQ(cosi.cue.first, 16u);  // "così"
  EXPECT_EQ(cosi.entity, std::optional<std::size_t>(1));
  QuoteTokens quanto = quote({21, 22}, {20, 20}, {23, 24});
  quanto.next = {24, 31};
  EXPECT_EQ(attributor.attribute(quanto).entity, std::optional<std::size_t>(2));
  // "Così" with more said after its subject is no attribution.
  QuoteTokens decided = quote({32, 33}, {31, 31}, {34, 35});
  decided.next = {35, 41};
  EXPECT_NE(attributor.attribute(decided).pattern, Pattern::next_sentence);
}

TEST(Attribution, ACueBetweenDashesInsideTheQuote) {
  const Document doc("« Non è finita — ha detto Rossi — anzi » .", {{{7, 8}, true}});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({1, 10}, {0, 0}, {11, 12}));
  EXPECT_EQ(a.pattern, Pattern::inside);
  EXPECT_EQ(a.cue.first, 5u);
  EXPECT_EQ(a.speaker.first, 7u);
  EXPECT_EQ(a.entity, std::optional<std::size_t>(0));
}

TEST(Attribution, ANameNoEntityCoversStillNamesTheSpeaker) {
  const Document doc("« Not a bit of it , » said Tuppence Cowley .", {});
  const Lexicon lexicon = test_lexicon_en();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({1, 7}, {0, 0}, {8, 12}));
  EXPECT_EQ(a.pattern, Pattern::after_quote);
  EXPECT_TRUE(a.named);
  EXPECT_EQ(a.speaker.first, 9u);
  EXPECT_EQ(a.speaker.last, 11u);
  EXPECT_FALSE(a.entity.has_value());
}

// A title in small letters before the name ("coach"), when the name ends the clause; a name
// no entity covers speaks on in the quotes after it without a cue, in its paragraph.
TEST(Attribution, ANameAfterATitleInSmallLettersAndItsNextQuote) {
  const Document doc(
      "Linda Park spoke . \" We won , \" said coach Jurgen Klopp . \" Not bad . \" \" Fine , \" "
      "said to Rome .",
      {{{0, 2}, true}});
  const Lexicon lexicon = test_lexicon_en();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution klopp = attributor.attribute(quote({5, 7}, {4, 4}, {8, 14}, 1));
  EXPECT_TRUE(klopp.named);
  EXPECT_EQ(klopp.speaker.first, 11u);  // "Jurgen Klopp", not "coach"
  EXPECT_EQ(klopp.speaker.last, 13u);
  const Attribution next = attributor.attribute(quote({15, 17}, {14, 14}, {18, 18}, 1));
  EXPECT_EQ(next.pattern, Pattern::inherited);
  EXPECT_TRUE(next.named);
  EXPECT_EQ(next.speaker.first, 11u);
  // "said to Rome": a preposition is no title.
  const Attribution rome = attributor.attribute(quote({19, 20}, {18, 18}, {21, 26}, 2));
  EXPECT_FALSE(rome.named);
}

// A named speaker speaks on only while no one else spoke or was named after it.
TEST(Attribution, ANamedSpeakerSpeaksOnUntilAnotherSpeaksOrIsNamed) {
  const Document doc(
      "\" We win , \" Zorblat said . \" Great , \" a spokesman said . \" Sad . \" \" Ok , \" "
      "Zorblat "
      "said . Then Paul Smith came . \" Sad . \"",
      {{{28, 30}, true}});
  const Lexicon lexicon = test_lexicon_en();
  Attributor attributor(lexicon, doc.tokens());
  EXPECT_TRUE(attributor.attribute(quote({1, 3}, {0, 0}, {4, 7}, 1)).named);
  const Attribution spokesman = attributor.attribute(quote({8, 10}, {7, 7}, {11, 15}, 1));
  EXPECT_EQ(spokesman.speaker.first, 12u);
  EXPECT_FALSE(spokesman.named);
  const Attribution after_spokesman = attributor.attribute(quote({16, 18}, {15, 15}, {19, 19}, 1));
  EXPECT_NE(after_spokesman.speaker.first, 5u);  // not Zorblat
  EXPECT_TRUE(attributor.attribute(quote({20, 22}, {19, 19}, {23, 26}, 2)).named);
  const Attribution after_smith = attributor.attribute(quote({33, 35}, {32, 32}, {36, 36}, 2));
  EXPECT_NE(after_smith.speaker.first, 24u);  // not Zorblat, named before Paul Smith
}

// "said police Tuesday": a bare subject, the weekday no name.
// How it was said is no subject: "ha detto sorridendo".
TEST(Attribution, AWordAfterTheCueIsASubjectOnlyWhenListed) {
  const Document doc("Rossi è arrivato . « Siamo pronti » , ha detto sorridendo .",
                     {{{0, 1}, true}});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({5, 7}, {4, 4}, {8, 13}));
  EXPECT_EQ(a.entity, std::optional<std::size_t>(0));  // Rossi, by pro-drop
  EXPECT_FALSE(a.named);
}

TEST(Attribution, ABareSubjectAndAWeekdayAfterTheCue) {
  const Document doc("Linda Park spoke . \" We look , \" said police Tuesday .", {{{0, 2}, true}});
  const Lexicon lexicon = test_lexicon_en();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({5, 7}, {4, 4}, {8, 12}));
  EXPECT_EQ(a.speaker.first, 10u);
  EXPECT_EQ(a.speaker.last, 11u);
  EXPECT_FALSE(a.named);
  EXPECT_FALSE(a.entity);
}

// "\"...,\" a spokesman for the ministry said": an unnamed subject before the cue.
TEST(Attribution, AnUnnamedSubjectBeforeTheCueAfterTheQuote) {
  const Document doc(
      "Linda Park spoke . \" We will appeal , \" a spokesman for the ministry said .",
      {{{0, 2}, true}});
  const Lexicon lexicon = test_lexicon_en();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({5, 8}, {4, 4}, {9, 16}));
  EXPECT_EQ(a.pattern, Pattern::after_quote);
  EXPECT_EQ(a.speaker.first, 10u);
  EXPECT_EQ(a.speaker.last, 15u);
  EXPECT_FALSE(a.entity);
}

TEST(Attribution, APronounRoleOrNameBeforeTheCueAfterTheQuote) {
  const Document doc(
      "Tom Brown came in . \" It is the end , \" he said . \" We stay , \" the president also "
      "said . \" Never , \" Biden said .",
      {{{0, 2}, true}});
  const Lexicon lexicon = test_lexicon_en();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution pronoun = attributor.attribute(quote({6, 11}, {5, 5}, {12, 15}));
  EXPECT_EQ(pronoun.pattern, Pattern::after_quote);
  EXPECT_EQ(pronoun.cue.first, 13u);
  EXPECT_EQ(pronoun.speaker.first, 12u);
  EXPECT_EQ(pronoun.speaker.last, 13u);
  EXPECT_EQ(pronoun.entity, std::optional<std::size_t>(0));  // the person named last
  const Attribution role = attributor.attribute(quote({16, 19}, {15, 15}, {20, 25}));
  EXPECT_EQ(role.cue.first, 23u);
  EXPECT_EQ(role.speaker.first, 20u);
  EXPECT_EQ(role.speaker.last, 22u);
  EXPECT_EQ(role.entity, std::optional<std::size_t>(0));
  const Attribution name = attributor.attribute(quote({26, 28}, {25, 25}, {29, 32}));
  EXPECT_EQ(name.cue.first, 30u);
  EXPECT_TRUE(name.named);
  EXPECT_EQ(name.speaker.first, 29u);
  EXPECT_EQ(name.speaker.last, 30u);
}

TEST(Attribution, ARoleWithItsNameBeforeTheCueAfterTheQuote) {
  const Document doc(
      "Rossi è arrivato . « Non ci sto » , lui ha detto . « Mai » , il ministro Bianchi ha "
      "spiegato .",
      {{{0, 1}, true}, {{20, 21}, true}});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution pronoun = attributor.attribute(quote({5, 8}, {4, 4}, {9, 14}));
  EXPECT_EQ(pronoun.cue.first, 11u);
  EXPECT_EQ(pronoun.cue.last, 13u);
  EXPECT_EQ(pronoun.speaker.first, 10u);
  EXPECT_EQ(pronoun.entity, std::optional<std::size_t>(0));
  const Attribution role = attributor.attribute(quote({15, 16}, {14, 14}, {17, 24}));
  EXPECT_EQ(role.pattern, Pattern::after_quote);
  EXPECT_EQ(role.cue.first, 21u);
  EXPECT_EQ(role.speaker.first, 20u);
  EXPECT_EQ(role.entity, std::optional<std::size_t>(1));
}

TEST(Attribution, ALineOfDialogueAfterAnotherLinesClosingMark) {
  // A sentence splitter may leave the last line's closing mark before the next line: no words
  // the quote goes on from, so "he said" after it is still its attribution.
  const Document doc("Tom came in . \" No . \" \" It is the end , \" he said .", {{{0, 1}, true}});
  const Lexicon lexicon = test_lexicon_en();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({9, 14}, {7, 8}, {15, 18}));
  EXPECT_EQ(a.pattern, Pattern::after_quote);
  EXPECT_EQ(a.cue.first, 16u);
  EXPECT_EQ(a.speaker.first, 15u);
}

TEST(Attribution, ANameInsideTheSubjectIsNotTheSpeaker) {
  // The crowd speaks, not Biden: the whole subject, which names no one.
  const Document doc("\" It is the end , \" the crowd near Biden said .", {});
  const Lexicon lexicon = test_lexicon_en();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({1, 6}, {0, 0}, {7, 13}));
  EXPECT_EQ(a.speaker.first, 7u);
  EXPECT_EQ(a.speaker.last, 11u);
  EXPECT_FALSE(a.named);
  EXPECT_FALSE(a.entity);
}

// Agency style: a capitalised title before the name, no article.
TEST(Attribution, ATitleBeforeTheSpeakersName) {
  const Document doc("\" It is rising , \" Police Chief John Miller said .", {{{8, 10}, true}});
  const Lexicon lexicon = test_lexicon_en();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({1, 4}, {0, 0}, {5, 12}));
  EXPECT_EQ(a.pattern, Pattern::after_quote);
  EXPECT_EQ(a.cue.first, 10u);
  EXPECT_EQ(a.speaker.first, 8u);
  EXPECT_EQ(a.entity, std::optional<std::size_t>(0));
}

TEST(Attribution, NoCueAndNobodyMeansNoSpeaker) {
  const Document doc("Il documento « non dice nulla di utile » .", {});
  const Lexicon lexicon = test_lexicon();
  Attributor attributor(lexicon, doc.tokens());
  const Attribution a = attributor.attribute(quote({3, 8}, {0, 2}, {9, 10}));
  EXPECT_EQ(a.pattern, Pattern::none);
  EXPECT_FALSE(a.entity.has_value());
  EXPECT_TRUE(a.cue.empty());
}

}  // namespace
}  // namespace strata::quotations
