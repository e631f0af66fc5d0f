// Short strings held in two integers, for the word lists' hash tables.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace strata::tokens {

// The size and first kMaxSize bytes of a string, zero-padded, as two integers: for strings of
// up to kMaxSize bytes (nearly every word), equal keys mean equal strings. Building one takes a
// few loads and shifts, hashing it two multiplications, and comparing it no call to memcmp;
// ASCII case is folded on all bytes at once. The word lists look up most words of every
// document, where a byte loop through memory stalled on reading the bytes back whole.
struct ShortKey {
  static constexpr std::size_t kMaxSize = 16;
  std::uint64_t low = 0;   // bytes 0 to 7, the first in the lowest bits
  std::uint64_t high = 0;  // bytes 8 to 15
  std::size_t size = 0;    // of the whole string, which may be longer than kMaxSize

  static ShortKey of(std::string_view s) {
    static_assert(std::endian::native == std::endian::little, "the loads assume little-endian");
    ShortKey key;
    key.size = s.size();
    const char* p = s.data();
    const std::size_t n = s.size() < kMaxSize ? s.size() : kMaxSize;
    // Overlapping loads rather than a loop: the bytes they both read are the same.
    if (n >= 8) {
      key.low = load<std::uint64_t>(p);
      if (n > 8) key.high = load<std::uint64_t>(p + n - 8) >> (8 * (kMaxSize - n));
    } else if (n >= 4) {
      key.low = load<std::uint32_t>(p) | std::uint64_t{load<std::uint32_t>(p + n - 4)}
                                             << (8 * (n - 4));
    } else if (n > 0) {
      key.low = byte(p[0]) | byte(p[n / 2]) << (8 * (n / 2)) | byte(p[n - 1]) << (8 * (n - 1));
    }
    return key;
  }

  // Whether the bytes held are all ASCII: the whole string's when it is no longer than kMaxSize.
  bool is_ascii() const { return ((low | high) & kHighBits) == 0; }

  // The key with A-Z made a-z; for ASCII keys only.
  ShortKey ascii_lowered() const { return {lowered(low), lowered(high), size}; }

  bool operator==(const ShortKey&) const = default;

  std::size_t hash() const {
    // Multiplications by odd constants carry every byte into the high bits, which the rotation
    // brings down to where a table's mask looks.
    const std::uint64_t mixed =
        (low * 0x9E3779B97F4A7C15u) ^ (high * 0xC2B2AE3D27D4EB4Fu) ^ (size * 0x165667B19E3779F9u);
    return static_cast<std::size_t>(std::rotl(mixed * 0xD6E8FEB86659FD93u, 32));
  }

 private:
  static constexpr std::uint64_t kOnes = 0x0101010101010101u;
  static constexpr std::uint64_t kHighBits = kOnes * 0x80;

  template <typename T>
  static T load(const char* p) {
    T value;
    std::memcpy(&value, p, sizeof value);
    return value;
  }
  static std::uint64_t byte(char c) { return static_cast<unsigned char>(c); }

  // Bytes below 0x80 only, so that no addition carries into the next byte: a byte has its top
  // bit set after adding 0x80 - 'A' when it is 'A' or more, and after adding 0x80 - 'Z' - 1
  // when it is more than 'Z'.
  static std::uint64_t lowered(std::uint64_t x) {
    const std::uint64_t at_least_a = x + kOnes * (0x80 - 'A');
    const std::uint64_t above_z = x + kOnes * (0x80 - 'Z' - 1);
    return x | ((at_least_a & ~above_z & kHighBits) >> 2);  // 0x80 >> 2 is the case bit 0x20
  }
};

}  // namespace strata::tokens
