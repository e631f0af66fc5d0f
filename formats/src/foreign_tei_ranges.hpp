// Where a stretch of the extracted text lies in the characters of the original body.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "foreign_tei_text.hpp"

namespace strata::formats {

// A run of characters of body's text content (every text node below body, excluded ones too,
// as TEI's string-range counts them), in code points.
struct BodyRange {
  std::size_t offset;
  std::size_t length;
};

// A stretch of one text node, in bytes of its value.
struct NodeRange {
  std::size_t node;  // index into ExtractedText::nodes
  std::size_t begin;
  std::size_t end;
};

// Maps ranges of the extracted text back to the tree it came from. Made before the tree is
// changed: it reads the text nodes' values once.
class ForeignTeiRanges {
 public:
  explicit ForeignTeiRanges(const ExtractedText& extracted);

  // The runs of body's characters that bytes [begin, end) of the extracted text come from, in
  // order, joined where they touch: one run unless excluded text (a note) or a break lies inside.
  // Breaks the markup stands for have no characters; a range of nothing but breaks gives
  // nothing.
  std::vector<BodyRange> body_ranges(Offset begin, Offset end) const;

  // The stretch of one text node that bytes [begin, end) are a copy of, or nullopt when they
  // are not all copied from one node (they cross an element, a break, or collapsed white space).
  std::optional<NodeRange> node_range(Offset begin, Offset end) const;

 private:
  // The code point offset in body's text of byte `byte` of node `node`.
  std::size_t body_offset(std::size_t node, std::size_t byte) const;

  const ExtractedText& extracted_;
  std::vector<std::size_t> node_starts_;  // code point offset of each node in body's text
};

}  // namespace strata::formats
