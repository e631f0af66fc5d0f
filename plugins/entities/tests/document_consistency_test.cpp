#include "document_consistency.hpp"

#include <gtest/gtest.h>

#include "entity_test_support.hpp"

namespace strata::entities {
namespace {

// An entity placed by hand: `length` tokens from the `nth` token (from 0) that reads `word`.
struct Placed {
  std::string_view word;
  std::size_t length;
  EntityType type;
  double confidence;
  int nth = 0;
};

constexpr EntityType kPer = EntityType::person;
constexpr EntityType kLoc = EntityType::location;
constexpr EntityType kOrg = EntityType::organisation;

// A tokenized Italian text, entities placed on it, and what a consistency rule makes of them.
class Consistency : public ::testing::Test {
 protected:
  // The entities after link_person_names(), as testing::spans_of() writes them.
  std::string linked(std::string_view text, std::initializer_list<Placed> placed) {
    prepare(text, placed);
    link_person_names(tokens(), starts_, entities_);
    return testing::spans_of(tokens(), entities_);
  }

  // The same after alias_acronyms().
  std::string aliased(std::string_view text, std::initializer_list<Placed> placed) {
    prepare(text, placed);
    alias_acronyms(tokens(), entities_);
    return testing::spans_of(tokens(), entities_);
  }

  std::span<const Token> tokens() const { return tokenized_->tokens(); }

  std::size_t at(std::string_view word, int nth) const {
    for (std::size_t t = 0; t < tokens().size(); ++t) {
      if (tokens()[t].text == word && nth-- == 0) return t;
    }
    ADD_FAILURE() << "no " << word;
    return 0;
  }

  EntitySet entities_;

 private:
  void prepare(std::string_view text, std::initializer_list<Placed> placed) {
    tokenized_ = std::make_unique<testing::TokenizedText>(std::string(text), "it");
    entities_.reset(tokens().size());
    starts_.assign(tokens().size(), false);
    for (const std::span<const Token> sentence : tokenized_->sentences()) {
      starts_[testing::offset_of(tokens(), sentence)] = true;
    }
    for (const Placed& p : placed) {
      const std::size_t first = at(p.word, p.nth);
      EXPECT_TRUE(entities_.add_if_free(
          {first, first + p.length, p.type, Source::model, p.confidence, {}}));
    }
  }

  std::unique_ptr<testing::TokenizedText> tokenized_;
  std::vector<bool> starts_;
};

TEST_F(Consistency, ABareSurnameOrFirstWordAfterAFullNameIsThePerson) {
  EXPECT_EQ(
      linked("Prima Putin tace. Vladimir Putin incontra Kim Jong-un. Poi Putin parte, e Kim resta.",
             {{"Vladimir", 2, kPer, 0.9}, {"Kim", 2, kPer, 0.8}}),
      "PER:Vladimir Putin/model PER:Kim Jong-un/model PER:Putin/rule PER:Kim/rule ");
  EXPECT_EQ(entities_.at(at("Putin", 2))->confidence, 0.9);
}

TEST_F(Consistency, LinksOnlyBareMentionsOfTheRightWords) {
  const struct {
    std::string_view text;
    Placed name;
    std::string_view expected;
  } cases[] = {
      // A mention next to another capitalised word is part of another name.
      {"Oggi Vladimir Putin arriva. La folla riempie piazza Putin Grande. Poi Vladimir parla.",
       {"Vladimir", 2, kPer, 0.9},
       "PER:Vladimir Putin/model PER:Vladimir/rule "},
      // Connectors and titles do not stand for the person; a surname's particle with its word
      // does.
      {"Alcide De Gasperi parla. Oggi De Gasperi tace. Poi Gasperi esce, e De resta.",
       {"Alcide", 3, kPer, 0.9},
       "PER:Alcide De Gasperi/model PER:De Gasperi/rule PER:Gasperi/rule "},
      // Nor does the first word of a name that opens a sentence.
      {"Secondo Russo il voto slitta. Poi Russo parla. Secondo te?",
       {"Secondo", 2, kPer, 0.6},
       "PER:Secondo Russo/model PER:Russo/rule "},
  };
  for (const auto& c : cases) EXPECT_EQ(linked(c.text, {c.name}), c.expected) << c.text;
}

TEST_F(Consistency, ABareTwoWordSurnameIsThePerson) {
  EXPECT_EQ(linked("Il sindaco Stefano Lo Russo parla. Poi Lo Russo tace. Lo Russo Maria no. "
                   "Per Lo Russo, invece, sì.",
                   {{"Stefano", 3, kPer, 0.9}, {"Lo", 2, kOrg, 0.5, 3}}),
            "PER:Stefano Lo Russo/model PER:Lo Russo/rule PER:Lo Russo/rule ");
  // Only after the full name, and with its own particle.
  EXPECT_EQ(linked("Poi Lo Russo si vede. Stefano Lo Russo parla. Poi Di Russo no.",
                   {{"Stefano", 3, kPer, 0.9}}),
            "PER:Stefano Lo Russo/model ");
}

TEST_F(Consistency, AnotherTypeGivesWayOnlyWhenLessSure) {
  EXPECT_EQ(
      linked("Vladimir Putin arriva. Putin parla. Poi Putin tace.",
             {{"Vladimir", 2, kPer, 0.7}, {"Putin", 1, kLoc, 0.4, 1}, {"Putin", 1, kLoc, 0.95, 2}}),
      "PER:Vladimir Putin/model PER:Putin/rule LOC:Putin/model ");
}

TEST_F(Consistency, AnAcronymInParenthesesIsAnAliasEverywhere) {
  EXPECT_EQ(aliased("L'ONU tace. L'Organizzazione delle Nazioni Unite (ONU) parla. Poi l'ONU vota.",
                    {{"ONU", 1, kLoc, 0.5}, {"Organizzazione", 4, kOrg, 0.8}}),
            "ORG:ONU/rule ORG:Organizzazione delle Nazioni Unite/model ORG:ONU/rule ORG:ONU/rule ");
}

TEST_F(Consistency, AnAcronymMustFitTheNameAndTheNameTheType) {
  EXPECT_EQ(aliased("Mario Rossi (PD) parla. La Banca Centrale (XYZ) tace. Il PD e la XYZ votano.",
                    {{"Mario", 2, kPer, 0.9}, {"Banca", 2, kOrg, 0.9}}),
            "PER:Mario Rossi/model ORG:Banca Centrale/model ");
}

}  // namespace
}  // namespace strata::entities
