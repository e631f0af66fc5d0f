#include "partitions.hpp"

#include <gtest/gtest.h>

namespace strata::legal {
namespace {

// The suffixes of every path the partitions at the start of `text` name, space-separated.
std::string suffixes(std::string_view text) {
  const auto found = scan_partitions(text, 0);
  if (!found) return "none";
  std::string all;
  for (const PartitionPath& path : partition_paths(found->groups)) {
    all += (all.empty() ? "" : " ") + partition_suffix(path);
  }
  return all;
}

TEST(Partitions, ReadsArticlesCommasAndLetters) {
  EXPECT_EQ(suffixes("art. 4-bis della legge"), "~art4bis");
  EXPECT_EQ(suffixes("Artt. 3, 8 e 27 L."), "~art3 ~art8 ~art27");
  EXPECT_EQ(suffixes("art. 6, comma 2-quinquies, del"), "~art6-com2quinquies");
  EXPECT_EQ(suffixes("art. 14, lettera g), della"), "~art14-letg");
  EXPECT_EQ(suffixes("articolo 76, terzo comma, della"), "~art76-com3");
  EXPECT_EQ(suffixes("art. 7, 2° comma, della"), "~art7-com2");
  EXPECT_EQ(suffixes("art. 72, comma 3, n. 4, L. Fall."), "~art72-com3-num4");
  EXPECT_EQ(suffixes("art. 2, comma 1, lettera a), numero 3), del"), "~art2-com1-leta-num3");
}

TEST(Partitions, ALevelAfterAListBelongsToItsLastItem) {
  EXPECT_EQ(suffixes("artt. 2, 13 e 32, secondo comma, della"), "~art2 ~art13 ~art32-com2");
  EXPECT_EQ(suffixes("artt. 13 e 18, comma 1, della"), "~art13 ~art18-com1");
  // Written before the list, it belongs to every item.
  EXPECT_EQ(suffixes("comma 2 degli artt. 3 e 4 della"), "~art3-com2 ~art4-com2");
  EXPECT_EQ(suffixes("comma 2 degli artt. 3 e 4, lettera a), della"), "~art3-com2 ~art4-com2-leta");
  EXPECT_EQ(suffixes("art. 5, commi 1 e 2, lettera a), del"), "~art5-com1 ~art5-com2-leta");
  EXPECT_EQ(suffixes("Articles 5 and 6, paragraph 2, of the"), "~art5 ~art6-par2");
}

TEST(Partitions, ReadsParagraphsAndLettersInBrackets) {
  EXPECT_EQ(suffixes("Art. 6(1)(f) of the"), "~art6-par1-letf");
  EXPECT_EQ(suffixes("art. 17(3) GDPR"), "~art17-par3");
}

TEST(Partitions, OrdersLevelsFromTheOutermost) {
  EXPECT_EQ(suffixes("comma 12 dell'art. 33 della"), "~art33-com12");
  EXPECT_EQ(suffixes("Titolo III del"), "~tit3");
  EXPECT_EQ(suffixes("Libro V, Titolo II, Capo 1, Sezione IV del"), "~lib5-tit2-cap1-sez4");
}

TEST(Partitions, ReadsSeveralGroupsJoinedWithAnd) {
  EXPECT_EQ(suffixes("art. 3, comma 1, e art. 5 della"), "~art3-com1 ~art5");
  EXPECT_EQ(suffixes("art. 1, comma 2, e comma 3 del"), "~art1-com2 ~art1-com3");
  EXPECT_EQ(suffixes("art. 3 e la legge"), "~art3");
}

TEST(Partitions, TakeInTheArticlesAfterAndNameTheFirst) {
  for (const std::string_view text :
       {"artt. 1321 e ss. c.c.", "art. 1321 ss. c.c.", "art. 1321 e segg. c.c."}) {
    const auto found = scan_partitions(text, 0);
    ASSERT_TRUE(found) << text;
    EXPECT_EQ(text.substr(found->end), " c.c.") << text;
    EXPECT_EQ(suffixes(text), "~art1321") << text;
  }
  EXPECT_EQ(suffixes("art. 2043 e seguenti del"), "~art2043");
  // Only after an article's number: "e ss." alone is nothing.
  EXPECT_EQ(suffixes("ss. c.c."), "none");
}

TEST(Partitions, WritesAnnexesAfterAColon) {
  EXPECT_EQ(suffixes("tabella C allegata al"), ":tabella.c");
  EXPECT_EQ(suffixes("allegato D del"), ":allegato.d");
}

TEST(Partitions, NeedsAValue) {
  EXPECT_EQ(suffixes("articolo di giornale"), "none");
  EXPECT_EQ(suffixes("n. 3 del 2000"), "none");
  EXPECT_EQ(suffixes("lettera circolare"), "none");
}

}  // namespace
}  // namespace strata::legal
