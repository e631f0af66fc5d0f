#include "name_rules.hpp"

#include <gtest/gtest.h>

#include "entity_test_support.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

// The rule entities of an English text, with the shipped lists and rule words.
std::string found(std::string_view text) {
  static const NameLists shipped = NameLists::load(testing::resource_dir(), {});
  const testing::TokenizedText tokenized{std::string(text), "en"};
  return testing::found_with_lists(
      shipped, ListChoice::all, tokenized,
      [&](std::span<const Token> sentence, std::size_t offset, LookupWorkspace& lookup,
          EntitySet& entities) { add_rule_entities(shipped, sentence, offset, lookup, entities); });
}

TEST(NameRules, FindPeopleAndOrganisations) {
  const testing::TextCase cases[] = {
      // Titles announce a person.
      {"It was said by Dr. Amara Okafor yesterday.", "PER:Amara Okafor/rule "},
      {"Later President Putin arrived.", "PER:Putin/rule "},
      {"The President of the Commission spoke.", ""},
      // A first name takes the capitalised words after it.
      {"Deputy Secretary of Commerce Daniel Reyes said so.", "PER:Daniel Reyes/rule "},
      {"They met Daniel at noon.", ""},
      // A first name that is also a word only inside a sentence.
      {"The senator met Mark Zuckerberg and Bill Gates.",
       "PER:Mark Zuckerberg/rule PER:Bill Gates/rule "},
      {"Will Congress act?", ""},
      // Particles in small letters inside a surname.
      {"They met Ursula von der Leyen and Bill de Blasio.",
       "PER:Ursula von der Leyen/rule PER:Bill de Blasio/rule "},
      {"They met Daniel de facto.", ""},
      // A title that is also a common noun needs two name words; a title of two words is one.
      {"He bought Detective Comics at the Officer Candidate School.", "ORG:Candidate School/rule "},
      {"Then Detective Jane Smith and Inspector General Michael Horowitz spoke.",
       "PER:Jane Smith/rule PER:Michael Horowitz/rule "},
      // The first names of world news, not only English and Italian ones.
      {"The delegation met Olaf Scholz and Narendra Modi.",
       "PER:Olaf Scholz/rule PER:Narendra Modi/rule "},
      {"Volodymyr Zelensky thanked Xi Jinping.",
       "PER:Volodymyr Zelensky/rule PER:Xi Jinping/rule "},
      // Organisations by suffix or head, with at least two words.
      {"Northwind Analytics Inc., a cloud provider, agreed.", "ORG:Northwind Analytics Inc./rule "},
      {"She studied at the University of Oxford and Harvard University.",
       "ORG:University of Oxford/rule ORG:Harvard University/rule "},
      {"The Northwind Bank said no.", "ORG:Northwind Bank/rule "},
      {"LONDON - The Bank of England held rates.", "ORG:Bank of England/rule "},
      // Heads after heads, "of the", and words joined by "and" that end in another head.
      {"Officers of the Los Angeles Police Department came.",
       "ORG:Los Angeles Police Department/rule "},
      {"He joined the International Committee of the Red Cross.",
       "ORG:International Committee of the Red Cross/rule "},
      {"The Department of Health and Human Services said so.",
       "ORG:Department of Health and Human Services/rule "},
      {"The Bank of England and France agree.", "ORG:Bank of England/rule "},
      // An ampersand joins a company's names; a word that opens a sentence is no part of one.
      {"Yesterday Smith & Wesson Inc. recalled a pistol.", "ORG:Smith & Wesson Inc./rule "},
      {"Meanwhile Berkshire Hathaway Inc. bought shares.", "ORG:Berkshire Hathaway Inc./rule "},
      {"They sold it & Partners Inc. bought it.", "ORG:Partners Inc./rule "},
      // Inside a sentence those words are a name's; an ampersand left in front is dropped.
      {"He sold his stake in Now Corp. last year.", "ORG:Now Corp./rule "},
      {"Now & Zen Inc. rose.", "ORG:Zen Inc./rule "},
      // A saint's name in a place's is no first name.
      {"The San Francisco Chronicle reported it.", ""},
      {"The University said no.", ""},
      // Names stop at four words.
      {"Mr. Alpha Beta Gamma Delta Epsilon came.", "PER:Alpha Beta Gamma Delta/rule "},
  };
  for (const auto& c : cases) EXPECT_EQ(found(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace strata::entities
