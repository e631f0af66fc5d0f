#include "target_keys.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::sentiment {
namespace {

TEST(TargetKeys, NumbersKeysInTheOrderFirstAdded) {
  TargetKeys keys;
  EXPECT_EQ(keys.find_or_add("PER\tputin"), 0u);
  EXPECT_EQ(keys.find_or_add("LOC\tmosca"), 1u);
  EXPECT_EQ(keys.find_or_add("PER\tputin"), 0u);
  EXPECT_EQ(keys.find_or_add("ORG\tputin"), 2u);  // another type, another target
  EXPECT_EQ(keys.size(), 3u);
}

TEST(TargetKeys, KeepsManyKeysApartAsTheTableGrows) {
  TargetKeys keys;
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(keys.find_or_add("LOC\tplace " + std::to_string(i)), static_cast<std::size_t>(i));
  }
  for (int i = 4999; i >= 0; --i) {
    ASSERT_EQ(keys.find_or_add("LOC\tplace " + std::to_string(i)), static_cast<std::size_t>(i));
  }
  EXPECT_EQ(keys.size(), 5000u);
}

TEST(TargetKeys, ClearForgetsEveryKeyOfTheDocumentBefore) {
  TargetKeys keys;
  for (int i = 0; i < 3000; ++i) keys.find_or_add("PER\tname " + std::to_string(i));
  keys.clear();
  EXPECT_EQ(keys.size(), 0u);
  // Numbered from 0 again, none of the old keys found.
  for (int i = 2999; i >= 0; --i) {
    ASSERT_EQ(keys.find_or_add("PER\tname " + std::to_string(i)),
              static_cast<std::size_t>(2999 - i));
  }
  keys.clear();
  EXPECT_EQ(keys.find_or_add(""), 0u);
  EXPECT_EQ(keys.find_or_add("PER\tname 7"), 1u);
}

}  // namespace
}  // namespace strata::sentiment
