// The xml:ids of the applications (strata and each plugin) the TEI header lists.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strata/formats/run_info.hpp"

namespace strata::formats {

// Gives strata and each plugin of a run a document-unique xml:id, so that standOff containers
// can point @resp at the application that produced them.
class ApplicationIds {
 public:
  // strata's own application.
  static constexpr const char* kStrata = "strata";

  explicit ApplicationIds(const RunInfo& run);

  // The xml:id of run.plugins[index].
  const std::string& plugin(std::size_t index) const { return ids_[index]; }

  // "#id" of the application that made a layer: strata's for "" (a layer the host made itself),
  // nullopt for a producer that is not in the run (then no one is named rather than the wrong
  // one). A plugin that ran twice is named by its first run.
  std::optional<std::string> resp(std::string_view producer) const;

 private:
  std::vector<std::string> names_;
  std::vector<std::string> ids_;
};

}  // namespace strata::formats
