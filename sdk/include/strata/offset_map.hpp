// Exact conversion between UTF-8 byte offsets and code point or UTF-16 offsets of one text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace strata {

// Converts offsets of one UTF-8 text. Byte to code point or UTF-16 is O(1) (a checkpoint table
// plus a scan of at most one block); code point to byte is O(log n). Offsets given in bytes must
// lie on character boundaries. The map keeps a view of the text: the text must outlive it.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view utf8_text);

  std::size_t code_point_offset(std::size_t byte_offset) const;
  std::size_t utf16_offset(std::size_t byte_offset) const;
  std::size_t byte_offset_of_code_point(std::size_t code_point_offset) const;

  std::size_t code_point_count() const { return code_point_offset(text_.size()); }

 private:
  static constexpr std::size_t kBlock = 64;
  struct Checkpoint {
    std::uint32_t code_points;  // code points before this block
    std::uint32_t utf16_units;  // UTF-16 units before this block
  };
  std::string_view text_;
  std::vector<Checkpoint> checkpoints_;  // one per kBlock bytes, plus one for the end
};

}  // namespace strata
