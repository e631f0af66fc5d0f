#include "name_mask.hpp"

#include <algorithm>

#include "strata/case_folding.hpp"
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
      names_.push_back({entities->begin(id), entities->end(id), type == "PER"});
    }
  }
}

bool NameMask::is_title(std::span<const Token> tokens, std::size_t t, const WordLists& lists,
                        std::string& buffer) {
  const Token& word = tokens[t];
  if (word.kind != "word" || word.text.empty() || word.text.front() < 'A' ||
      word.text.front() > 'Z' || word.end + 1 < tokens[t + 1].begin) {
    return false;
  }
  return lists.is_name_title(fold_word(word.text, buffer));
}

void NameMask::mask(std::span<Token> tokens, const WordLists& lists) const {
  if (names_.empty() || tokens.empty()) return;
  std::string buffer;  // for fold_word
  // Name by name rather than token by token: name g decides for the tokens that begin from its
  // begin up to the next name's, and of those only the ones that begin by its end can be inside
  // it (a token that begins later ends later). The tokens between names are not visited.
  std::size_t g = static_cast<std::size_t>(
      std::upper_bound(names_.begin(), names_.end(), tokens.front().begin,
                       [](Offset at, const Range& name) { return at < name.begin; }) -
      names_.begin());
  if (g > 0) --g;  // the name that decides for the first token, if one begins at or before it
  std::size_t t = 0;
  for (; g < names_.size() && t < tokens.size(); ++g) {
    const Range& name = names_[g];
    const bool last = g + 1 == names_.size();
    t = static_cast<std::size_t>(
        std::partition_point(tokens.begin() + static_cast<std::ptrdiff_t>(t), tokens.end(),
                             [&](const Token& token) { return token.begin < name.begin; }) -
        tokens.begin());
    if (name.person && t > 0 && t < tokens.size() && tokens[t].begin < name.end &&
        is_title(tokens, t - 1, lists, buffer)) {
      tokens[t - 1].text = kStandIn;
      tokens[t - 1].kind = kNameKind;
    }
    for (std::size_t i = t; i < tokens.size(); ++i) {
      Token& token = tokens[i];
      if (token.begin > name.end || (!last && token.begin >= names_[g + 1].begin)) break;
      if (token.end > name.end) continue;
      token.text = kStandIn;
      if (is_word_kind(token.kind)) token.kind = kNameKind;
    }
  }
}

}  // namespace strata::sentiment
