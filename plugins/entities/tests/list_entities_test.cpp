#include "list_entities.hpp"

#include <gtest/gtest.h>

#include "entity_test_support.hpp"

namespace strata::entities {
namespace {

NameLists lists(std::string_view user_list) {
  Gazetteer shipped;
  const std::pair<std::string_view, std::string_view> strong[] = {
      {"LOC", "Roma"},   {"LOC", "New York"},    {"ORG", "New York Times"},
      {"LOC", "Genova"}, {"FIRSTNAME", "Mario"}, {"DEMONYM", "italiano"},
      {"ORG", "UN"},     {"ORG", "U.N."}};
  for (const auto& [type, name] : strong) shipped.add(type, name, Strength::strong);
  shipped.add("LOC", "Pace", Strength::weak);
  shipped.add("ORG", "Genova", Strength::weak);
  Gazetteer user;
  user.add_list(user_list, "user", Strength::strong);
  return NameLists(std::move(shipped), std::move(user));
}

// The list entities of an Italian text as testing::spans_of() writes them.
std::string found(std::string_view text, std::string_view user_list = "",
                  ListChoice choice = ListChoice::all) {
  const NameLists names = lists(user_list);
  const testing::TokenizedText tokenized{std::string(text), "it"};
  DocumentContext document;
  for (const std::span<const Token> sentence : tokenized.sentences()) {
    std::vector<std::string_view> views;
    for (const Token& token : sentence) views.push_back(token.text);
    document.add_sentence(views);
  }
  return testing::found_with_lists(names, choice, tokenized,
                                   [&](std::span<const Token> sentence, std::size_t offset,
                                       LookupWorkspace& lookup, EntitySet& entities) {
                                     add_list_entities(names, sentence, offset, document, lookup,
                                                       entities);
                                   });
}

TEST(ListEntities, FindsNamesByTheRulesOfTheLists) {
  const testing::TextCase cases[] = {
      // The longest name wins.
      {"Lo dice il New York Times a Roma.", "ORG:New York Times/gazetteer LOC:Roma/gazetteer "},
      {"Vive a New York.", "LOC:New York/gazetteer "},
      // First names and demonyms make no entity.
      {"Mario è italiano.", ""},
      // A strong name beats a weak one of the same span.
      {"Gioca a Genova.", "LOC:Genova/gazetteer "},
      // A weak name needs a word before it.
      {"Pace e bene.", ""},
      {"Il premio va a Pace stasera.", "LOC:Pace/gazetteer "},
      // A one-word name opening a sentence must be capitalised inside one somewhere, or never
      // written in lower case: "Un" is "UN" as the Italian press writes acronyms.
      {"Un uomo parla. Arriva un treno.", ""},
      {"Un voto. Per l'Un decide Roma.", "ORG:Un/gazetteer ORG:Un/gazetteer LOC:Roma/gazetteer "},
      {"Roma vota. Poi un voto.", "LOC:Roma/gazetteer "},
      // A one-word name inside a longer name the lists lack is none; a name in capitals, or one
      // by a word the lists give a role, stays.
      {"Lo stadio Roma Arena apre. Parla Pace Bianchi.", ""},
      {"Parla il sindaco di Roma. Vota l'UN Security.", "LOC:Roma/gazetteer ORG:UN/gazetteer "},
      // A reporter in a case citation is none.
      {"Vedi 436 U.N. 658, 410 UN 113 e l'UN.", "ORG:UN/gazetteer "},
      // Beside a weekday or another listed name, or between scores, a name stays.
      {"Vota Genova Saturday.", "LOC:Genova/gazetteer "},
      {"Parlano Roma Genova oggi.", "LOC:Roma/gazetteer LOC:Genova/gazetteer "},
      // A weak name beside it is not known enough to keep it ("Inter Milan").
      {"Parla Roma Pace oggi.", "LOC:Pace/gazetteer "},
      {"Finisce Roma 2 Genova 1.", "LOC:Roma/gazetteer LOC:Genova/gazetteer "},
  };
  for (const auto& c : cases) EXPECT_EQ(found(c.text), c.expected) << c.text;
}

TEST(ListEntities, UserListsComeFirstAndAloneWhenAsked) {
  EXPECT_EQ(found("Vive a Genova con Zorro.", "ORG\tGenova\nPER\tZorro\n"),
            "ORG:Genova/gazetteer PER:Zorro/gazetteer ");
  EXPECT_EQ(found("Vive a Roma con Zorro.", "PER\tZorro\n", ListChoice::user_only),
            "PER:Zorro/gazetteer ");
}

TEST(ListEntities, ConfidenceFollowsTheListStrength) {
  const NameLists names = lists("");
  const testing::TokenizedText tokenized{"Da Roma a Pace.", "it"};
  EntitySet entities;
  entities.reset(tokenized.tokens().size());
  LookupWorkspace lookup;
  names.find_words(tokenized.tokens(), lookup);
  names.look_up(tokenized.tokens(), lookup.word_numbers, ListChoice::all, lookup);
  add_list_entities(names, tokenized.tokens(), 0, DocumentContext(), lookup, entities);
  entities.sort();
  ASSERT_EQ(entities.entities().size(), 2u);
  EXPECT_EQ(entities.entities()[0].confidence, kStrongListConfidence);
  EXPECT_EQ(entities.entities()[1].confidence, kWeakListConfidence);
}

}  // namespace
}  // namespace strata::entities
