// VADER's rules against the outputs its authors document for their own examples, and the
// Italian rules on the cases they are for.
#include "valences.hpp"

#include <gtest/gtest.h>

#include "polarity.hpp"
#include "test_lists.hpp"

namespace strata::sentiment {
namespace {

using testing::shipped_lists;
using testing::split_words;

double compound(std::string_view text, std::string_view language = "en") {
  const WordLists& lists = shipped_lists(language);
  const std::vector<double> valences = word_valences(split_words(text, lists), lists);
  return polarity_of(valences, punctuation_emphasis(text)).compound;
}

TEST(Valences, VadersOwnExamplesScoreAsTheReferenceDocuments) {
  EXPECT_NEAR(compound("VADER is smart, handsome, and funny."), 0.8316, 1e-4);
  EXPECT_NEAR(compound("VADER is smart, handsome, and funny!"), 0.8439, 1e-4);
  EXPECT_NEAR(compound("VADER is very smart, handsome, and funny."), 0.8545, 1e-4);
  EXPECT_NEAR(compound("VADER is VERY SMART, handsome, and FUNNY."), 0.9227, 1e-4);
  EXPECT_NEAR(compound("VADER is VERY SMART, handsome, and FUNNY!!!"), 0.9342, 1e-4);
  EXPECT_NEAR(compound("VADER is not smart, handsome, nor funny."), -0.7424, 1e-4);
  EXPECT_NEAR(compound("The book was good."), 0.4404, 1e-4);
  EXPECT_NEAR(compound("At least it isn't a horrible book."), 0.431, 1e-3);
  EXPECT_NEAR(compound("The book was only kind of good."), 0.3832, 1e-4);
  EXPECT_NEAR(compound("Today SUX!"), -0.5461, 1e-4);
  EXPECT_NEAR(compound("Not bad at all"), 0.431, 1e-3);
}

// News says which way a good or bad thing went: what fell is turned around, as a negator turns it.
TEST(Valences, AWordThatSaysSomethingWentDownTurnsItAround) {
  for (const std::string_view text : {"Profits fell sharply.", "Profits at the bank fell.",
                                      "Confidence is waning.", "The tariffs reduced profits."}) {
    EXPECT_LT(compound(text), -0.05) << text;
  }
  for (const std::string_view text : {"Unemployment fell.", "The reform reduced poverty.",
                                      "Tensions eased.", "Fewer deaths were recorded."}) {
    EXPECT_GT(compound(text), 0.05) << text;
  }
  // Negated, it turns nothing ("did not fall"); the negator is the decreaser's, not the word's.
  EXPECT_GT(compound("Profits did not fall."), 0.05);
  EXPECT_LT(compound("The reform did not reduce poverty."), -0.05);
  // Not what stands after a falling word, nor a word with a subject of its own between.
  EXPECT_GT(compound("She fell in love."), 0.05);
  EXPECT_LT(compound("It broke when I dropped it."), -0.05);
  // A decreaser that turns a word around has no valence of its own there: "lower" is -1.2 alone.
  EXPECT_LT(compound("Lower."), -0.05);
  EXPECT_DOUBLE_EQ(compound("Lower unemployment."), compound("Unemployment fell."));
  // Italian puts the subject on either side of the verb.
  EXPECT_LT(compound("La fiducia è calata.", "it"), -0.05);
  EXPECT_LT(compound("Crolla la fiducia nel governo.", "it"), -0.05);
  EXPECT_LT(compound("Il calo della fiducia preoccupa.", "it"),
            compound("La fiducia preoccupa.", "it"));
  EXPECT_GT(compound("La riforma ha ridotto la povertà.", "it"), 0.05);
}

TEST(Valences, LikeIsASentimentOnlyAsAVerb) {
  // "kind of": a booster phrase between.
  for (const std::string_view text :
       {"I like this film.", "You'll really like it.", "I kind of like it."}) {
    EXPECT_GT(compound(text), 0.05) << text;
  }
  for (const std::string_view text :
       {"I don't like this film.", "We do not like it.", "I just don't like it."}) {
    EXPECT_LT(compound(text), -0.05) << text;
  }
  // The preposition and the comparison carry no sentiment, negated or not.
  for (const std::string_view text :
       {"It looks like rain.", "Like a river, the story runs on.", "People like him vote.",
        "He isn't like his brother.", "She is still like a child.", "It's just like him."}) {
    EXPECT_EQ(compound(text), 0.0) << text;
  }
}

TEST(Valences, FormsTheLexiconLacksTakeTheirWordsValence) {
  // VADER has "lack" and "poor", not "lacks", "lacking" or "poorly" (inflections-en.txt).
  for (const std::string_view text : {"The plot lacks.", "It is lacking.", "Poorly made."}) {
    EXPECT_LT(compound(text), -0.05) << text;
  }
  // A regular form that is another word keeps no valence: "likely" is no way of liking, and
  // "critically" acclaimed is praise.
  EXPECT_EQ(compound("Rain is likely."), 0.0);
  EXPECT_GT(compound("The film was critically acclaimed."), 0.05);
  // The news words VADER lacks have their forms too.
  EXPECT_LT(compound("It is jeopardizing the plan."), -0.05);
}

TEST(Valences, EditorialWordsVaderLacksScore) {
  // corrections-en.txt: the words of opinion pieces that a social-media lexicon lacks.
  EXPECT_LT(compound("The plan is misguided."), -0.05);
  EXPECT_LT(compound("Corruption has crippled the agency."), -0.05);
  EXPECT_GT(compound("A commendable and prudent decision."), 0.05);
}

TEST(Valences, ContrastWeighsWhatFollows) {
  EXPECT_NEAR(compound("The plot was good, but the characters are uncompelling and the dialog is "
                       "not great."),
              -0.7042, 1e-4);
  EXPECT_LT(compound("The book was good, but the ending was bad"), 0.0);
  EXPECT_GT(compound("The book was bad, but the ending was good"), 0.0);
}

TEST(Valences, EmoticonsScoreInEveryLanguage) {
  EXPECT_GT(compound("che giornata :)", "it"), 0.05);
  EXPECT_LT(compound("che giornata :(", "it"), -0.05);
  EXPECT_NEAR(compound("what a day :)", "en"), compound("che giornata :)", "it"), 1e-9);
}

TEST(Valences, ItalianNegationSkipsClitics) {
  EXPECT_GT(compound("mi piace", "it"), 0.05);
  EXPECT_LT(compound("non mi piace", "it"), -0.05);
  EXPECT_LT(compound("il film non è bello", "it"), -0.05);
}

TEST(Valences, ANegatedNegationEnderAffirmsWhatFollows) {
  // "non esclude" speaks of cooperation; without the ender "non" would reach "cooperazione".
  EXPECT_GT(compound("la Russia non esclude una cooperazione", "it"), 0.05);
  EXPECT_LT(compound("la Russia non vuole una cooperazione", "it"), -0.05);
  EXPECT_LT(compound("non nasconde la preoccupazione", "it"), -0.05);
  EXPECT_GT(compound("They do not deny the great success"), 0.05);
}

TEST(Valences, AnItalianNegatorStopsAtTheFirstSentimentWordAfterIt) {
  // "non" negates "tollereranno"; the blackmail after it stays bad (VADER would flip it too).
  EXPECT_LT(compound("non tollereranno il ricatto", "it"), -0.05);
  // A list is negated word by word, "né" a negator of its own.
  EXPECT_LT(compound("il piano non è bello né utile", "it"), -0.05);
}

// corrections-it.txt sets a word to 0 to take it out of the lexicon ("altri", "alcun"): it must
// then weigh as a word the lexicon lacks, not as a sentiment word of valence 0.
TEST(Valences, AWordListedAtZeroIsNoSentimentWord) {
  WordLists lists;
  lists.add_lexicon("bello\t2\naltri\t0\nno\t-1.2\nbellissimo\t0\n", "lexicon");
  lists.add_rules(
      "[negators]\nnon\n[boosters]\nmolto\t0.293\n[determiners]\nno\n[superlatives]\n"
      "issimo\to e\n[negation-scope]\nends-at-a-sentiment-word\n",
      "rules");
  const auto score = [&](std::string_view text) {
    return polarity_of(word_valences(split_words(text, lists), lists), 0.0).compound;
  };
  // A sentiment word ends an Italian negation; a word listed at 0 does not.
  EXPECT_LT(score("non altri bello"), -0.05);
  EXPECT_EQ(score("non altri bello"), score("non cose bello"));
  // No capitals' boost, no booster's: it has no valence to raise.
  EXPECT_EQ(score("ALTRI cose"), 0.0);
  EXPECT_EQ(score("molto altri"), 0.0);
  // "no" negates only a sentiment word after it; otherwise it counts itself.
  EXPECT_EQ(score("no altri"), score("no cose"));
  EXPECT_LT(score("no altri"), -0.05);
  // Listed at 0, a word is no superlative of a word listed otherwise either.
  EXPECT_EQ(score("bellissimo"), 0.0);
}

TEST(Valences, ANegationReachesPastTheWordsThatReinforceIt) {
  // "alcun" and "affatto" stand inside the negation: they neither end it (both are listed at 0
  // in corrections-it.txt) nor take one of the three places before the sentiment word.
  EXPECT_NEAR(compound("Non c'è alcun problema.", "it"), compound("Non c'è problema.", "it"), 1e-9);
  EXPECT_GT(compound("Non c'è alcun problema.", "it"), 0.05);
  EXPECT_LT(compound("Non è affatto bello.", "it"), -0.05);
  EXPECT_GT(compound("Non è affatto male.", "it"), 0.05);
  EXPECT_NEAR(compound("Non è stato affatto facile.", "it"), compound("Non è stato facile.", "it"),
              1e-9);
  EXPECT_LT(compound("Non è stato affatto facile.", "it"), -0.05);
  // Alone it negates nothing ("affatto nuovo", quite new).
  EXPECT_NEAR(compound("È affatto bello.", "it"), compound("È bello.", "it"), 1e-9);
}

TEST(Valences, ItalianNegatorsBeforeOneWordMakeOneNegation) {
  // Negative concord: "non ... mai" is "never", not two negations that cancel.
  EXPECT_NEAR(compound("Non è mai felice.", "it"), compound("Non è felice.", "it"), 1e-9);
  EXPECT_LT(compound("Non è mai felice.", "it"), -0.05);
  EXPECT_GT(compound("Non è mai triste.", "it"), 0.05);
  // An article is not one of the three words a negator may stand in: a compound tense and an
  // article put "non" four words before the noun.
  EXPECT_GT(compound("Non è stato un errore.", "it"), 0.05);
  EXPECT_LT(compound("Non ho mai visto niente di bello.", "it"), -0.05);
  // Two plain negators still cancel: "non senza difficoltà" is with difficulty.
  EXPECT_LT(compound("Non senza difficoltà.", "it"), -0.05);
  // English keeps VADER's rule: each negator reverses the word once more.
  EXPECT_GT(compound("It is not never good.", "en"), 0.05);
}

TEST(Valences, ItalianEverydayWordsOfFeelingHaveTheirSentiment) {
  EXPECT_GT(compound("Grazie mille a tutti.", "it"), 0.05);
  EXPECT_GT(compound("Meno male che sei arrivato.", "it"), 0.05);  // relief, not "less bad"
  EXPECT_LT(compound("Ho qualche dubbio.", "it"), -0.05);
  // Everyday words of feeling that the Sentix-derived lexicon lacked or had the wrong way round.
  EXPECT_GT(compound("Sono contento.", "it"), 0.05);
  EXPECT_LT(compound("Sono arrabbiato.", "it"), -0.05);
  EXPECT_LT(compound("Sono stanco.", "it"), -0.05);
  EXPECT_GT(compound("Che risate!", "it"), 0.05);
  // The negation stops at the doubt it negates, short of the word after it.
  EXPECT_GT(compound("Senza dubbio il migliore.", "it"), compound("il migliore", "it"));
}

// Words of news that the Sentix-derived lexicon reads another way: "sanità" as sanity, "pena"
// as the worst of sorrows, "sicurezza" of the Security Council as security.
TEST(Valences, ItalianNewsWordsHaveTheSentimentOfTheirSense) {
  EXPECT_EQ(compound("Il governo taglia i fondi alla sanità.", "it"), 0.0);
  EXPECT_EQ(compound("Materiale sanitario per l'ospedale.", "it"), 0.0);
  EXPECT_EQ(compound("Il Consiglio di sicurezza dell'ONU.", "it"), 0.0);
  EXPECT_GT(compound("Vale la pena visitare il museo.", "it"), 0.05);
  EXPECT_LT(compound("Una pena severa.", "it"), -0.05);
  EXPECT_GT(compound("Una pena.", "it"), compound("Un dolore atroce.", "it"));
}

TEST(Valences, ItalianBoostersAndSuperlativesRaiseTheScore) {
  EXPECT_GT(compound("molto buono", "it"), compound("buono", "it"));
  EXPECT_GT(compound("bellissimo", "it"), compound("bello", "it"));
  EXPECT_LT(compound("bruttissimo", "it"), compound("brutto", "it"));
  EXPECT_LT(compound("un po' buono", "it"), compound("buono", "it"));
}

TEST(Valences, ItalianContrastWeighsWhatFollows) {
  EXPECT_LT(compound("Il film è bello ma noioso", "it"), -0.05);
  EXPECT_GT(compound("Il film è noioso ma bello", "it"), 0.05);
}

TEST(Valences, ASentenceAllInCapitalsGetsNoBoostWhateverItsLetters) {
  // Capitals count only among small letters: "È" is a capital as "E" is.
  const double plain = compound("Questo è bello.", "it");
  EXPECT_NEAR(compound("QUESTO E BELLO.", "it"), plain, 1e-9);
  EXPECT_NEAR(compound("QUESTO È BELLO.", "it"), plain, 1e-9);
  EXPECT_GT(compound("questo è BELLO.", "it"), plain);
}

TEST(Valences, AnIdiomCountsOnceWithItsOwnValence) {
  const WordLists& lists = shipped_lists("en");
  const std::vector<double> valences = word_valences(split_words("a broken heart", lists), lists);
  ASSERT_EQ(valences.size(), 3U);
  EXPECT_EQ(valences[1], 0.0);           // "broken" alone is -2.1
  EXPECT_NEAR(valences[2], -2.9, 1e-6);  // "heart" alone is 3.2
  EXPECT_NEAR(compound("this cake is to die for"), normalize(3.0), 1e-6);
}

}  // namespace
}  // namespace strata::sentiment
