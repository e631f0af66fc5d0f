#include "gazetteer.hpp"

#include <gtest/gtest.h>

#include "hashing.hpp"
#include "strata/case_folding.hpp"
#include "strata/error.hpp"

namespace strata::entities {
namespace {

// Matches as "first-last:TYPE" strings, for readable expectations.
std::vector<std::string> matches(const Gazetteer& gazetteer, std::vector<std::string_view> tokens) {
  std::vector<std::string> found;
  for (const GazetteerMatch& m : gazetteer.match(tokens)) {
    const GazetteerCategory& c = gazetteer.categories()[m.category];
    found.push_back(std::to_string(m.first) + "-" + std::to_string(m.last) + ":" + c.type +
                    (c.strength == Strength::weak ? "?" : ""));
  }
  return found;
}

Gazetteer places_and_orgs() {
  Gazetteer g;
  g.add_list(
      "# a comment\n\nLOC\tStati Uniti\nLOC\tStati Uniti d'America\nLOC\tAmerica\n"
      "ORG\tBanca d'Italia\nLOC\tItalia\nORG\tNazioni Unite\nORG\tONU\r\n",
      "test.txt", Strength::strong);
  g.add_list("LOC\tRosa\n", "weak.txt", Strength::weak);
  return g;
}

TEST(Gazetteer, MatchesTheLongestNameFirst) {
  const Gazetteer g = places_and_orgs();
  EXPECT_EQ(matches(g, {"gli", "Stati", "Uniti", "d'", "America", "e", "l'", "America"}),
            (std::vector<std::string>{"1-5:LOC", "7-8:LOC"}));
  EXPECT_EQ(matches(g, {"gli", "Stati", "Uniti", "e", "l'", "Italia"}),
            (std::vector<std::string>{"1-3:LOC", "5-6:LOC"}));
}

TEST(Gazetteer, NameStartsWorkedOutOnceMatchAlike) {
  const Gazetteer g = places_and_orgs();
  const std::vector<std::string_view> words = {"gli",   "STATI", "UNITI",  "e",   "la",
                                               "Banca", "d'",    "Italia", "Onu", "."};
  std::vector<GazetteerToken> tokens;
  std::vector<NameStarts> starts;
  std::string buffer;
  for (const std::string_view word : words) {
    tokens.push_back(gazetteer_token(word, hash_string(fold_word(word, buffer)),
                                     word_shape(word).capitalization));
    starts.push_back(g.starts(tokens.back()));
  }
  EXPECT_EQ(starts[0].exact + starts[0].folded, 0);
  EXPECT_EQ(starts[1].folded, 4);  // "Stati Uniti d' America"
  EXPECT_EQ(starts[5].exact, 3);   // "Banca d'Italia"
  std::vector<GazetteerMatch> expected;
  std::vector<GazetteerMatch> got;
  g.match(tokens, expected);
  g.match(tokens, starts, got);
  ASSERT_EQ(got.size(), expected.size());
  EXPECT_EQ(got.size(), 4u);  // STATI UNITI, Banca d'Italia, Italia, Onu
  for (std::size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].first, expected[k].first);
    EXPECT_EQ(got[k].last, expected[k].last);
    EXPECT_EQ(got[k].category, expected[k].category);
  }
  starts.pop_back();
  EXPECT_THROW(g.match(tokens, starts, got), Error);
}

TEST(Gazetteer, EachCategoryMatchesOnItsOwn) {
  const Gazetteer g = places_and_orgs();
  EXPECT_EQ(matches(g, {"la", "Banca", "d'", "Italia"}),
            (std::vector<std::string>{"1-4:ORG", "3-4:LOC"}));
}

TEST(Gazetteer, IsCaseSensitiveButAcceptsCapitalsAndAcronymsWithOneCapital) {
  const Gazetteer g = places_and_orgs();
  EXPECT_TRUE(matches(g, {"stati", "uniti"}).empty());
  EXPECT_EQ(matches(g, {"NAZIONI", "UNITE"}), (std::vector<std::string>{"0-2:ORG"}));
  EXPECT_EQ(matches(g, {"BANCA", "D'", "ITALIA"}),
            (std::vector<std::string>{"0-3:ORG", "2-3:LOC"}));
  EXPECT_EQ(matches(g, {"l'", "Onu"}), (std::vector<std::string>{"1-2:ORG"}));
  EXPECT_TRUE(matches(g, {"l'", "onu"}).empty());
  EXPECT_TRUE(matches(g, {"NAZIONI", "Unite"}).empty());
}

TEST(Gazetteer, TypographicApostropheMatchesTheAsciiOne) {
  const Gazetteer g = places_and_orgs();
  EXPECT_EQ(matches(g, {"Banca", "d\u2019", "Italia"}),
            (std::vector<std::string>{"0-3:ORG", "2-3:LOC"}));
}

TEST(Gazetteer, KeepsStrengthApart) {
  const Gazetteer g = places_and_orgs();
  EXPECT_EQ(matches(g, {"via", "Rosa"}), (std::vector<std::string>{"1-2:LOC?"}));
  EXPECT_EQ(g.categories().size(), 3u);
}

TEST(Gazetteer, DigestIgnoresOrderAndRepeats) {
  Gazetteer a;
  a.add("LOC", "Roma", Strength::strong);
  a.add("ORG", "Fiat", Strength::strong);
  Gazetteer b;
  b.add("ORG", "Fiat", Strength::strong);
  b.add("LOC", "Roma", Strength::strong);
  b.add("LOC", "Roma", Strength::strong);
  EXPECT_EQ(a.digest(), b.digest());
  EXPECT_EQ(b.size(), 2u);
  b.add("LOC", "Roma", Strength::weak);
  EXPECT_NE(a.digest(), b.digest());
}

TEST(Gazetteer, BadLinesNameTheFileAndLine) {
  Gazetteer g;
  try {
    g.add_list("LOC\tRoma\nRoma\n", "places.txt", Strength::strong);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "places.txt:2: expected TYPE<TAB>name with TYPE like LOC or ORG, found 'Roma'");
  }
  EXPECT_THROW(g.add_list("loc\tRoma\n", "x", Strength::strong), Error);
  EXPECT_THROW(g.add_list("LOC\t   \n", "x", Strength::strong), Error);
}

TEST(Gazetteer, AThirdColumnIsRefused) {
  Gazetteer g;
  try {
    g.add_list("PER\tAnna Neri\nPER\tZorblax Quux\tmore\n", "names.txt", Strength::strong);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "names.txt:2: expected TYPE<TAB>name, found a third column after the name in "
              "'PER\tZorblax Quux\tmore'");
  }
  EXPECT_THROW(g.add_list("ORG Acme\tWidgets\n", "x", Strength::strong), Error);
}

TEST(Gazetteer, ASpaceMayStandForTheTab) {
  // KIND's it-ORG-wikipedia.txt writes "ORG Boeing Commercial Airplanes".
  Gazetteer g;
  g.add_list("ORG Boeing Commercial Airplanes\nLOC\tSan Marino\n", "kind.txt", Strength::strong);
  EXPECT_EQ(matches(g, {"la", "Boeing", "Commercial", "Airplanes", "di", "San", "Marino"}),
            (std::vector<std::string>{"1-4:ORG", "5-7:LOC"}));
}

TEST(Gazetteer, SavedAndLoadedItMatchesAlike) {
  const Gazetteer original = places_and_orgs();
  ByteWriter out;
  original.save(out);
  ByteReader in(out.data(), "model.bin");
  const Gazetteer loaded = Gazetteer::load(in);
  EXPECT_EQ(in.remaining(), 0u);
  EXPECT_EQ(loaded.digest(), original.digest());
  EXPECT_EQ(loaded.size(), original.size());
  for (const std::vector<std::string_view>& tokens :
       std::vector<std::vector<std::string_view>>{{"gli", "Stati", "Uniti", "d'America"},
                                                  {"NAZIONI", "UNITE", "e", "Onu"},
                                                  {"via", "Rosa", "in", "Italia"}}) {
    EXPECT_EQ(matches(loaded, tokens), matches(original, tokens));
  }
  Gazetteer copy = loaded;
  EXPECT_THROW(copy.add("LOC", "Pisa", Strength::strong), Error);
}

TEST(Gazetteer, KnowsTheRolesOfWordsInLongerNames) {
  Gazetteer g;
  g.add("ORG", "Nordic Council", Strength::strong);
  g.add("ORG", "Council of Europe", Strength::strong);
  g.add("LOC", "Europe", Strength::strong);  // one word: matched whole, no role
  const auto roles = [&](std::string_view word) {
    std::string buffer;
    return g.word_roles(hash_string(fold_word(word, buffer)));
  };
  const std::uint64_t org = 1u << 0;  // ORG is category 0: bit 0 inside, bit 1 last
  EXPECT_EQ(roles("Council"), (org | org << 1));
  EXPECT_EQ(roles("council"), roles("Council"));  // by folded form
  EXPECT_EQ(roles("Nordic"), org);
  EXPECT_EQ(roles("Europe"), org << 1);
  EXPECT_EQ(roles("of"), 0u);  // not capitalised in the name
  EXPECT_EQ(roles("Oslo"), 0u);
  ByteWriter out;
  g.save(out);
  ByteReader in(out.data(), "model.bin");
  const Gazetteer loaded = Gazetteer::load(in);
  EXPECT_EQ(loaded.word_roles(hash_string("council")), roles("Council"));
}

TEST(Gazetteer, CorruptSavedBytesAreRefused) {
  ByteWriter out;
  places_and_orgs().save(out);
  std::string bytes = out.data();
  ByteReader truncated(std::string_view(bytes).substr(0, bytes.size() - 3), "model.bin");
  EXPECT_THROW(Gazetteer::load(truncated), Error);
  bytes[0] = 40;  // more categories than a gazetteer holds
  ByteReader corrupt(bytes, "model.bin");
  EXPECT_THROW(Gazetteer::load(corrupt), Error);
}

}  // namespace
}  // namespace strata::entities
