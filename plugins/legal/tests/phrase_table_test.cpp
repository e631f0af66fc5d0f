#include "phrase_table.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::legal {
namespace {

PhraseTable table(std::string_view content) {
  PhraseTable phrases;
  phrases.add(content, "test.tsv", 1);
  phrases.compile();
  return phrases;
}

std::string value_at(const PhraseTable& phrases, std::string_view text) {
  const auto found = phrases.match_at(text, 0);
  return found ? found->values->front() + "@" + std::to_string(found->end) : "none";
}

TEST(PhraseTable, FindsAbbreviationsHoweverTheirDotsFall) {
  const PhraseTable phrases = table("d.lgs.\tdlgs\nd.l.\tdl\n# comment\n\nc.p.c.\tcpc\nc.p.\tcp\n");
  EXPECT_EQ(value_at(phrases, "D.Lgs. 196"), "dlgs@6");
  EXPECT_EQ(value_at(phrases, "D. Lgs. 196"), "dlgs@7");
  EXPECT_EQ(value_at(phrases, "DLgs 196"), "dlgs@4");
  EXPECT_EQ(value_at(phrases, "D.L. 18"), "dl@4");
  EXPECT_EQ(value_at(phrases, "c.p.c. e"), "cpc@6");
  EXPECT_EQ(value_at(phrases, "c.p. e"), "cp@4");
  EXPECT_EQ(value_at(phrases, "dlgsx"), "none");
  EXPECT_EQ(value_at(phrases, "d lgs 196"), "none");
}

TEST(PhraseTable, RequiresTheOnlyDotAndHonoursCapitals) {
  const PhraseTable phrases = table("cost.\tcost\nTUE\ttue\ncodice civile\tcc\n");
  EXPECT_EQ(value_at(phrases, "Cost. art"), "cost@5");
  EXPECT_EQ(value_at(phrases, "cost of"), "none");
  EXPECT_EQ(value_at(phrases, "TUE"), "tue@3");
  EXPECT_EQ(value_at(phrases, "tue idee"), "none");
  EXPECT_EQ(value_at(phrases, "Codice  Civile"), "cc@14");
}

TEST(PhraseTable, NamesFileAndLineOfABadLine) {
  PhraseTable phrases;
  try {
    phrases.add("legge\tstato\n\nd.l.\n", "types.tsv", 1);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "types.tsv:3: expected 2 tab-separated fields, found 1");
  }
}

}  // namespace
}  // namespace strata::legal
