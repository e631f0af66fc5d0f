#include "web_address.hpp"

#include <array>

#include "char_class.hpp"
#include "utf8.hpp"

namespace strata::tokens {
namespace {

bool starts_with_ignoring_case(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// The length of the scheme or "www." a URL starts with at `pos`, or 0.
std::size_t url_prefix_length(std::string_view text, std::size_t pos) {
  static constexpr std::array<std::string_view, 4> kPrefixes = {"https://", "http://", "ftp://",
                                                                "www."};
  for (std::string_view prefix : kPrefixes) {
    if (starts_with_ignoring_case(text, pos, prefix)) return prefix.size();
  }
  return 0;
}

// Quotation marks and angle brackets delimit a URL in running text; they are not valid in one.
bool ends_url(UChar32 c) {
  return c == '"' || c == '<' || c == '>' || c == 0x00AB || c == 0x00BB || c == 0x201C ||
         c == 0x201D || c == 0x2018;
}

// Punctuation at the end of a URL that more likely belongs to the sentence around it.
bool is_trailing_punct(UChar32 c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
         c == 0x2019 || c == 0x2026 || c == ']' || c == '}';
}

bool is_domain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::size_t url_end(std::string_view text, std::size_t begin) {
  // Every word start comes here: rule out most of them with one comparison.
  const char initial = static_cast<char>(text[begin] | 0x20);
  if (initial != 'h' && initial != 'f' && initial != 'w') return begin;
  const std::size_t prefix = url_prefix_length(text, begin);
  if (prefix == 0 || begin + prefix >= text.size()) return begin;
  const Decoded first = decode_at(text, begin + prefix);
  const CharClass first_class = classify(first.code_point);
  if (first_class != CharClass::letter && first_class != CharClass::digit) return begin;

  // Scan to the delimiter, remembering where each character starts so trailing punctuation can
  // be given back; a ")" stays only while it closes a "(" of the URL (Wikipedia links).
  std::size_t end = begin + prefix;
  std::size_t kept_end = end;  // end of the URL without trailing punctuation
  int open_parens = 0;
  while (end < text.size()) {
    const Decoded d = decode_at(text, end);
    if (classify(d.code_point) == CharClass::space || ends_url(d.code_point)) break;
    if (d.code_point == '(') ++open_parens;
    const bool unmatched_close = d.code_point == ')' && open_parens-- <= 0;
    if (unmatched_close) break;
    end = d.next;
    if (!is_trailing_punct(d.code_point)) kept_end = end;
  }
  return kept_end;
}

std::size_t email_domain_end(std::string_view text, std::size_t at) {
  std::size_t pos = at + 1;
  std::size_t labels = 0;
  std::size_t end = at;
  bool last_label_alphabetic = false;
  while (pos < text.size() && is_domain_char(text[pos])) {
    const std::size_t label_begin = pos;
    bool alphabetic = true;
    while (pos < text.size() && is_domain_char(text[pos])) {
      alphabetic = alphabetic && is_ascii_letter(text[pos]);
      ++pos;
    }
    if (text[label_begin] == '-' || text[pos - 1] == '-') break;  // labels never start or end so
    ++labels;
    end = pos;
    last_label_alphabetic = alphabetic && pos - label_begin >= 2;
    // A dot continues the domain only if another label follows it; otherwise it ends a sentence.
    if (pos + 1 < text.size() && text[pos] == '.' && is_domain_char(text[pos + 1])) {
      ++pos;
    } else {
      break;
    }
  }
  return (labels >= 2 && last_label_alphabetic) ? end : at;
}

}  // namespace strata::tokens
