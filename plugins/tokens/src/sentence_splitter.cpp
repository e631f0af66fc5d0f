#include "sentence_splitter.hpp"

#include <cstring>

#include "char_class.hpp"
#include "punctuation.hpp"
#include "utf8.hpp"

namespace strata::tokens {
namespace {

constexpr std::size_t kNoEnd = static_cast<std::size_t>(-1);

// Finds the sentence ends among the tokens of one paragraph.
class ParagraphSentences {
 public:
  ParagraphSentences(std::string_view text, std::span<const TokenSpan> tokens,
                     const WordList& function_words)
      : text_(text), tokens_(tokens), function_words_(function_words) {}

  void append_to(std::vector<Span>& sentences) const {
    std::size_t first = 0;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const std::size_t last = sentence_end_at(i);
      if (last == kNoEnd) continue;
      sentences.push_back({tokens_[first].begin, tokens_[last].end});
      first = last + 1;
      i = last;
    }
    if (first < tokens_.size()) sentences.push_back({tokens_[first].begin, tokens_.back().end});
  }

 private:
  // If a sentence ends with token i (or with closing marks glued to it), the index of its last
  // token; otherwise kNoEnd. The paragraph's last token always ends one (see append_to).
  std::size_t sentence_end_at(std::size_t i) const {
    if (i + 1 >= tokens_.size()) return kNoEnd;
    const TokenSpan& token = tokens_[i];
    if (token.kind == TokenKind::punct && is_final_marks(token)) {
      std::size_t last = i;
      while (last + 1 < tokens_.size() && tokens_[last + 1].begin == tokens_[last].end &&
             is_closing_mark(tokens_[last + 1])) {
        ++last;
      }
      return followed_by_sentence_start(last) ? last : kNoEnd;
    }
    if (token.abbreviation) {
      return token.may_end_sentence && spaced(i) && is_capitalised_function_word(tokens_[i + 1])
                 ? i
                 : kNoEnd;
    }
    if (token.kind != TokenKind::punct && ends_heading_line(i)) return i;
    return kNoEnd;
  }

  UChar32 first_char(const TokenSpan& token) const {
    return decode_at(text_, token.begin).code_point;
  }

  std::string_view text_of(const TokenSpan& token) const {
    return text_.substr(token.begin, token.end - token.begin);
  }

  // ".", "!", "?!", "...", "…": a token made of sentence-final marks only.
  bool is_final_marks(const TokenSpan& token) const {
    for (std::size_t pos = token.begin; pos < token.end;) {
      const Decoded d = decode_at(text_, pos);
      if (!is_sentence_final(d.code_point) && classify(d.code_point) != CharClass::mark) {
        return false;
      }
      pos = d.next;
    }
    return true;
  }

  bool is_closing_mark(const TokenSpan& token) const {
    return token.kind == TokenKind::punct && is_closing(first_char(token));
  }

  // White space separates token i from the next.
  bool spaced(std::size_t i) const { return tokens_[i + 1].begin > tokens_[i].end; }

  bool followed_by_sentence_start(std::size_t i) const {
    return i + 1 < tokens_.size() && spaced(i) && can_start_sentence(tokens_[i + 1]);
  }

  bool can_start_sentence(const TokenSpan& token) const {
    switch (token.kind) {
      case TokenKind::word:
        return is_capital_letter(first_char(token));
      case TokenKind::number:
      case TokenKind::symbol:
        return true;
      case TokenKind::punct: {
        const UChar32 c = first_char(token);
        return is_opening(c) || is_dash(c);
      }
      case TokenKind::url:
      case TokenKind::email:
        return false;
    }
    return false;
  }

  bool is_capitalised_function_word(const TokenSpan& token) const {
    return token.kind == TokenKind::word && is_capital_letter(first_char(token)) &&
           function_words_.contains(text_of(token));
  }

  // Token i ends a line, the next line starts like a sentence and is at least twice as long:
  // the line of token i is a heading.
  bool ends_heading_line(std::size_t i) const {
    const TokenSpan& token = tokens_[i];
    const TokenSpan& next = tokens_[i + 1];
    const char* gap = text_.data() + token.end;
    if (!std::memchr(gap, '\n', next.begin - token.end) || !can_start_sentence(next)) return false;
    const std::size_t newline_before = text_.rfind('\n', token.end - 1);
    const std::size_t line_begin =
        newline_before == std::string_view::npos ? 0 : newline_before + 1;
    std::size_t next_line_end = text_.find('\n', next.begin);
    if (next_line_end == std::string_view::npos) next_line_end = text_.size();
    return 2 * (token.end - line_begin) <= next_line_end - next.begin;
  }

  std::string_view text_;
  std::span<const TokenSpan> tokens_;
  const WordList& function_words_;
};

}  // namespace

SentenceSplitter::SentenceSplitter(const WordList& function_words)
    : function_words_(function_words) {}

std::vector<Span> SentenceSplitter::split(std::string_view text, std::span<const TokenSpan> tokens,
                                          std::span<const Span> paragraphs) const {
  std::vector<Span> sentences;
  sentences.reserve(tokens.size() / 20);
  std::size_t next = 0;
  for (const Span& paragraph : paragraphs) {
    while (next < tokens.size() && tokens[next].end <= paragraph.begin) ++next;
    const std::size_t first = next;
    while (next < tokens.size() && tokens[next].begin < paragraph.end) ++next;
    ParagraphSentences(text, tokens.subspan(first, next - first), function_words_)
        .append_to(sentences);
  }
  return sentences;
}

}  // namespace strata::tokens
