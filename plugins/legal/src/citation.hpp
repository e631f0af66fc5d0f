// One legal citation a scanner found, before it becomes an annotation of the citations layer.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace strata::legal {

// Where a citation is, what kind it is, and what it names. Scanners of every legal system
// (Italian, EU, treaties, US) return these; the annotator writes them as annotations.
struct Citation {
  std::size_t begin = 0;  // byte offsets [begin, end) in the document's text
  std::size_t end = 0;
  // legislation, eu, treaty, case, statute, constitution or code
  std::string type;
  // Features by name, in the order written: "id" (a standard identifier: URN:NIR, CELEX, a
  // normalized US cite) first where there is one, then "instrument", "article", "paragraph",
  // "comma", "letter", "date", "number", "issuer", "court", "year", ... as they apply.
  std::vector<std::pair<std::string, std::string>> features;
};

}  // namespace strata::legal
