#include "phrase_table.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"
#include "text_scan.hpp"

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

TEST(PhraseTable, NamesFileAndLineOfValuesTheCheckRefuses) {
  PhraseTable phrases;
  const auto check = [](const std::vector<std::string>& values) {
    if (values[0] != "ok") throw Error("not ok: '" + values[0] + "'");
  };
  phrases.add("# values\nuno\tok\n", "test.tsv", 1, check);
  try {
    phrases.add("uno\tok\n\ndue\tko\n", "more.tsv", 1, check);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "more.tsv:3: not ok: 'ko'");
  }
}

TEST(PhraseTable, RequiresTheOnlyDotAndHonoursCapitals) {
  const PhraseTable phrases = table("cost.\tcost\nTUE\ttue\ncodice civile\tcc\n");
  EXPECT_EQ(value_at(phrases, "Cost. art"), "cost@5");
  EXPECT_EQ(value_at(phrases, "cost of"), "none");
  EXPECT_EQ(value_at(phrases, "TUE"), "tue@3");
  EXPECT_EQ(value_at(phrases, "tue idee"), "none");
  EXPECT_EQ(value_at(phrases, "Codice  Civile"), "cc@14");
}

// Where a search with search_pattern() first finds a phrase in `text`, or npos.
std::size_t first_found(const PhraseTable& phrases, std::string_view text) {
  const RE2 search(phrases.search_pattern(), scanner_options());
  re2::StringPiece hit;
  if (!search.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                    &hit, 1)) {
    return std::string_view::npos;
  }
  return static_cast<std::size_t>(hit.data() - text.data());
}

TEST(PhraseTable, SearchesForPhrasesThatStartWithALetterAtAWordStart) {
  const PhraseTable phrases = table("legge\tl\n§ 2\tp\n");
  EXPECT_EQ(first_found(phrases, "xlegge la legge"), 10u);
  EXPECT_EQ(first_found(phrases, "Legge"), 0u);
  EXPECT_EQ(first_found(phrases, "(legge"), 1u);
  EXPECT_EQ(first_found(phrases, "x§ 2"), 1u);  // no word to start
  EXPECT_EQ(first_found(phrases, "xlegge"), std::string_view::npos);
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
