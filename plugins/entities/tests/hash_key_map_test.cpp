#include "hash_key_map.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace strata::entities {
namespace {

TEST(HashKeyMap, FindsWhatWasStoredAndNothingElse) {
  HashKeyMap<std::uint32_t> map;
  EXPECT_EQ(map.find(42), nullptr);
  map[42] = 7;
  map[43] |= 1;
  map[43] |= 4;
  ASSERT_NE(map.find(42), nullptr);
  EXPECT_EQ(*map.find(42), 7u);
  EXPECT_EQ(*map.find(43), 5u);
  EXPECT_EQ(map.find(44), nullptr);
  EXPECT_EQ(map.size(), 2u);
}

TEST(HashKeyMap, ClearForgetsEverythingAndTheMapFillsAgain) {
  for (const std::uint64_t count : {10u, 5000u}) {
    HashKeyMap<std::uint32_t> map;
    for (std::uint64_t k = 0; k < count; ++k) map[k] = 1;
    map.clear();
    EXPECT_EQ(map.size(), 0u);
    for (std::uint64_t k = 0; k < count; ++k) EXPECT_EQ(map.find(k), nullptr);
    map[3] += 2;  // new entries start from zero again
    ASSERT_NE(map.find(3), nullptr);
    EXPECT_EQ(*map.find(3), 2u);
    EXPECT_EQ(map.size(), 1u);
  }
}

TEST(HashKeyMap, KeyZeroIsAKeyLikeAnyOther) {
  HashKeyMap<std::uint8_t> map;
  EXPECT_EQ(map.find(0), nullptr);
  map[0] = 3;
  ASSERT_NE(map.find(0), nullptr);
  EXPECT_EQ(*map.find(0), 3);
}

TEST(HashKeyMap, AgreesWithStdMapThroughManyGrowths) {
  HashKeyMap<std::uint32_t> map;
  std::map<std::uint64_t, std::uint32_t> reference;
  std::mt19937_64 random(7);
  for (std::uint32_t i = 0; i < 20000; ++i) {
    const std::uint64_t key = random() % 30000;  // repeats some keys
    map[key] += i;
    reference[key] += i;
  }
  EXPECT_EQ(map.size(), reference.size());
  for (const auto& [key, value] : reference) {
    ASSERT_NE(map.find(key), nullptr) << key;
    EXPECT_EQ(*map.find(key), value);
  }
  std::size_t visited = 0;
  map.for_each([&](std::uint64_t key, std::uint32_t value) {
    ++visited;
    EXPECT_EQ(reference.at(key), value);
  });
  EXPECT_EQ(visited, reference.size());
  for (std::uint64_t key = 30000; key < 31000; ++key) EXPECT_EQ(map.find(key), nullptr);
}

}  // namespace
}  // namespace strata::entities
