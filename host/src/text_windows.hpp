// Where a long text is cut into windows that are annotated one at a time.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "strata/feature.hpp"

namespace strata::host {

// The end offsets of the windows `text` is cut into, each at most `size` bytes but for the white
// space after its cut, the last being text.size(); one window when the text is no longer than
// `size`. A window ends after a paragraph break (a line holding only white space) in its second
// half; failing that after a line end, failing that after a space or tab, failing that at the
// last character boundary. The white space after a cut stays with the window before, so every
// later window starts with text. `size` must be at least 2.
std::vector<Offset> window_ends(std::string_view text, std::size_t size);

}  // namespace strata::host
