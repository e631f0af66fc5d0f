// The folded forms of a sentence's words, one after another.
#pragma once

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

namespace strata::sentiment {

// Text that grows at its end, with room for 8 bytes past the end: folding stores a word 8 bytes
// at a time without checking where it ends, and the buffer is zero-filled only when it grows,
// not at every word as a string's resize would.
class FoldedText {
 public:
  void clear() { size_ = 0; }
  std::size_t size() const { return size_; }
  std::string_view view() const { return {bytes_.data(), size_}; }

  // Where the next `n` bytes go, with 8 more writable after them; they count once commit(n).
  char* room(std::size_t n) {
    const std::size_t needed = size_ + n + 8;
    if (bytes_.size() < needed) grow(needed);
    return bytes_.data() + size_;
  }
  void commit(std::size_t n) { size_ += n; }

  // `text` must not view this buffer, which room() may move.
  void append(std::string_view text) {
    std::memcpy(room(text.size()), text.data(), text.size());
    commit(text.size());
  }

 private:
  // Apart from room(), which folding asks for at every word: the rare growth kept out of it.
  [[gnu::noinline]] void grow(std::size_t needed) {
    bytes_.resize(std::max(needed, 2 * bytes_.size()));
  }
  std::vector<char> bytes_;
  std::size_t size_ = 0;
};

}  // namespace strata::sentiment
