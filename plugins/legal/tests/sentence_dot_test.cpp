#include "sentence_dot.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tokenized.hpp"

namespace strata::legal {
namespace {

// `text` from its start to where a citation of its first `length` bytes ends.
std::string citation_in(std::string_view text, std::size_t length) {
  const Document document = tokenized(text);
  return std::string(text.substr(0, end_before_sentence_dot(document, 0, length)));
}

TEST(SentenceDot, LeavesTheSentencesPeriodOut) {
  EXPECT_EQ(citation_in("art. 6 CEDU. Vedi", 12), "art. 6 CEDU");
  EXPECT_EQ(citation_in("il TUIR. Poi", 8), "il TUIR");
  EXPECT_EQ(citation_in("della stessa legge. Fine.", 19), "della stessa legge");
  EXPECT_EQ(citation_in("art. 6 CEDU.", 12), "art. 6 CEDU");
  EXPECT_EQ(citation_in("(art. 6 CEDU.) Poi", 13), "(art. 6 CEDU");
}

TEST(SentenceDot, KeepsAnAbbreviationsDot) {
  EXPECT_EQ(citation_in("art. 2 c.c. Il giudice", 11), "art. 2 c.c.");
  EXPECT_EQ(citation_in("art. 2 del citato d.lgs. Fine.", 24), "art. 2 del citato d.lgs.");
  EXPECT_EQ(citation_in("la c.e.d.u. Poi", 11), "la c.e.d.u.");
  // The tokenizer does not know "Fall." but ends no sentence there.
  EXPECT_EQ(citation_in("art. 67 L. Fall. e poi", 16), "art. 67 L. Fall.");
}

TEST(SentenceDot, LeavesOtherEndsAlone) {
  EXPECT_EQ(citation_in("art. 6 CEDU, poi", 11), "art. 6 CEDU");
  EXPECT_EQ(citation_in("art. 6 CEDU. Vedi", 11), "art. 6 CEDU");
}

}  // namespace
}  // namespace strata::legal
