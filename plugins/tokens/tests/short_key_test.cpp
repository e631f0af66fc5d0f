#include "short_key.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::tokens {
namespace {

// The key as a byte loop builds it.
ShortKey slow_key(std::string_view s) {
  ShortKey key;
  key.size = s.size();
  for (std::size_t i = 0; i < s.size() && i < ShortKey::kMaxSize; ++i) {
    const std::uint64_t byte = static_cast<unsigned char>(s[i]);
    (i < 8 ? key.low : key.high) |= byte << (8 * (i % 8));
  }
  return key;
}

TEST(ShortKey, HoldsTheBytesOfEverySizeZeroPadded) {
  const std::string text = "Abcdefghijklmnopqrstu\xC3\xA9";
  for (std::size_t from = 0; from < 4; ++from) {
    for (std::size_t size = 0; from + size <= text.size(); ++size) {
      const std::string_view s = std::string_view(text).substr(from, size);
      EXPECT_EQ(ShortKey::of(s), slow_key(s)) << s;
    }
  }
}

TEST(ShortKey, EqualKeysForEqualStringsOnly) {
  EXPECT_EQ(ShortKey::of("della"), ShortKey::of(std::string("della")));
  EXPECT_NE(ShortKey::of("della"), ShortKey::of("dello"));
  EXPECT_NE(ShortKey::of("a"), ShortKey::of(std::string_view("a\0", 2)));  // the size counts
  EXPECT_EQ(ShortKey::of("della").hash(), ShortKey::of(std::string("della")).hash());
}

TEST(ShortKey, LowersAsciiCapitalsOnly) {
  const std::string all = "@AZ[`az{09 'Mixed-Case_WORD";
  for (std::size_t size = 0; size <= ShortKey::kMaxSize; ++size) {
    const std::string s = all.substr(0, size);
    std::string lowered = s;
    for (char& c : lowered) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    ASSERT_TRUE(ShortKey::of(s).is_ascii());
    EXPECT_EQ(ShortKey::of(s).ascii_lowered(), ShortKey::of(lowered)) << s;
  }
  EXPECT_FALSE(ShortKey::of("perch\xC3\xA9").is_ascii());
  EXPECT_FALSE(ShortKey::of("0123456789abcde\xC3").is_ascii());
}

}  // namespace
}  // namespace strata::tokens
