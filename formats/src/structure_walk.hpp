// Walking a document's paragraphs, sentences and tokens in text order, as they nest.
#pragma once

#include <array>
#include <cstddef>

#include "text_structure.hpp"

namespace strata::formats {

// Walks the text [0, text_size) with all three levels at once, one cursor each, and hands the
// body's content to `visitor` in document order through these members:
//   void text(Offset begin, Offset end);                        text between elements
//   void open(TextStructure::Level, std::size_t index, const TextStructure::Extent&);
//   void close(TextStructure::Level);                           a paragraph or sentence, with
//                                                               what lies inside it in between
//   void token(std::size_t index, const TextStructure::Extent&);  a token, text and all (tokens
//                                                               hold nothing else)
// A template rather than virtual calls: there are several calls per token, and the TEI body
// and the nesting check make them for every token of every document. Throws Error when the
// levels do not nest (a sentence crossing a paragraph, a token crossing a sentence) or an
// element other than a paragraph lies outside every paragraph; by then the visitor has seen the
// part before the problem.
template <typename Visitor>
void walk_structure(const TextStructure& structure, Offset text_size, Visitor& visitor);

// walk_structure with nothing to visit: throws exactly when walk_structure would, so that a
// writer can find out before it writes anything.
void check_nesting(const TextStructure& structure, Offset text_size);

namespace structure_walk_detail {

using Level = TextStructure::Level;
using Extent = TextStructure::Extent;

// The errors of the walk, built out of line.
[[noreturn]] void refuse_overlap(Level level, const Extent& next, Level previous_level,
                                 const Extent* previous);
[[noreturn]] void refuse_crossing(Level level, const Extent& next, Level parent_level,
                                  const Extent* parent);
[[noreturn]] void refuse_outside(Level level, const Extent& next);

template <typename Visitor>
class Walker {
 public:
  Walker(const TextStructure& structure, Visitor& visitor)
      : structure_(structure), visitor_(visitor) {}

  // Visits what lies in [from, to) of a parent: elements of `first_level` and deeper levels,
  // and the text between them.
  void children(Offset from, Offset to, int first_level, const Extent* parent, Level parent_level) {
    Offset position = from;
    const Extent* previous = nullptr;
    Level previous_level = TextStructure::paragraph;
    while (const Extent* next = next_element(to, first_level)) {
      const Level level = next_level_;
      if (next->begin < position) refuse_overlap(level, *next, previous_level, previous);
      if (next->end > to) refuse_crossing(level, *next, parent_level, parent);
      if (!parent && level != TextStructure::paragraph) refuse_outside(level, *next);
      if (position < next->begin) visitor_.text(position, next->begin);
      if (level == TextStructure::token) {
        visitor_.token(cursor_[level]++, *next);
      } else {
        visitor_.open(level, cursor_[level]++, *next);
        children(next->begin, next->end, level + 1, next, level);
        visitor_.close(level);
      }
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
  Visitor& visitor_;
  std::array<std::size_t, TextStructure::kLevels> cursor_{};
  Level next_level_ = TextStructure::paragraph;
};

}  // namespace structure_walk_detail

template <typename Visitor>
void walk_structure(const TextStructure& structure, Offset text_size, Visitor& visitor) {
  structure_walk_detail::Walker<Visitor>(structure, visitor)
      .children(0, text_size, TextStructure::paragraph, nullptr, TextStructure::paragraph);
}

}  // namespace strata::formats
