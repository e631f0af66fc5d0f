// The fixed parts of the HTML page: its style sheet and its script.
#pragma once

#include <string_view>

namespace strata::formats {

// The CSS: colours per layer and entity type, labels drawn from data-label, markers, the panel.
std::string_view html_style();

// The script: highlighting on hover and the layer switches. It reads only data-* attributes of
// the page, so no document content ever appears inside a <script>.
std::string_view html_script();

}  // namespace strata::formats
