#include "quote_scanner.hpp"

#include <optional>

#include "quote_marks.hpp"

namespace strata::quotations {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where a closing mark was found.
struct Closer {
  std::size_t paragraph;
  std::size_t at;
  std::size_t size;
};

class Scanner {
 public:
  Scanner(std::string_view text, std::span<const TextRange> paragraphs)
      : text_(text), paragraphs_(paragraphs) {}

  std::vector<QuotedSpan> run() {
    std::size_t p = 0;
    std::size_t at = paragraphs_.empty() ? 0 : paragraphs_[0].begin;
    while (p < paragraphs_.size()) {
      if (at == paragraphs_[p].begin && opens_with_dash(p)) {
        dialogue(p);
        at = next_paragraph(p);
        continue;
      }
      at = next_possible_mark(text_, at, paragraphs_[p].end);
      if (at >= paragraphs_[p].end) {
        at = next_paragraph(p);
        continue;
      }
      const Mark mark = mark_at(text_, at);
      if (!mark.opens || mark.family == MarkFamily::dash) {
        at += mark.size;
        continue;
      }
      if (const std::optional<Closer> closer = find_closer(p, at, mark)) {
        emit(at, at + mark.size, closer->at, closer->at + closer->size, true, false);
        p = closer->paragraph;
        at = closer->at + closer->size;
      } else {
        emit(at, at + mark.size, paragraphs_[p].end, paragraphs_[p].end, false, false);
        at = next_paragraph(p);
      }
    }
    return std::move(out_);
  }

 private:
  std::size_t next_paragraph(std::size_t& p) const {
    ++p;
    return p < paragraphs_.size() ? paragraphs_[p].begin : text_.size();
  }

  std::size_t skip_spaces(std::size_t at, std::size_t end) const {
    while (at < end && is_space(text_[at])) ++at;
    return at;
  }

  // The mark that closes the one at `open`: in its paragraph, or in the next ones while each
  // opens again with the same mark. Marks of the same family nested inside are skipped.
  std::optional<Closer> find_closer(std::size_t p, std::size_t open, const Mark& opener) const {
    const std::string_view opening = text_.substr(open, opener.size);
    std::size_t at = open + opener.size;
    int depth = 0;
    for (;;) {
      while ((at = next_possible_mark(text_, at, paragraphs_[p].end)) < paragraphs_[p].end) {
        const Mark mark = mark_at(text_, at);
        const std::string_view here = text_.substr(at, mark.size);
        if (mark.family == opener.family) {
          if (mark.closes && closes_quotation(opening, here)) {
            if (depth == 0) return Closer{p, at, mark.size};
            --depth;
          } else if (mark.opens && here == opening) {
            ++depth;
          }
        }
        at += mark.size;
      }
      if (p + 1 >= paragraphs_.size()) return std::nullopt;
      const std::size_t next = skip_spaces(paragraphs_[p + 1].begin, paragraphs_[p + 1].end);
      if (text_.compare(next, opening.size(), opening) != 0) return std::nullopt;
      ++p;
      at = next + opening.size();
    }
  }

  bool opens_with_dash(std::size_t p) const {
    const std::size_t at = skip_spaces(paragraphs_[p].begin, paragraphs_[p].end);
    if (at >= paragraphs_[p].end) return false;
    const Mark mark = mark_at(text_, at);
    return mark.family == MarkFamily::dash && at + mark.size < paragraphs_[p].end &&
           text_[at + mark.size] == ' ';
  }

  // "— Speech — narration — speech": the dashes that stand apart from words split the
  // paragraph, and every other piece, from the first, is speech.
  void dialogue(std::size_t p) {
    const TextRange paragraph = paragraphs_[p];
    std::size_t piece_open = skip_spaces(paragraph.begin, paragraph.end);
    std::size_t at = piece_open + mark_at(text_, piece_open).size;
    std::size_t piece_begin = at;
    bool speech = true;
    while (at <= paragraph.end) {
      at = next_possible_mark(text_, at, paragraph.end);
      const bool at_end = at == paragraph.end;
      const Mark mark = at_end ? Mark{} : mark_at(text_, at);
      const bool splits = at_end || (mark.family == MarkFamily::dash && at > paragraph.begin &&
                                     is_space(text_[at - 1]));
      if (splits) {
        if (speech) emit(piece_open, piece_begin, at, at_end ? at : at + mark.size, true, true);
        speech = !speech;
        if (at_end) break;
        piece_open = at;
        piece_begin = at + mark.size;
      }
      at += at_end ? 1 : mark.size;
    }
  }

  void emit(std::size_t open, std::size_t content_begin, std::size_t content_end, std::size_t close,
            bool closed, bool dialogue) {
    std::size_t begin = skip_spaces(content_begin, content_end);
    std::size_t end = content_end;
    while (end > begin && is_space(text_[end - 1])) --end;
    if (begin == end) return;
    QuotedSpan span{open, begin, end, close, {}, closed, dialogue};
    const Mark opening = mark_at(text_, open);
    span.marks = text_.substr(open, opening.size);
    if (!dialogue && closed) span.marks += text_.substr(content_end, close - content_end);
    out_.push_back(std::move(span));
  }

  std::string_view text_;
  std::span<const TextRange> paragraphs_;
  std::vector<QuotedSpan> out_;
};

}  // namespace

std::vector<TextRange> line_paragraphs(std::string_view text) {
  std::vector<TextRange> paragraphs;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) paragraphs.push_back({begin, end});
    begin = end + 1;
  }
  return paragraphs;
}

std::vector<QuotedSpan> find_quoted_spans(std::string_view text,
                                          std::span<const TextRange> paragraphs) {
  return Scanner(text, paragraphs).run();
}

}  // namespace strata::quotations
