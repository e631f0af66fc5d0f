#include "text_scan.hpp"

#include <array>
#include <vector>

namespace strata::legal {
namespace {

// Latin letters with diacritics (U+00C0 to U+024F) start with these UTF-8 lead bytes.
bool latin_lead(unsigned char byte) {
  return byte >= 0xC3 && byte <= 0xC9;
}

bool ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::optional<std::size_t> match_at(const RE2& pattern, std::string_view text, std::size_t pos,
                                    std::span<std::string_view> groups) {
  // On the stack for the few groups the scanners ask for: this runs tens of thousands of times
  // a megabyte.
  constexpr std::size_t kOnStack = 8;
  std::array<re2::StringPiece, kOnStack> on_stack;
  std::vector<re2::StringPiece> on_heap;
  if (groups.size() + 1 > kOnStack) on_heap.resize(groups.size() + 1);
  re2::StringPiece* found = on_heap.empty() ? on_stack.data() : on_heap.data();
  if (!pattern.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(),
                     RE2::ANCHOR_START, found, static_cast<int>(groups.size() + 1))) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < groups.size(); ++i) {
    groups[i] = found[i + 1].data() == nullptr
                    ? std::string_view()
                    : std::string_view(found[i + 1].data(), found[i + 1].size());
  }
  return static_cast<std::size_t>(found[0].data() + found[0].size() - text.data());
}

bool letter_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  const auto last = static_cast<unsigned char>(text[pos - 1]);
  if (last < 0x80) return ascii_alnum(last);
  std::size_t lead = pos - 1;
  while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  return latin_lead(static_cast<unsigned char>(text[lead]));
}

bool letter_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  const auto first = static_cast<unsigned char>(text[pos]);
  return first < 0x80 ? ascii_alnum(first) : latin_lead(first);
}

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

RE2::Options scanner_options() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_longest_match(true);
  options.set_log_errors(false);
  return options;
}

}  // namespace strata::legal
