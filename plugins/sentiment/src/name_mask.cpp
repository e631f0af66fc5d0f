#include "name_mask.hpp"

#include <algorithm>

namespace strata::sentiment {
namespace {

// A word no lexicon holds, all in small letters so that it adds no emphasis either.
constexpr std::string_view kNeutralWord = "strata-name";

}  // namespace

NameMask::NameMask(const Document& document) {
  const Layer* entities = document.find_layer("entities");
  if (entities == nullptr) return;
  for (const AnnotationId id : entities->ids_by_offset()) {
    const std::string_view type = entities->type(id);
    if (type == "PER" || type == "LOC" || type == "ORG") {
      names_.push_back({entities->begin(id), entities->end(id)});
    }
  }
}

std::span<const Token> NameMask::apply(std::span<const Token> tokens,
                                       std::vector<Token>& buffer) const {
  if (names_.empty() || tokens.empty()) return tokens;
  const auto inside = [&](const Token& token) {
    const auto after = std::upper_bound(names_.begin(), names_.end(), token.begin,
                                        [](Offset at, const Range& r) { return at < r.begin; });
    return after != names_.begin() && token.end <= (after - 1)->end;
  };
  if (std::none_of(tokens.begin(), tokens.end(), inside)) return tokens;
  buffer.assign(tokens.begin(), tokens.end());
  for (Token& token : buffer) {
    if (inside(token)) token.text = kNeutralWord;
  }
  return buffer;
}

}  // namespace strata::sentiment
