// The SENTIPOLC 2016 gold CSV (EVALITA 2016): Italian tweets with their overall polarity.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace strata::host {

// One gold tweet: its id and overall polarity flags (both set: mixed; neither: neutral).
struct SentipolcItem {
  std::string id;
  bool positive = false;  // opos
  bool negative = false;  // oneg
  std::string text;
};

// Reads the CSV with header "idtwitter","subj","opos","oneg","iro","lpos","lneg","top","text";
// the organisers' test file comes without the header, so it may be left out. Throws SetupError
// naming the file and line of a malformed record, a record without nine fields, a flag that is
// not 0 or 1, an empty id or one given twice.
std::vector<SentipolcItem> read_sentipolc_gold(const std::filesystem::path& file);

}  // namespace strata::host
