// Byte offsets to code point offsets and back, for offsets asked for in text order.
#pragma once

#include <cstddef>
#include <string_view>

#include "strata/offset_map.hpp"

namespace strata::formats {

// Gives the same answers as OffsetMap::code_point_offset, faster when each offset lies a little
// after the one asked for before, as the begins and ends of annotations sorted by offset (tokens
// above all) mostly do: it counts on from there instead of from the map's last checkpoint.
// Offsets further on or back are asked of the map. `text` is the text of `offsets`. The same
// for code point offsets to bytes, as readers turn them back.
class CodePointCursor {
 public:
  CodePointCursor(std::string_view text, const OffsetMap& offsets)
      : text_(text), offsets_(offsets) {}

  std::size_t code_point_offset(std::size_t byte_offset) {
    if (byte_offset < byte_ || byte_offset - byte_ > kMaxCount || byte_offset > text_.size()) {
      code_points_ = offsets_.code_point_offset(byte_offset);  // throws past the end
      byte_ = byte_offset;
      return code_points_;
    }
    for (; byte_ < byte_offset; ++byte_) {
      code_points_ += !is_continuation(text_[byte_]);  // a lead byte
    }
    return code_points_;
  }

  // Gives the same answers as OffsetMap::byte_offset_of_code_point.
  std::size_t byte_offset_of_code_point(std::size_t code_point_offset) {
    if (code_point_offset < code_points_ || code_point_offset - code_points_ > kMaxCount) {
      byte_ = offsets_.byte_offset_of_code_point(code_point_offset);  // throws past the end
      code_points_ = code_point_offset;
      return byte_;
    }
    for (;; ++byte_, ++code_points_) {
      while (byte_ < text_.size() && is_continuation(text_[byte_])) ++byte_;  // the last one's
      if (code_points_ == code_point_offset) return byte_;
      if (byte_ == text_.size()) return offsets_.byte_offset_of_code_point(code_point_offset);
    }
  }

 private:
  static bool is_continuation(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
  }
  // Beyond this the map, which counts at most one block, is as quick.
  static constexpr std::size_t kMaxCount = 32;
  std::string_view text_;
  const OffsetMap& offsets_;
  std::size_t byte_ = 0;
  std::size_t code_points_ = 0;
};

}  // namespace strata::formats
