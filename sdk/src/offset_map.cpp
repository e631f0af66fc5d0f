#include "strata/offset_map.hpp"

#include <algorithm>
#include <cstring>

#include "strata/error.hpp"

namespace strata {
namespace {

bool is_lead_byte(unsigned char b) {
  return (b & 0xC0) != 0x80;
}

// UTF-16 units of the character whose lead byte is `b`.
unsigned utf16_units(unsigned char b) {
  return b >= 0xF0 ? 2 : 1;
}

// How many bytes of eight have their top bit in `bits` (only bits 7, 15, ..., 63 set).
std::uint32_t count_top_bits(std::uint64_t bits) {
  return static_cast<std::uint32_t>(((bits >> 7) * 0x0101010101010101ull) >> 56);
}

struct Counts {
  std::uint32_t code_points = 0;
  std::uint32_t utf16_units = 0;
};

// The code points and UTF-16 units of `bytes`: eight bytes at a step, since every document's
// text goes through here once, byte by byte the few left over. A code point is a byte that is
// not a continuation (10xxxxxx); one of four bytes (11110xxx) takes two UTF-16 units.
Counts count(std::string_view bytes) {
  constexpr std::uint64_t kTops = 0x8080808080808080ull;
  Counts running;
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t x = 0;
    std::memcpy(&x, bytes.data() + i, 8);
    if ((x & kTops) == 0) {  // ASCII
      running.code_points += 8;
      running.utf16_units += 8;
      continue;
    }
    const std::uint32_t leads = 8 - count_top_bits(x & ~(x << 1) & kTops);
    const std::uint32_t four_byte = count_top_bits(x & (x << 1) & (x << 2) & (x << 3) & kTops);
    running.code_points += leads;
    running.utf16_units += leads + four_byte;
  }
  for (; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (is_lead_byte(b)) {
      running.code_points += 1;
      running.utf16_units += utf16_units(b);
    }
  }
  return running;
}

}  // namespace

OffsetMap::OffsetMap(std::string_view utf8_text) : text_(utf8_text) {
  checkpoints_.reserve(text_.size() / kBlock + 2);
  Checkpoint running{0, 0};
  for (std::size_t block = 0; block < text_.size(); block += kBlock) {
    checkpoints_.push_back(running);
    const Counts block_counts = count(text_.substr(block, kBlock));
    running.code_points += block_counts.code_points;
    running.utf16_units += block_counts.utf16_units;
  }
  if (text_.size() % kBlock == 0) checkpoints_.push_back(running);
}

std::size_t OffsetMap::code_point_offset(std::size_t byte_offset) const {
  if (byte_offset > text_.size()) throw Error("byte offset past the end of the text");
  const std::size_t block = byte_offset / kBlock;
  std::size_t count = checkpoints_[block].code_points;
  for (std::size_t i = block * kBlock; i < byte_offset; ++i) {
    count += is_lead_byte(static_cast<unsigned char>(text_[i]));
  }
  return count;
}

std::size_t OffsetMap::utf16_offset(std::size_t byte_offset) const {
  if (byte_offset > text_.size()) throw Error("byte offset past the end of the text");
  const std::size_t block = byte_offset / kBlock;
  std::size_t count = checkpoints_[block].utf16_units;
  for (std::size_t i = block * kBlock; i < byte_offset; ++i) {
    const auto b = static_cast<unsigned char>(text_[i]);
    if (is_lead_byte(b)) count += utf16_units(b);
  }
  return count;
}

std::size_t OffsetMap::byte_offset_of_code_point(std::size_t code_point_offset) const {
  // The last block that starts at or before the wanted code point.
  auto after =
      std::upper_bound(checkpoints_.begin(), checkpoints_.end(), code_point_offset,
                       [](std::size_t cp, const Checkpoint& c) { return cp < c.code_points; });
  if (after == checkpoints_.begin()) throw Error("code point offset before the text");
  const std::size_t block = static_cast<std::size_t>(after - checkpoints_.begin()) - 1;
  std::size_t count = checkpoints_[block].code_points;
  std::size_t i = block * kBlock;
  // Skip continuation bytes of a character that began in the previous block.
  while (i < text_.size() && !is_lead_byte(static_cast<unsigned char>(text_[i]))) ++i;
  while (count < code_point_offset) {
    if (i >= text_.size()) throw Error("code point offset past the end of the text");
    ++i;
    while (i < text_.size() && !is_lead_byte(static_cast<unsigned char>(text_[i]))) ++i;
    ++count;
  }
  return i;
}

}  // namespace strata
