#include "structure_walk.hpp"

#include <array>
#include <string>

#include "strata/error.hpp"

namespace strata::formats {
namespace {

using Level = TextStructure::Level;
using Extent = TextStructure::Extent;

std::string describe(Level level, const Extent& e) {
  const std::string range = "[" + std::to_string(e.begin) + ", " + std::to_string(e.end) + ")";
  if (e.annotation == TextStructure::kAdded) return "text outside every paragraph " + range;
  return std::string(TextStructure::layer_name(level)) + " " + std::to_string(e.annotation) + " " +
         range;
}

class Walker {
 public:
  Walker(const TextStructure& structure, StructureVisitor& visitor)
      : structure_(structure), visitor_(visitor) {}

  // Visits what lies in [from, to) of a parent: elements of `first_level` and deeper levels,
  // and the text between them.
  void children(Offset from, Offset to, int first_level, const Extent* parent, Level parent_level) {
    Offset position = from;
    const Extent* previous = nullptr;
    Level previous_level = TextStructure::paragraph;
    while (const Extent* next = next_element(to, first_level)) {
      const Level level = next_level_;
      if (next->begin < position) {
        throw Error(describe(level, *next) + " overlaps " +
                    (previous ? describe(previous_level, *previous) : "an earlier element") +
                    " (byte offsets): the structural layers do not nest");
      }
      if (next->end > to) {
        throw Error(describe(level, *next) + " crosses the end of " +
                    (parent ? describe(parent_level, *parent) : "the text") +
                    " (byte offsets): the structural layers do not nest");
      }
      if (!parent && level != TextStructure::paragraph) {
        throw Error(describe(level, *next) + " lies outside every paragraph");
      }
      if (position < next->begin) visitor_.text(position, next->begin);
      visitor_.open(level, cursor_[level]++, *next);
      children(next->begin, next->end, level + 1, next, level);
      visitor_.close(level);
      position = next->end;
      previous = next;
      previous_level = level;
    }
    if (position < to) visitor_.text(position, to);
  }

 private:
  // The element that begins first in [from, to) among the levels from `first_level` down, the
  // outer one where two begin together (it holds the other); an empty element at `to` still
  // belongs to this parent. Sets next_level_.
  const Extent* next_element(Offset to, int first_level) {
    const Extent* next = nullptr;
    for (int l = first_level; l < TextStructure::kLevels; ++l) {
      const auto& extents = structure_.extents(static_cast<Level>(l));
      if (cursor_[l] == extents.size()) continue;
      const Extent& candidate = extents[cursor_[l]];
      const bool inside = candidate.begin < to || (candidate.begin == to && candidate.end == to);
      if (inside && (!next || candidate.begin < next->begin)) {
        next = &candidate;
        next_level_ = static_cast<Level>(l);
      }
    }
    return next;
  }

  const TextStructure& structure_;
  StructureVisitor& visitor_;
  std::array<std::size_t, TextStructure::kLevels> cursor_{};
  Level next_level_ = TextStructure::paragraph;
};

// Visits nothing; used to check the nesting.
class NoVisitor : public StructureVisitor {
 public:
  void text(Offset, Offset) override {}
  void open(TextStructure::Level, std::size_t, const TextStructure::Extent&) override {}
  void close(TextStructure::Level) override {}
};

}  // namespace

void walk_structure(const TextStructure& structure, Offset text_size, StructureVisitor& visitor) {
  Walker(structure, visitor)
      .children(0, text_size, TextStructure::paragraph, nullptr, TextStructure::paragraph);
}

void check_nesting(const TextStructure& structure, Offset text_size) {
  NoVisitor visitor;
  walk_structure(structure, text_size, visitor);
}

}  // namespace strata::formats
