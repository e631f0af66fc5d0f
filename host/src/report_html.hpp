// The page strata report writes: a corpus overview as tables and inline SVG charts.
#pragma once

#include <string>
#include <vector>

#include "report_stats.hpp"

namespace strata::host {

// What the page says about where its numbers come from.
struct ReportSource {
  std::string corpus;                 // the folders or files read, as given
  std::vector<std::string> failures;  // "document: message" for each that could not be read
};

// A self-contained HTML page (inline style, no script, a Content-Security-Policy that forbids
// every request): document and token counts, the most frequent entities per type, the most
// quoted speakers, sentiment per document (counts by label, a histogram of scores, a table) and
// toward the most mentioned entities, and the most cited acts. `top` is how many rows each
// "most" list has.
std::string report_html(const CorpusStats& stats, const ReportSource& source, std::size_t top);

}  // namespace strata::host
