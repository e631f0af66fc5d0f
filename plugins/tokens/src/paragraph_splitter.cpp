#include "paragraph_splitter.hpp"

#include "char_class.hpp"
#include "utf8.hpp"

namespace strata::tokens {
namespace {

bool is_space_at(std::string_view text, std::size_t pos) {
  return classify(decode_at(text, pos).code_point) == CharClass::space;
}

// [begin, end) without leading and trailing white space; empty (begin == end) for a blank line.
Span trim(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && is_space_at(text, begin)) begin = decode_at(text, begin).next;
  while (end > begin) {
    const std::size_t last = previous_boundary(text, end);
    if (!is_space_at(text, last)) break;
    end = last;
  }
  return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}

// Every line of the text, trimmed.
std::vector<Span> trimmed_lines(std::string_view text) {
  std::vector<Span> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(trim(text, begin, end));
    begin = end + 1;
  }
  return lines;
}

bool is_blank(const Span& line) {
  return line.begin == line.end;
}

std::vector<Span> non_blank_lines(const std::vector<Span>& lines) {
  std::vector<Span> paragraphs;
  for (const Span& line : lines) {
    if (!is_blank(line)) paragraphs.push_back(line);
  }
  return paragraphs;
}

// Runs of consecutive non-blank lines, each from its first line's start to its last line's end.
std::vector<Span> blocks_between_blank_lines(const std::vector<Span>& lines) {
  std::vector<Span> paragraphs;
  bool in_block = false;
  for (const Span& line : lines) {
    if (is_blank(line)) {
      in_block = false;
    } else if (in_block) {
      paragraphs.back().end = line.end;
    } else {
      paragraphs.push_back(line);
      in_block = true;
    }
  }
  return paragraphs;
}

}  // namespace

std::optional<ParagraphMode> parse_paragraph_mode(std::string_view name) {
  if (name == "auto") return ParagraphMode::automatic;
  if (name == "blank-lines") return ParagraphMode::blank_lines;
  if (name == "lines") return ParagraphMode::lines;
  return std::nullopt;
}

std::vector<Span> split_paragraphs(std::string_view text, ParagraphMode mode) {
  const std::vector<Span> lines = trimmed_lines(text);
  if (mode == ParagraphMode::lines) return non_blank_lines(lines);
  std::vector<Span> blocks = blocks_between_blank_lines(lines);
  // Blank lines only before or after the text separate nothing: such a text is written one
  // paragraph per line.
  if (mode == ParagraphMode::automatic && blocks.size() < 2) return non_blank_lines(lines);
  return blocks;
}

}  // namespace strata::tokens
