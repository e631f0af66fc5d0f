#include "document_context.hpp"

#include <algorithm>

#include "characters.hpp"
#include "hashing.hpp"
#include "strata/case_folding.hpp"
#include "strata/error.hpp"

namespace strata::entities {
namespace {

// Whether a capital after `previous` says something: not after a quote, bracket, colon or
// dash, which start a sentence of their own.
bool runs_on_after(std::string_view previous) {
  if (previous == ",") return true;
  const CharKind kind = char_kind(code_point_at(previous, 0).value);
  return kind != CharKind::other && kind != CharKind::apostrophe;
}

void remember(std::array<std::uint64_t, DocumentContext::kMaxNeighbours>& kept, std::uint8_t& count,
              std::uint64_t word) {
  const auto end = kept.begin() + count;
  if (count == kept.size() || std::find(kept.begin(), end, word) != end) return;
  kept[count++] = word;
}

}  // namespace

const DocumentContext::WordUse* DocumentContext::use(std::uint64_t word_hash) const {
  static const WordUse kLowerCaseOnly{.lower_case = true};
  if (const WordUse* use = capitalised_.find(word_hash)) return use;
  return lower_case_.find(word_hash) != nullptr ? &kLowerCaseOnly : nullptr;
}

void DocumentContext::add_sentence(std::span<const std::string_view> tokens) {
  words_.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    words_[i] = hash_string(fold_word(tokens[i], buffer_));
  }
  add_sentence(tokens, words_);
}

void DocumentContext::add_sentence(std::span<const std::string_view> tokens,
                                   std::span<const std::uint64_t> words) {
  static const std::uint64_t kBefore = hash_string("<s>");
  static const std::uint64_t kAfter = hash_string("</s>");
  if (words.size() != tokens.size()) {
    throw Error("add_sentence: " + std::to_string(words.size()) + " word hashes for " +
                std::to_string(tokens.size()) + " tokens");
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view token = tokens[i];
    if (token.empty()) continue;
    const CharKind first = char_kind(code_point_at(token, 0).value);
    if (first == CharKind::lower) {
      std::uint8_t& seen = lower_case_[words[i]];
      if (seen == 0) {
        seen = 1;
        if (WordUse* capitalised = capitalised_.find(words[i])) capitalised->lower_case = true;
      }
      continue;
    }
    if (first != CharKind::upper) continue;
    WordUse& use = capitalised_[words[i]];
    // A new entry: every capitalised occurrence leaves at least one word before it.
    if (use.before_count == 0) use.lower_case = lower_case_.find(words[i]) != nullptr;
    if (i > 0 && !tokens[i - 1].empty() && runs_on_after(tokens[i - 1])) {
      use.capitalised_inside = true;
    }
    remember(use.before, use.before_count, i > 0 ? words[i - 1] : kBefore);
    remember(use.after, use.after_count, i + 1 < tokens.size() ? words[i + 1] : kAfter);
  }
}

}  // namespace strata::entities
