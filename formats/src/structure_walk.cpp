#include "structure_walk.hpp"

#include <string>

#include "strata/error.hpp"

namespace strata::formats {
namespace structure_walk_detail {
namespace {

std::string describe(Level level, const Extent& e) {
  const std::string range = "[" + std::to_string(e.begin) + ", " + std::to_string(e.end) + ")";
  if (e.annotation == TextStructure::kAdded) return "text outside every paragraph " + range;
  return std::string(TextStructure::layer_name(level)) + " " + std::to_string(e.annotation) + " " +
         range;
}

}  // namespace

void refuse_overlap(Level level, const Extent& next, Level previous_level, const Extent* previous) {
  throw Error(describe(level, next) + " overlaps " +
              (previous ? describe(previous_level, *previous) : "an earlier element") +
              " (byte offsets): the structural layers do not nest");
}

void refuse_crossing(Level level, const Extent& next, Level parent_level, const Extent* parent) {
  throw Error(describe(level, next) + " crosses the end of " +
              (parent ? describe(parent_level, *parent) : "the text") +
              " (byte offsets): the structural layers do not nest");
}

void refuse_outside(Level level, const Extent& next) {
  throw Error(describe(level, next) + " lies outside every paragraph");
}

}  // namespace structure_walk_detail

namespace {

// Visits nothing; used to check the nesting.
struct NoVisitor {
  void text(Offset, Offset) {}
  void open(TextStructure::Level, std::size_t, const TextStructure::Extent&) {}
  void close(TextStructure::Level) {}
  void token(std::size_t, const TextStructure::Extent&) {}
};

}  // namespace

void check_nesting(const TextStructure& structure, Offset text_size) {
  NoVisitor visitor;
  walk_structure(structure, text_size, visitor);
}

}  // namespace strata::formats
