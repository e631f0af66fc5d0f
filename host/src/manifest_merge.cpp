#include "manifest_merge.hpp"

#include <algorithm>
#include <limits>

#include "setup_error.hpp"

namespace strata::host {

ManifestMerge::ManifestMerge(std::vector<std::filesystem::path> manifests)
    : manifests_(std::move(manifests)) {
  for (std::size_t m = 0; m < manifests_.size(); ++m) {
    ManifestReader reader(manifests_[m]);
    ManifestEntry entry;
    while (reader.next(entry)) {
      if (entry.document.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw SetupError(manifests_[m].string() + ": a document id of 4 GB");
      }
      latest_.push_back({ids_.size(), reader.line_offset(),
                         static_cast<std::uint32_t>(entry.document.size()),
                         static_cast<std::uint32_t>(m), entry.status == "ok"});
      ids_ += entry.document;
      if (std::find(chains_.begin(), chains_.end(), entry.chain) == chains_.end()) {
        chains_.push_back(entry.chain);
      }
    }
  }
  // Stable, so that of a document's entries the one read last is last; it alone stays.
  std::stable_sort(latest_.begin(), latest_.end(),
                   [this](const Place& a, const Place& b) { return id(a) < id(b); });
  auto kept = latest_.begin();
  for (auto place = latest_.begin(); place != latest_.end(); ++place) {
    const auto next = place + 1;
    if (next == latest_.end() || id(*next) != id(*place)) *kept++ = *place;
  }
  latest_.erase(kept, latest_.end());
  latest_.shrink_to_fit();
  ok_ = static_cast<std::size_t>(
      std::count_if(latest_.begin(), latest_.end(), [](const Place& p) { return p.ok; }));
}

std::vector<ManifestReader> ManifestMerge::readers() const {
  std::vector<ManifestReader> readers;
  readers.reserve(manifests_.size());
  for (const auto& manifest : manifests_) readers.emplace_back(manifest);
  return readers;
}

ManifestEntry ManifestMerge::entry_of(const Place& place,
                                      std::vector<ManifestReader>& readers) const {
  ManifestEntry entry = readers[place.manifest].entry_at(place.line);
  if (entry.document != id(place)) {
    throw SetupError(manifests_[place.manifest].string() + " changed while it was merged");
  }
  return entry;
}

const ManifestMerge::Place* ManifestMerge::find(std::string_view wanted) const {
  const auto found = std::lower_bound(
      latest_.begin(), latest_.end(), wanted,
      [this](const Place& place, std::string_view key) { return id(place) < key; });
  return found == latest_.end() || id(*found) != wanted ? nullptr : &*found;
}

void ManifestMerge::for_each_latest(const std::function<void(const ManifestEntry&)>& visit) const {
  auto readers = this->readers();
  for (const Place& place : latest_) visit(entry_of(place, readers));
}

void ManifestMerge::for_each_named(
    const JobList& order,
    const std::function<void(std::size_t job, const ManifestEntry&)>& visit) const {
  auto readers = this->readers();
  for (std::size_t job = 0; job < order.size(); ++job) {
    if (const Place* place = find_recorded(order.id(job))) visit(job, entry_of(*place, readers));
  }
}

std::vector<std::string> ManifestMerge::missing(const JobList& expected) const {
  std::vector<std::string> missing;
  for (std::size_t job = 0; job < expected.size(); ++job) {
    if (!find_recorded(expected.id(job))) missing.emplace_back(expected.id(job));
  }
  return missing;
}

const ManifestMerge::Place* ManifestMerge::find_recorded(std::string_view document) const {
  const std::optional<std::string> otherwise = recorded_otherwise(document);
  return find(otherwise ? std::string_view(*otherwise) : document);
}

}  // namespace strata::host
