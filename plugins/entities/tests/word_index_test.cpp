#include "word_index.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace strata::entities {
namespace {

// Gets `word` under `key`, recording the words added.
std::uint32_t get(WordIndex& index, std::string_view word, std::uint64_t key,
                  std::vector<std::string>& added) {
  return index.get(word, key, [&](std::string_view text) { added.emplace_back(text); });
}

std::uint32_t get(WordIndex& index, std::string_view word, std::vector<std::string>& added) {
  return get(index, word, WordIndex::key(word), added);
}

TEST(WordIndex, NumbersWordsInTheOrderTheyCome) {
  WordIndex index;
  std::vector<std::string> added;
  EXPECT_EQ(get(index, "Roma", added), 0u);
  EXPECT_EQ(get(index, "", added), 1u);
  EXPECT_EQ(get(index, "Roma", added), 0u);
  EXPECT_EQ(get(index, "", added), 1u);
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(added, (std::vector<std::string>{"Roma", ""}));
}

TEST(WordIndex, TellsApartWordsThatShareTheirFirstBytes) {
  WordIndex index;
  std::vector<std::string> added;
  const std::uint32_t a = get(index, "presidente", added);
  const std::uint32_t b = get(index, "presidenza", added);
  const std::uint32_t c = get(index, "presiden", added);
  EXPECT_EQ(get(index, "presidenza", added), b);
  EXPECT_EQ(get(index, "presidente", added), a);
  EXPECT_EQ(get(index, "presiden", added), c);
  EXPECT_EQ(added.size(), 3u);
}

TEST(WordIndex, AWordSharingAnotherOnesKeyGetsANumberOfItsOwn) {
  WordIndex index;
  std::vector<std::string> added;
  EXPECT_EQ(get(index, "Milano", 42, added), 0u);
  EXPECT_EQ(get(index, "Torino", 42, added), 1u);
  EXPECT_EQ(get(index, "Milano", 42, added), 0u);  // the first keeps the key
  EXPECT_EQ(get(index, "Torino", 42, added), 2u);  // the other is added again
  EXPECT_EQ(get(index, "Genova", 0, added), 3u);   // a key of 0 is a key like any other
  EXPECT_EQ(get(index, "Genova", 0, added), 3u);
}

TEST(WordIndex, ForgetsEverythingWhenCleared) {
  WordIndex index;
  std::vector<std::string> added;
  for (int k = 0; k < 1000; ++k) get(index, std::to_string(k), added);
  EXPECT_EQ(get(index, "999", added), 999u);
  index.clear();
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.text_bytes(), 0u);
  EXPECT_EQ(get(index, "999", added), 0u);
  EXPECT_EQ(added.size(), 1001u);
}

}  // namespace
}  // namespace strata::entities
