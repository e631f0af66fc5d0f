// A hash that is the same on every machine and in every run, for choices that many machines
// must agree on (which shard a document belongs to, whether a chain is the one a manifest names).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace strata::host {

// FNV-1a over the bytes: std::hash may differ between builds and platforms.
constexpr std::uint64_t stable_hash(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

// The hash as 16 lower-case hex digits.
std::string stable_hash_hex(std::string_view bytes);

}  // namespace strata::host
