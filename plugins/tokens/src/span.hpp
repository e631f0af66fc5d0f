// A range of bytes in a document's text.
#pragma once

#include <cstdint>

namespace strata::tokens {

// [begin, end) in bytes; used for paragraphs and sentences, whose only property is their extent.
struct Span {
  std::uint32_t begin;
  std::uint32_t end;
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace strata::tokens
