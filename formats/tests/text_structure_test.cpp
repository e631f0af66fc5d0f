#include "text_structure.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

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

// token_span worked out from its definition: the first token starting at `begin` that is not
// empty there, and the last ending at `end` that is not empty there.
std::optional<std::pair<std::size_t, std::size_t>> brute_span(
    const std::vector<std::pair<Offset, Offset>>& tokens, Offset begin, Offset end) {
  if (begin >= end) return std::nullopt;
  std::optional<std::size_t> first;
  std::optional<std::size_t> last;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto [b, e] = tokens[i];
    if (!first && b == begin && e > begin) first = i;
    if (e == end && b < end) last = i;
  }
  if (!first || !last) return std::nullopt;
  return std::make_pair(*first, *last);
}

// Random texts of tokens, some empty, with gaps between some: every range against the definition,
// in order with one cursor, and with cursors left anywhere.
TEST(TextStructure, TokenSpanFindsTheTokensAtBothEndsOfARange) {
  std::uint32_t seed = 11;
  const auto next = [&seed](std::uint32_t below) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % below;
  };
  for (int round = 0; round < 60; ++round) {
    std::vector<std::pair<Offset, Offset>> tokens;
    Offset at = 0;
    const std::uint32_t count = 1 + next(40);
    for (std::uint32_t i = 0; i < count; ++i) {
      at += next(3) == 0 ? 1 : 0;                            // a gap now and then
      const Offset length = next(5) == 0 ? 0 : 1 + next(4);  // some tokens empty
      tokens.emplace_back(at, at + length);
      at += length;
    }
    Document document("d", std::string(at + 2, 'x'));
    Layer& layer = document.add_layer("tokens");
    for (const auto& [b, e] : tokens) layer.add(b, e, "token");
    const TextStructure structure(document);
    std::size_t cursor = 0;
    for (Offset begin = 0; begin <= at + 1; ++begin) {
      for (Offset end = begin; end <= at + 1; ++end) {
        const auto expected = brute_span(tokens, begin, end);
        ASSERT_EQ(structure.token_span(begin, end), expected)
            << round << ": " << begin << "-" << end;
        std::size_t ordered = cursor;
        ASSERT_EQ(structure.token_span(begin, end, ordered), expected) << round;
        std::size_t anywhere = next(static_cast<std::uint32_t>(tokens.size() + 2));
        ASSERT_EQ(structure.token_span(begin, end, anywhere), expected) << round;
        if (end == at + 1) cursor = ordered;  // the next begin is later
      }
    }
  }
}

}  // namespace
}  // namespace strata::formats
