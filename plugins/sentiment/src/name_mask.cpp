#include "name_mask.hpp"

#include <algorithm>

#include "words.hpp"

namespace strata::sentiment {
namespace {

// The text of a masked token: no list holds it, and as a stand-in its punctuation follows no
// other token in the document's text, so it joins no run.
constexpr std::string_view kStandIn = "strata-name";

}  // namespace

void NameMask::find(const Document& document) {
  names_.clear();
  const Layer* entities = document.find_layer("entities");
  if (entities == nullptr) return;
  entities->ids_by_offset(ids_);
  for (const AnnotationId id : ids_) {
    const std::string_view type = entities->type(id);
    if (type == "PER" || type == "LOC" || type == "ORG") {
      names_.push_back({entities->begin(id), entities->end(id)});
    }
  }
}

std::span<const Token> NameMask::apply(std::span<const Token> tokens,
                                       std::vector<Token>& buffer) const {
  if (names_.empty() || tokens.empty()) return tokens;
  // A token is inside the last name that begins at or before it, if that name ends where the
  // token ends or after.
  // The names that begin at or before each token are counted on from token to token (the tokens
  // are in text order): one search a sentence, not one a token.
  std::size_t before = static_cast<std::size_t>(
      std::upper_bound(names_.begin(), names_.end(), tokens.front().begin,
                       [](Offset at, const Range& name) { return at < name.begin; }) -
      names_.begin());
  // Most sentences hold no name: none overlapping the first token and none beginning before the
  // last token ends. (This passes over an empty token at the very end of a name, which the scan
  // below would mask; tokenizers make no empty tokens.)
  const bool first_in_name = before > 0 && names_[before - 1].end > tokens.front().begin;
  const bool name_follows = before < names_.size() && names_[before].begin < tokens.back().end;
  if (!first_in_name && !name_follows) return tokens;
  const auto inside = [&](const Token& token) {
    while (before < names_.size() && names_[before].begin <= token.begin) ++before;
    return before > 0 && token.end <= names_[before - 1].end;
  };
  std::size_t first = 0;
  while (first < tokens.size() && !inside(tokens[first])) ++first;
  if (first == tokens.size()) return tokens;
  buffer.assign(tokens.begin(), tokens.end());
  for (std::size_t i = first; i < buffer.size(); ++i) {
    Token& token = buffer[i];
    if (i > first && !inside(token)) continue;
    token.text = kStandIn;
    if (is_word_kind(token.kind)) token.kind = kNameKind;
  }
  return buffer;
}

}  // namespace strata::sentiment
