// The US legal citation finder the legal plugin calls, in eyecite's style.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "citation.hpp"

namespace strata::legal::us {

class TemplateSet;

// Finds US case citations (full, short, Id., supra) and statutes in plain UTF-8 text, with
// templates generated at build time from reporters-db. Build one and share it: construction
// indexes every reporter string once; find() is const and safe to call from many threads.
//
// Each Citation has type "case" or "statute" and features, in this order, as they apply:
// id (normalized cite, "347 U.S. 483", "42 U.S.C. § 1983"), volume, reporter, page, pin,
// court, year, plaintiff, defendant, title, section, chapter, then form (full, short, id,
// supra) and antecedent (the id of the citation a short form, Id. or supra refers to).
class CitationFinder {
 public:
  CitationFinder();
  ~CitationFinder();
  CitationFinder(const CitationFinder&) = delete;
  CitationFinder& operator=(const CitationFinder&) = delete;

  // Citations in text order; offsets are bytes of `text`.
  std::vector<Citation> find(std::string_view text) const;

  // How many templates and prefilter keys were generated (for reports and tests).
  std::size_t template_count() const;
  std::size_t key_count() const;
  // Compiles every template now rather than on first use; returns how many RE2 refused.
  std::size_t compile_all() const;

 private:
  std::unique_ptr<TemplateSet> templates_;
};

}  // namespace strata::legal::us
