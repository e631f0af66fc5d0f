// Little-endian encoding of numbers and strings into bytes and back, for the model file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace strata::entities {

// Appends values to a byte string, little-endian whatever the machine.
class ByteWriter {
 public:
  void u8(std::uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void u16(std::uint16_t v) { fixed(v, 2); }
  void u32(std::uint32_t v) { fixed(v, 4); }
  void u64(std::uint64_t v) { fixed(v, 8); }
  void f32(float v);
  void f64(double v);
  // 7 bits a byte, low first; the high bit says another byte follows.
  void varint(std::uint64_t v);
  // A signed value as a varint, small magnitudes in few bytes (zigzag: 0, -1, 1, -2...).
  void signed_varint(std::int64_t v);
  // A u16 length, then the bytes; throws Error if longer than 65,535 bytes.
  void string(std::string_view s);
  void bytes(std::string_view s) { bytes_.append(s); }

  const std::string& data() const { return bytes_; }

 private:
  void fixed(std::uint64_t v, int size);
  std::string bytes_;
};

// Reads what ByteWriter wrote. Reading past the end throws Error "NAME: ... truncated".
class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::string_view name) : bytes_(bytes), name_(name) {}

  std::uint8_t u8() { return static_cast<std::uint8_t>(fixed(1)); }
  std::uint16_t u16() { return static_cast<std::uint16_t>(fixed(2)); }
  std::uint32_t u32() { return static_cast<std::uint32_t>(fixed(4)); }
  std::uint64_t u64() { return fixed(8); }
  float f32();
  double f64();
  std::uint64_t varint();
  std::int64_t signed_varint();
  std::string string();
  std::string_view bytes(std::size_t count);

  std::size_t position() const { return position_; }
  std::size_t remaining() const { return bytes_.size() - position_; }
  // Throws Error "NAME: <problem>" where NAME is the file.
  [[noreturn]] void fail(std::string_view problem) const;

 private:
  std::uint64_t fixed(int size);
  void need(std::size_t count) const;

  std::string_view bytes_;
  std::string_view name_;
  std::size_t position_ = 0;
};

}  // namespace strata::entities
