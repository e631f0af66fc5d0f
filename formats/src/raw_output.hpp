// Output written through a pointer, for the writers that put out a few small pieces per token.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace strata::formats {

// A chunk of memory that a writer fills through a pointer and that goes to a stream a chunk at
// a time. A writer asks once for room for everything a token may need, then copies its pieces
// without a capacity check or a library call each, which is what appending to a std::string
// costs (see Piece). Nothing is written to the stream unless flush() is called.
class RawOutput {
 public:
  explicit RawOutput(std::ostream& out) : out_(out), data_(new char[kChunk + kSlack]) {}
  RawOutput(const RawOutput&) = delete;
  RawOutput& operator=(const RawOutput&) = delete;

  // Where the next byte goes, with room for at least `size` bytes from there on; hand the end
  // of what was written to commit().
  char* room(std::size_t size) {
    if (capacity_ - used_ < size) make_room(size);
    return data_.get() + used_;
  }
  void commit(char* end) { used_ = static_cast<std::size_t>(end - data_.get()); }

  // Writes the bytes out once there is a chunk of them.
  void flush_if_full() {
    if (used_ >= kChunk) flush();
  }
  void flush() {
    out_.write(data_.get(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;
  // Room past a full chunk, so that the pieces of one token never need a flush in between.
  static constexpr std::size_t kSlack = 8 * 1024;

  // Flushes, and grows the memory when even an empty chunk is too small for `size` bytes.
  void make_room(std::size_t size) {
    flush();
    if (capacity_ >= size) return;
    data_.reset(new char[size]);
    capacity_ = size;
  }

  std::ostream& out_;
  std::unique_ptr<char[]> data_;
  std::size_t capacity_ = kChunk + kSlack;
  std::size_t used_ = 0;
};

// A short string made once and written many times (the tags of a token, around its id and its
// text): the bytes sit in a fixed array that is copied whole, a copy the compiler turns into a
// few moves, and the writer advances by the string's true size. Longer strings are copied as
// usual. The writer must have room for room() bytes, not just size().
class Piece {
 public:
  static constexpr std::size_t kInline = 48;

  Piece() = default;
  explicit Piece(std::string_view text) : size_(text.size()) {
    if (size_ <= kInline) {
      text.copy(inline_, size_);
    } else {
      long_ = text;
    }
  }

  std::size_t size() const { return size_; }
  std::size_t room() const { return size_ <= kInline ? kInline : size_; }

  // Copies the piece to `to` and returns the end of the copy; what lies between the end and
  // to + room() is overwritten.
  char* put(char* to) const {
    if (size_ <= kInline) {
      std::memcpy(to, inline_, kInline);
    } else {
      std::memcpy(to, long_.data(), size_);
    }
    return to + size_;
  }

 private:
  char inline_[kInline] = {};
  std::size_t size_ = 0;
  std::string long_;
};

}  // namespace strata::formats
