// Every generated template, behind the literal prefilter.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "literal_matcher.hpp"
#include "template_match.hpp"

namespace re2 {
class RE2;
}

namespace strata::legal::us {

// The templates of reporters-db and the prefilter over their reporter strings. A template's
// regex is compiled by RE2 the first time its reporter occurs (most never do in a document), once,
// under a std::once_flag: match() is const and safe from many threads.
class TemplateSet {
 public:
  TemplateSet(const TemplateRecord* records, std::size_t count);
  ~TemplateSet();
  TemplateSet(const TemplateSet&) = delete;
  TemplateSet& operator=(const TemplateSet&) = delete;

  // Every template match whose reporter begins where a prefilter key occurs, overlapping ones
  // included; sorted by position.
  std::vector<TemplateMatch> match(std::string_view text) const;
  std::size_t size() const { return templates_.size(); }
  std::size_t key_count() const { return matcher_.size(); }
  // Compiles every template now (normally each waits for its reporter to occur) and returns
  // how many RE2 refused: for tests and the benchmark's load figure.
  std::size_t compile_all() const;

 private:
  struct Compiled;
  const Compiled& compiled(std::size_t index) const;
  void match_at(std::string_view text, std::size_t index, const LiteralMatcher::Hit& hit,
                std::vector<TemplateMatch>& out) const;

  std::vector<std::unique_ptr<Compiled>> templates_;
  LiteralMatcher matcher_;
  std::vector<std::vector<std::size_t>> by_key_;  // key -> templates it can start
};

}  // namespace strata::legal::us
