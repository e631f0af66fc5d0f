// Output made in memory and handed to a stream in large pieces.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

namespace strata::formats {

// Writers append their small pieces (a tag, a number, an escaped word) to text(), which costs
// far less than as many stream insertions, and the text goes to the stream a chunk at a time,
// so a large document is never held twice. Nothing is written unless flush() is called.
class OutputBuffer {
 public:
  // Room for a chunk from the start, so the text is not copied as it grows.
  explicit OutputBuffer(std::ostream& out) : out_(out) { text_.reserve(kChunk + kChunk / 8); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  std::string& text() { return text_; }

  // Writes the text out once there is a chunk of it.
  void flush_if_full() {
    if (text_.size() >= kChunk) flush();
  }
  void flush() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;
  std::ostream& out_;
  std::string text_;
};

}  // namespace strata::formats
