#include "text_structure.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace strata::formats {
namespace {

TEST(TextStructure, XmlIdsCountFromOneWithTheLevelsLetter) {
  EXPECT_EQ(TextStructure::xml_id(TextStructure::paragraph, 0), "p1");
  EXPECT_EQ(TextStructure::xml_id(TextStructure::sentence, 9), "s10");
  EXPECT_EQ(TextStructure::xml_id(TextStructure::token, 41), "w42");
}

TEST(TextStructure, PutXmlIdWritesTheLongestIdInTheRoomItAsksFor) {
  char room[TextStructure::kMaxXmlIdSize];
  const std::size_t largest = std::numeric_limits<std::size_t>::max() - 1;
  const auto size = static_cast<std::size_t>(
      TextStructure::put_xml_id(room, TextStructure::token, largest) - room);
  EXPECT_EQ(std::string(room, size), "w" + std::to_string(largest + 1));
  EXPECT_EQ(size, TextStructure::kMaxXmlIdSize);
}

}  // namespace
}  // namespace strata::formats
