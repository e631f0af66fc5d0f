#include "cite_format.hpp"

#include <cctype>
#include <string_view>

namespace strata::legal::us {
namespace {

std::string field(std::string_view name, const FoundCite& cite) {
  if (name == "volume") return cite.volume;
  if (name == "reporter") return cite.reporter;
  if (name == "page") return cite.page.empty() ? "___" : cite.page;
  if (name == "title") return cite.title;
  if (name == "section") return cite.section;
  if (name == "chapter") return cite.chapter;
  if (name == "year") return cite.year;
  if (name == "subject") return cite.subject;
  return {};
}

}  // namespace

std::string format_cite(const char* format, const FoundCite& cite) {
  std::string out;
  for (std::string_view rest(format); !rest.empty();) {
    const auto open = rest.find('{');
    const auto close = rest.find('}', open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      out += rest;
      break;
    }
    out += rest.substr(0, open);
    out += field(rest.substr(open + 1, close - open - 1), cite);
    rest.remove_prefix(close + 1);
  }
  // A part a cite lacks (a single-volume reporter's volume) leaves a double space.
  std::string tidy;
  for (const char c : out)
    if (c != ' ' || (!tidy.empty() && tidy.back() != ' ')) tidy += c;
  while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
  return tidy;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

}  // namespace strata::legal::us
