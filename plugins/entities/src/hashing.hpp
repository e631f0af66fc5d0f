// Stable 64-bit hashing of strings and of combinations of hashes.
#pragma once

#include <cstdint>
#include <string_view>

namespace strata::entities {

// FNV-1a, fed byte by byte so that a word's prefixes are hashed on the way to the whole word.
// Unlike std::hash its values are the same on every platform and build, which matters because
// they pick the weights of a model file.
class Fnv1a {
 public:
  static constexpr std::uint64_t kOffset = 14695981039346656037ull;
  static constexpr std::uint64_t kPrime = 1099511628211ull;

  void add(unsigned char byte) { value_ = (value_ ^ byte) * kPrime; }
  void add(std::string_view bytes) {
    for (const char c : bytes) add(static_cast<unsigned char>(c));
  }
  std::uint64_t value() const { return value_; }

 private:
  std::uint64_t value_ = kOffset;
};

inline std::uint64_t hash_string(std::string_view bytes) {
  Fnv1a hash;
  hash.add(bytes);
  return hash.value();
}

// MurmurHash3's finalizer: spreads every input bit over the whole word, so that the top bits
// of the result (which pick a feature's bucket) depend on all of the input.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

// An order-sensitive combination of two hashes (combine(a, b) != combine(b, a)).
constexpr std::uint64_t combine(std::uint64_t seed, std::uint64_t value) {
  return mix64(seed ^ (value + 0x9e3779b97f4a7c15ull + (seed << 6) + (seed >> 2)));
}

}  // namespace strata::entities
