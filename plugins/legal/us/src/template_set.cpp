#include "template_set.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

namespace strata::legal::us {
namespace {

// How far around a reporter a match may reach: volume and page are a few bytes away; bounding
// the window keeps the work per occurrence constant, so find() stays linear in the text.
constexpr std::size_t kReachBefore = 64;
constexpr std::size_t kReachAfter = 128;

std::vector<std::string_view> lines(const char* text) {
  std::vector<std::string_view> out;
  std::string_view rest(text);
  while (!rest.empty()) {
    const auto cut = rest.find('\n');
    out.push_back(rest.substr(0, cut));
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 1);
  }
  return out;
}

// A cite neither starts nor ends inside a word: "111 S.W. 12th St." is an address.
bool inside_word(std::string_view text, std::size_t at) {
  auto alnum = [&](std::size_t i) { return std::isalnum(static_cast<unsigned char>(text[i])); };
  return at > 0 && at < text.size() && alnum(at - 1) && alnum(at);
}

// Nor does it end on a number joined by a hyphen to a word: "In 2023 U.S. 30-year rates",
// "120 U.S. 24-hour stores" count years and hours. (A page range, "483-84", stays a cite.)
bool joined_to_word(std::string_view text, std::size_t end) {
  return end + 1 < text.size() && text[end] == '-' &&
         std::isalpha(static_cast<unsigned char>(text[end + 1]));
}

}  // namespace

struct TemplateSet::Compiled {
  const TemplateRecord* record;
  std::once_flag once;
  std::unique_ptr<re2::RE2> regex;  // null when RE2 refused the pattern
  std::vector<std::pair<std::string, int>> names;
  int reporter_group = -1;
};

TemplateSet::TemplateSet(const TemplateRecord* records, std::size_t count) {
  std::unordered_map<std::string_view, std::size_t> key_ids;
  for (std::size_t i = 0; i < count; ++i) {
    auto compiled = std::make_unique<Compiled>();
    compiled->record = &records[i];
    templates_.push_back(std::move(compiled));
    for (const auto key : lines(records[i].keys)) {
      auto [it, fresh] = key_ids.emplace(key, by_key_.size());
      if (fresh) {
        matcher_.add(key);
        by_key_.emplace_back();
      }
      by_key_[it->second].push_back(i);
    }
  }
  matcher_.build();
}

TemplateSet::~TemplateSet() = default;

const TemplateSet::Compiled& TemplateSet::compiled(std::size_t index) const {
  Compiled& entry = *templates_[index];
  std::call_once(entry.once, [&entry] {
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_unique<re2::RE2>(entry.record->regex, options);
    if (!regex->ok()) return;
    for (const auto& [name, group] : regex->NamedCapturingGroups()) {
      entry.names.emplace_back(name, group);
      if (name == "reporter") entry.reporter_group = group;
    }
    if (entry.reporter_group > 0) entry.regex = std::move(regex);
  });
  return entry;
}

std::size_t TemplateSet::compile_all() const {
  std::size_t refused = 0;
  for (std::size_t i = 0; i < templates_.size(); ++i)
    if (!compiled(i).regex) ++refused;
  return refused;
}

void TemplateSet::match_at(std::string_view text, std::size_t index, const LiteralMatcher::Hit& hit,
                           std::vector<TemplateMatch>& out) const {
  const Compiled& entry = compiled(index);
  if (!entry.regex) return;
  const int groups = entry.regex->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> parts(static_cast<std::size_t>(groups));
  const std::size_t stop = std::min(text.size(), hit.end + kReachAfter);
  std::size_t start = hit.begin > kReachBefore ? hit.begin - kReachBefore : 0;
  const re2::StringPiece whole(text.data(), text.size());
  // The leftmost match in the window may belong to an earlier reporter: step past it until the
  // reporter group starts at this hit (at most kReachBefore steps).
  while (start <= hit.begin &&
         entry.regex->Match(whole, start, stop, RE2::UNANCHORED, parts.data(), groups)) {
    const auto reporter = parts[static_cast<std::size_t>(entry.reporter_group)];
    const auto at = static_cast<std::size_t>(reporter.data() - text.data());
    if (at > hit.begin) return;
    const auto begin = static_cast<std::size_t>(parts[0].data() - text.data());
    const std::size_t end = begin + parts[0].size();
    if (at == hit.begin &&
        (inside_word(text, begin) || inside_word(text, end) || joined_to_word(text, end))) {
      return;
    }
    if (at == hit.begin) {
      TemplateMatch match;
      match.record = entry.record;
      match.begin = begin;
      match.end = end;
      for (const auto& [name, group] : entry.names) {
        const auto part = parts[static_cast<std::size_t>(group)];
        if (part.data() != nullptr) match.groups.emplace_back(name, std::string(part));
      }
      out.push_back(std::move(match));
      return;
    }
    start = static_cast<std::size_t>(parts[0].data() - text.data()) + 1;
  }
}

std::vector<TemplateMatch> TemplateSet::match(std::string_view text) const {
  std::vector<TemplateMatch> out;
  std::set<std::pair<std::size_t, std::size_t>> tried;  // (template, position) once each
  for (const auto& hit : matcher_.scan(text))
    for (const std::size_t index : by_key_[hit.key])
      if (tried.emplace(index, hit.begin).second) match_at(text, index, hit, out);
  std::sort(out.begin(), out.end(), [](const TemplateMatch& a, const TemplateMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

}  // namespace strata::legal::us
