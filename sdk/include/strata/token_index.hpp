// Fast access to a document's tokens and sentences, which most annotators work on.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "strata/document.hpp"

namespace strata {

// One token of the tokens layer.
struct Token {
  Offset begin;
  Offset end;
  AnnotationId id;        // in the tokens layer
  std::string_view text;  // a view of the document's text
  std::string_view kind;  // the "kind" feature: word, number, punct, symbol, url, email
};

// One sentence of the sentences layer with the tokens inside it.
struct Sentence {
  Offset begin;
  Offset end;
  AnnotationId id;  // in the sentences layer
  std::span<const Token> tokens;
};

// The tokens and sentences of a document in text order, built once per document. Requires the
// tokens layer; without a sentences layer the whole text is one sentence. Views point into the
// document, which must outlive the index.
class TokenIndex {
 public:
  explicit TokenIndex(const Document& document);
  TokenIndex(const TokenIndex&) = delete;
  TokenIndex& operator=(const TokenIndex&) = delete;

  std::span<const Token> tokens() const { return tokens_; }
  std::span<const Sentence> sentences() const { return sentences_; }
  // The tokens that overlap [begin, end).
  std::span<const Token> tokens_between(Offset begin, Offset end) const;

 private:
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
};

}  // namespace strata
