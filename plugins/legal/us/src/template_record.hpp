// The citation templates generated from reporters-db at build time.
#pragma once

#include <cstddef>

namespace strata::legal::us {

// One pattern of reporters-db as tools/generate_templates.py writes it: plain C strings, so the
// table is constant data and loading it costs nothing.
struct TemplateRecord {
  const char* kind;      // "full" or "short" (case citations) or "statute"
  const char* reporter;  // normalized reporter: the edition ("F. Supp. 2d") or the law ("U.S.C.")
  const char* root;      // the reporter the edition belongs to ("F. Supp.")
  const char* format;    // how the normalized cite is written: "{volume} {reporter} {page}"
  int start_year;        // the edition's years; 0 when open
  int end_year;
  const char* court;  // the court every cite of the reporter comes from ("scotus"), or ""
  const char* regex;  // RE2 pattern with named groups: volume, reporter, page, title, section...
  const char* keys;   // the reporter's spellings without whitespace, one a line: prefilter keys
};

extern const TemplateRecord kGeneratedTemplates[];
extern const std::size_t kGeneratedTemplateCount;
extern const std::size_t kGeneratedTemplatesSkipped;  // laws.json patterns with no literal

}  // namespace strata::legal::us
