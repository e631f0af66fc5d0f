#include "application_ids.hpp"

#include <algorithm>

namespace strata::formats {
namespace {

// "app." and the name with anything but letters, digits, '-' and '_' made '_'; a clash this
// causes is resolved like a plugin that ran twice. The '.' keeps these ids apart from the
// "{layer}-{number}" ids of standoff annotations, as layer names cannot contain one.
std::string base_id(std::string_view name) {
  std::string id = "app.";
  for (char c : name) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    id.push_back(keep ? c : '_');
  }
  return id;
}

}  // namespace

ApplicationIds::ApplicationIds(const RunInfo& run) {
  for (const AppliedPlugin& plugin : run.plugins) {
    const std::string base = base_id(plugin.name);
    std::string id = base;
    // No base id has a second '.', so "app.x.2" cannot clash with another plugin's id.
    for (int n = 2; std::find(ids_.begin(), ids_.end(), id) != ids_.end(); ++n) {
      id = base + "." + std::to_string(n);
    }
    names_.push_back(plugin.name);
    ids_.push_back(std::move(id));
  }
}

std::optional<std::string> ApplicationIds::resp(std::string_view producer) const {
  if (producer.empty()) return std::string("#") + kStrata;
  const auto found = std::find(names_.begin(), names_.end(), producer);
  if (found == names_.end()) return std::nullopt;
  return "#" + ids_[static_cast<std::size_t>(found - names_.begin())];
}

}  // namespace strata::formats
