#include "short_forms.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "case_name.hpp"
#include "cite_tail.hpp"

namespace strata::legal::us {
namespace {

std::size_t offset(std::string_view text, const re2::StringPiece& piece) {
  return static_cast<std::size_t>(piece.data() - text.data());
}

}  // namespace

std::vector<FoundCite> find_ids_and_supras(std::string_view text) {
  // One pass over the text: group 1 an Id., group 2 a supra (with its volume: "448 supra").
  static const RE2 pattern(R"(\b(?:((?:[Ii]b)?[Ii]d\.)|(?:\d+\s+)?(supra)\b))");
  std::vector<FoundCite> found;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece parts[3];
  std::size_t pos = 0;
  while (pos < text.size() && pattern.Match(input, pos, text.size(), RE2::UNANCHORED, parts, 3)) {
    FoundCite cite;
    cite.begin = offset(text, parts[0]);
    cite.core_end = cite.end = cite.begin + parts[0].size();
    if (parts[1].data() != nullptr) {
      cite.form = Form::id;
      const Tail pin = read_id_pin(text, cite.end, std::min(text.size(), cite.end + 40));
      cite.pin = pin.text;
      cite.end = pin.end;
    } else {
      cite.form = Form::supra;
      const std::size_t floor = found.empty() ? 0 : found.back().end;
      std::size_t name_begin = cite.begin;
      cite.name_guess = name_before(text, cite.begin, floor, name_begin);
      cite.begin = name_begin;
      const Tail pin = read_pin(text, cite.end, std::min(text.size(), cite.end + 40));
      cite.pin = pin.text;
      cite.end = pin.end;
    }
    pos = cite.end;
    found.push_back(std::move(cite));
  }
  return found;
}

}  // namespace strata::legal::us
