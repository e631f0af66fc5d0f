#include "token_view.hpp"

#include <gtest/gtest.h>

namespace strata::quotations {
namespace {

// Space-separated words, one sentence, and entities given as (first word, word count, type).
Document with_entities(std::string_view text,
                       std::initializer_list<std::tuple<int, int, const char*>> entities) {
  Document doc("d", text);
  Layer& tokens = doc.add_layer("tokens");
  std::vector<std::pair<Offset, Offset>> words;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    words.emplace_back(at, end);
    tokens.set_string(tokens.add(at, end, "token"), "kind", "word");
    at = end + 1;
  }
  doc.add_layer("sentences").add(0, text.size(), "sentence");
  Layer& layer = doc.add_layer("entities");
  for (const auto& [first, count, type] : entities) {
    layer.add(words[first].first, words[first + count - 1].second, type);
  }
  return doc;
}

TEST(TokenView, TheFullestNameIsTheFirstLongestOfTheSameKindHoldingItsWords) {
  const Document doc = with_entities(
      "Vladimir Putin e Putin e Russia e Putin e Vladimir V. Putin e Putin",
      {{0, 2, "PER"}, {3, 1, "PER"}, {5, 1, "LOC"}, {7, 1, "ORG"}, {9, 3, "PER"}, {13, 1, "PER"}});
  const TokenView view(doc, doc.token_index());
  ASSERT_EQ(view.tokens().entities.size(), 6u);
  EXPECT_EQ(view.fullest_name(0), 4u);  // "Vladimir V. Putin" is longer, even later
  EXPECT_EQ(view.fullest_name(1), 4u);
  EXPECT_EQ(view.fullest_name(2), 2u);  // no longer "Russia"
  EXPECT_EQ(view.fullest_name(3), 3u);  // the ORG "Putin" is not the person
  EXPECT_EQ(view.fullest_name(4), 4u);
  EXPECT_EQ(view.fullest_name(5), 4u);
}

// Two people who share a surname stay two; the surname alone is the one named last.
TEST(TokenView, NamesOfEqualLengthKeepTheirOwn) {
  const Document doc = with_entities(
      "Rossi e Mario Rossi e Luca Rossi e Rossi e Mario Rossi e Rossi",
      {{0, 1, "PER"}, {2, 2, "PER"}, {5, 2, "PER"}, {8, 1, "PER"}, {10, 2, "PER"}, {13, 1, "PER"}});
  const TokenView view(doc, doc.token_index());
  EXPECT_EQ(view.fullest_name(0), 1u);  // none before: the first after
  EXPECT_EQ(view.fullest_name(1), 1u);
  EXPECT_EQ(view.fullest_name(2), 2u);  // "Luca Rossi" is not "Mario Rossi"
  EXPECT_EQ(view.fullest_name(3), 2u);
  EXPECT_EQ(view.fullest_name(4), 1u);  // "Mario Rossi" again
  EXPECT_EQ(view.fullest_name(5), 1u);
}

}  // namespace
}  // namespace strata::quotations
