// The VADER ground-truth files (Hutto & Gilbert 2014): one rated snippet a line.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace strata::host {

// One gold snippet: its id ("1_1"), the raters' mean valence (-4..4) and its text.
struct VaderItem {
  std::string id;
  double mean = 0;
  std::string text;
};

// Reads lines `id<TAB>mean<TAB>text` (CRLF or LF; blank lines skipped). Throws SetupError
// naming the file and line of a line without three fields, an empty id, a mean that is not a
// number, or an id given twice.
std::vector<VaderItem> read_vader_gold(const std::filesystem::path& file);

}  // namespace strata::host
