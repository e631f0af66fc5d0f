#include "detokenizer.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

std::string joined(const std::vector<std::string>& tokens) {
  DetokenizedText out;
  append_detokenized(tokens, out);
  return out.text;
}

TEST(Detokenizer, ItalianPunctuationAndElisions) {
  EXPECT_EQ(joined({"Secondo", "l'", "agenzia", "dell'", "ONU", ",", "il", "patto", "(", "art.",
                    "4", ")", "vale", "."}),
            "Secondo l'agenzia dell'ONU, il patto (art. 4) vale.");
  EXPECT_EQ(joined({"«", "Pieno", "sostegno", "»", ",", "ha", "detto"}),
            "«Pieno sostegno», ha detto");
}

TEST(Detokenizer, StraightQuotesAlternate) {
  EXPECT_EQ(joined({"il", "\"", "ricatto", "\"", "occidentale"}), "il \"ricatto\" occidentale");
}

TEST(Detokenizer, EnglishClitics) {
  EXPECT_EQ(joined({"Putin", "'s", "visit", "did", "n't", "end", "."}),
            "Putin's visit didn't end.");
}

TEST(Detokenizer, TokenOffsetsPointAtTheTokens) {
  DetokenizedText out;
  append_detokenized({"Roma", ",", "città"}, out);
  ASSERT_EQ(out.token_begins.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(out.text.substr(out.token_begins[i], out.token_ends[i] - out.token_begins[i]),
              (std::vector<std::string>{"Roma", ",", "città"}[i]));
  }
}

}  // namespace
}  // namespace strata::host
