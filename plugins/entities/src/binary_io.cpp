#include "binary_io.hpp"

#include <bit>
#include <limits>

#include "strata/error.hpp"

namespace strata::entities {

void ByteWriter::fixed(std::uint64_t v, int size) {
  for (int i = 0; i < size; ++i) bytes_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void ByteWriter::f32(float v) {
  u32(std::bit_cast<std::uint32_t>(v));
}

void ByteWriter::f64(double v) {
  u64(std::bit_cast<std::uint64_t>(v));
}

void ByteWriter::varint(std::uint64_t v) {
  while (v >= 0x80) {
    u8(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  u8(static_cast<std::uint8_t>(v));
}

void ByteWriter::signed_varint(std::int64_t v) {
  varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
}

void ByteWriter::string(std::string_view s) {
  if (s.size() > std::numeric_limits<std::uint16_t>::max()) {
    throw Error("a string in a model file is limited to 65535 bytes");
  }
  u16(static_cast<std::uint16_t>(s.size()));
  bytes_.append(s);
}

void ByteReader::fail(std::string_view problem) const {
  throw Error(std::string(name_) + ": " + std::string(problem));
}

void ByteReader::need(std::size_t count) const {
  if (remaining() < count) fail("model file truncated or corrupt (data ends too early)");
}

std::uint64_t ByteReader::fixed(int size) {
  need(static_cast<std::size_t>(size));
  std::uint64_t v = 0;
  for (int i = 0; i < size; ++i) {
    v |= std::uint64_t{static_cast<unsigned char>(bytes_[position_ + static_cast<std::size_t>(i)])}
         << (8 * i);
  }
  position_ += static_cast<std::size_t>(size);
  return v;
}

float ByteReader::f32() {
  return std::bit_cast<float>(u32());
}

double ByteReader::f64() {
  return std::bit_cast<double>(u64());
}

std::uint64_t ByteReader::varint() {
  std::uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    const std::uint8_t byte = u8();
    v |= std::uint64_t{byte & 0x7Fu} << shift;
    if ((byte & 0x80) == 0) return v;
  }
  fail("model file corrupt (a number runs over 64 bits)");
}

std::int64_t ByteReader::signed_varint() {
  const std::uint64_t v = varint();
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

std::string ByteReader::string() {
  const std::uint16_t size = u16();
  return std::string(bytes(size));
}

std::string_view ByteReader::bytes(std::size_t count) {
  need(count);
  const std::string_view result = bytes_.substr(position_, count);
  position_ += count;
  return result;
}

}  // namespace strata::entities
