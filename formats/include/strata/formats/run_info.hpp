// What a writer records about the run that produced a document's annotations.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace strata::formats {

// One plugin of the chain, as it ran.
struct AppliedPlugin {
  std::string name;
  std::string version;
  std::string description;
  std::vector<std::pair<std::string, std::string>> options;  // every option, as written

  bool operator==(const AppliedPlugin&) const = default;
};

// The run as a whole: the program, when, and the plugins in the order they ran.
struct RunInfo {
  std::string program_version;  // strata's own version
  std::string timestamp;        // ISO 8601 UTC, e.g. 2026-11-29T05:04:54Z
  std::vector<AppliedPlugin> plugins;

  bool operator==(const RunInfo&) const = default;
};

}  // namespace strata::formats
