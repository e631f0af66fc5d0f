#include "manifest_merge.hpp"

#include <algorithm>
#include <map>

namespace strata::host {

MergedRun merge_manifests(const std::vector<std::vector<ManifestEntry>>& manifests,
                          const std::vector<std::string>& expected) {
  MergedRun run;
  std::map<std::string, ManifestEntry> latest;
  for (const auto& manifest : manifests) {
    for (const ManifestEntry& entry : manifest) {
      latest[entry.document] = entry;
      if (std::find(run.chains.begin(), run.chains.end(), entry.chain) == run.chains.end()) {
        run.chains.push_back(entry.chain);
      }
    }
  }
  for (auto& [document, entry] : latest) {
    (entry.status == "ok" ? run.ok : run.failed) += 1;
    run.latest.push_back(std::move(entry));
  }
  for (const std::string& document : expected) {
    if (!latest.contains(document)) run.missing.push_back(document);
  }
  return run;
}

}  // namespace strata::host
