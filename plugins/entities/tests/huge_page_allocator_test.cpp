#include "huge_page_allocator.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>

namespace strata::entities {
namespace {

// Whether the system then backs a block with huge pages is its own affair; what the allocator
// promises is the alignment that lets it, and memory that behaves like any other.
TEST(HugePageAllocator, AlignsLargeBlocksToAHugePage) {
  constexpr std::size_t kCount = (HugePageAllocator<std::int16_t>::kHugePage + 6) / 2;
  HugePageVector<std::int16_t> large(kCount, 7);
  EXPECT_EQ(
      reinterpret_cast<std::uintptr_t>(large.data()) % HugePageAllocator<std::int16_t>::kHugePage,
      0u);
  std::iota(large.begin(), large.end(), std::int16_t{0});
  EXPECT_EQ(large[1], 1);
  EXPECT_EQ(large[kCount - 1], static_cast<std::int16_t>(kCount - 1));
}

TEST(HugePageAllocator, SmallBlocksAndGrowthWorkAsInAnyVector) {
  HugePageVector<std::uint64_t> values;
  for (std::uint64_t i = 0; i < 600000; ++i) values.push_back(i * 3);  // small, then 4.8 MB
  EXPECT_EQ(values[599999], 1799997u);
  HugePageVector<std::uint64_t> moved = std::move(values);
  EXPECT_EQ(moved.size(), 600000u);
  moved.clear();
  moved.shrink_to_fit();
  EXPECT_TRUE(moved.empty());
}

}  // namespace
}  // namespace strata::entities
