// Simple inline SVG bar charts for strata report, drawn by our code so the page needs nothing
// from the network.
#pragma once

#include <string>
#include <vector>

namespace strata::host {

// One bar: what it is, its length, and the text written after it (e.g. the count).
struct Bar {
  std::string label;
  double value = 0;
  std::string note;
};

// Horizontal bars, one a row, label on the left (shortened to 26 characters, the whole label
// in a tooltip), lengths proportional to the largest value (values below 0 count as 0).
std::string bar_chart(const std::vector<Bar>& bars);

// Horizontal bars from a middle axis for values in [-1, 1] (clamped): to the right in green
// above 0, to the left in red below.
std::string diverging_chart(const std::vector<Bar>& bars);

}  // namespace strata::host
