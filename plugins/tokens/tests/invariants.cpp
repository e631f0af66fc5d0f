#include "invariants.hpp"

#include <vector>

#include "char_class.hpp"
#include "span.hpp"
#include "strata/layer_names.hpp"
#include "utf8.hpp"

namespace strata::tokens::testing {
namespace {

bool is_space_at(std::string_view text, std::size_t pos) {
  return classify(decode_at(text, pos).code_point) == CharClass::space;
}

std::string at(std::size_t offset) {
  return " at byte " + std::to_string(offset);
}

bool is_kind(std::string_view kind) {
  for (TokenKind k : {TokenKind::word, TokenKind::number, TokenKind::punct, TokenKind::symbol,
                      TokenKind::url, TokenKind::email}) {
    if (kind == to_string(k)) return true;
  }
  return false;
}

// The spans of a layer in the order they were added.
std::vector<Span> spans_of(const Layer& layer) {
  std::vector<Span> spans;
  for (AnnotationId id = 0; id < layer.size(); ++id)
    spans.push_back({layer.begin(id), layer.end(id)});
  return spans;
}

std::string paragraph_violation(std::string_view text, const std::vector<Span>& paragraphs) {
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const Span& p = paragraphs[i];
    if (p.begin >= p.end) return "empty paragraph" + at(p.begin);
    if (i > 0 && p.begin < paragraphs[i - 1].end) return "paragraphs out of order" + at(p.begin);
    if (is_space_at(text, p.begin) || is_space_at(text, previous_boundary(text, p.end))) {
      return "paragraph not trimmed" + at(p.begin);
    }
  }
  return "";
}

// Walks sentences, tokens and paragraphs together.
std::string sentence_violation(const std::vector<Span>& sentences,
                               const std::vector<TokenSpan>& tokens,
                               const std::vector<Span>& paragraphs) {
  std::size_t t = 0;
  std::size_t p = 0;
  for (const Span& s : sentences) {
    if (t >= tokens.size() || tokens[t].begin != s.begin) {
      return "sentence does not start at the next token" + at(s.begin);
    }
    while (t < tokens.size() && tokens[t].end <= s.end) ++t;
    if (tokens[t - 1].end != s.end) return "sentence does not end with a token" + at(s.end);
    while (p < paragraphs.size() && paragraphs[p].end < s.end) ++p;
    if (p == paragraphs.size() || s.begin < paragraphs[p].begin) {
      return "sentence not inside one paragraph" + at(s.begin);
    }
  }
  if (t != tokens.size()) return "token in no sentence" + at(tokens[t].begin);
  return "";
}

}  // namespace

std::string token_violation(std::string_view text, std::span<const TokenSpan> tokens) {
  std::size_t pos = 0;
  for (const TokenSpan& token : tokens) {
    if (token.begin < pos || token.begin >= token.end) return "bad token range" + at(token.begin);
    for (; pos < token.begin; pos = decode_at(text, pos).next) {
      if (!is_space_at(text, pos)) return "character outside any token" + at(pos);
    }
    for (; pos < token.end; pos = decode_at(text, pos).next) {
      if (is_space_at(text, pos)) return "white space inside a token" + at(pos);
    }
    if (pos != token.end) return "token ends inside a character" + at(token.end);
  }
  for (; pos < text.size(); pos = decode_at(text, pos).next) {
    if (!is_space_at(text, pos)) return "character outside any token" + at(pos);
  }
  return "";
}

std::string layer_violation(const Document& doc) {
  const std::string_view text = doc.text();
  const Layer& token_layer = doc.layer(layer_names::tokens);
  std::vector<TokenSpan> tokens;
  for (AnnotationId id = 0; id < token_layer.size(); ++id) {
    if (token_layer.type(id) != "token" || !is_kind(token_layer.string_feature(id, "kind"))) {
      return "bad token type or kind" + at(token_layer.begin(id));
    }
    tokens.push_back({token_layer.begin(id), token_layer.end(id), TokenKind::word});
  }
  const std::vector<Span> paragraphs = spans_of(doc.layer(layer_names::paragraphs));
  const std::vector<Span> sentences = spans_of(doc.layer(layer_names::sentences));
  for (const std::string& problem :
       {token_violation(text, tokens), paragraph_violation(text, paragraphs),
        sentence_violation(sentences, tokens, paragraphs)}) {
    if (!problem.empty()) return problem;
  }
  return "";
}

}  // namespace strata::tokens::testing
