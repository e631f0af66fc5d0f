#include "document_words.hpp"

namespace strata::sentiment {

void DocumentWords::read(const TokenIndex& index, const NameMask& names, const WordLists& lists) {
  parts_.clear();
  words_.clear();
  const std::span<const Token> all = index.tokens();
  tokens_ = all;
  if (!names.empty()) {
    // The whole document at once: one copy, and the names' tokens found name by name.
    masked_.assign(all.begin(), all.end());
    names.mask(masked_, lists);
    tokens_ = masked_;
  }
  for (const Sentence& sentence : index.sentences()) {
    const auto first = static_cast<std::size_t>(sentence.tokens.data() - all.data());
    parts_.push_back({first, sentence.tokens.size()});
    add_words_of(tokens(parts_.size() - 1), lists, words_);
  }
  look_up_words(lists, words_);
}

}  // namespace strata::sentiment
