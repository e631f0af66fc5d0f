#include "job_list.hpp"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace fs = std::filesystem;

namespace strata::host {
namespace {

// The id without the extension its output replaces, by std::filesystem's rule: the last dot of
// the file name, unless the name starts with it or is "." or "..".
std::string_view stem_path(std::string_view id) {
  const std::size_t slash = id.rfind('/');
  const std::size_t name = slash == std::string_view::npos ? 0 : slash + 1;
  const std::string_view file = id.substr(name);
  if (file == "." || file == "..") return id;
  const std::size_t dot = file.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return id;
  return id.substr(0, name + dot);
}

}  // namespace

std::size_t JobList::add_folder(const std::string& folder) {
  origins_.push_back({folder, true});
  return origins_.size() - 1;
}

void JobList::add_file(const std::string& file) {
  origins_.push_back({file, false});
  push(static_cast<std::uint32_t>(origins_.size() - 1), fs::path(file).filename().string());
}

void JobList::add_standard_input() {
  origins_.push_back({{}, false});
  push(static_cast<std::uint32_t>(origins_.size() - 1), "stdin");
}

void JobList::add(std::size_t folder, std::string_view id) {
  push(static_cast<std::uint32_t>(folder), id);
}

void JobList::push(std::uint32_t origin, std::string_view id) {
  // Jobs are counted in 32 bits where they are sorted.
  if (size() == std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("more than 4,294,967,295 documents in one run");
  }
  ids_.append(id);
  ends_.push_back(ids_.size());
  origin_of_.push_back(origin);
}

void JobList::sort_from(std::size_t first) {
  std::vector<std::uint32_t> order(size() - first);
  std::iota(order.begin(), order.end(), static_cast<std::uint32_t>(first));
  std::sort(order.begin(), order.end(),
            [this](std::uint32_t a, std::uint32_t b) { return id(a) < id(b); });
  const std::string old_ids = ids_.substr(begin_of(first));
  const std::size_t base = begin_of(first);
  std::vector<std::uint64_t> old_ends(ends_.begin() + static_cast<std::ptrdiff_t>(first),
                                      ends_.end());
  std::vector<std::uint32_t> old_origins(origin_of_.begin() + static_cast<std::ptrdiff_t>(first),
                                         origin_of_.end());
  ids_.resize(base);
  ends_.resize(first);
  origin_of_.resize(first);
  for (const std::uint32_t index : order) {
    const std::size_t k = index - first;
    const std::size_t begin = (k == 0 ? base : old_ends[k - 1]) - base;
    push(old_origins[k], std::string_view(old_ids).substr(begin, old_ends[k] - base - begin));
  }
}

std::string_view JobList::id(std::size_t index) const {
  const std::size_t begin = begin_of(index);
  return std::string_view(ids_).substr(begin, ends_[index] - begin);
}

Job JobList::operator[](std::size_t index) const {
  const Origin& origin = origins_[origin_of_[index]];
  Job job{std::string(id(index)), origin.path, {}};
  if (origin.folder) job.source = (fs::path(origin.path) / job.id).string();
  if (outputs_.kind == JobOutputs::Kind::file) job.output = outputs_.path;
  if (outputs_.kind == JobOutputs::Kind::folder) {
    job.output =
        (fs::path(outputs_.path) / fs::path(job.id).replace_extension(outputs_.extension)).string();
  }
  return job;
}

JobList JobList::filtered(const std::function<bool(std::size_t index)>& keep) const {
  JobList kept(outputs_);
  kept.origins_ = origins_;
  for (std::size_t i = 0; i < size(); ++i) {
    if (keep(i)) kept.push(origin_of_[i], id(i));
  }
  return kept;
}

std::size_t JobList::first_shared_output() const {
  if (outputs_.kind != JobOutputs::Kind::folder) return size();
  // Indexes sorted by what the output is made of: a few bytes a job, not a second list of paths.
  std::vector<std::uint32_t> order(size());
  std::iota(order.begin(), order.end(), 0u);
  const auto stem = [this](std::uint32_t i) { return stem_path(id(i)); };
  std::sort(order.begin(), order.end(),
            [&stem](std::uint32_t a, std::uint32_t b) { return stem(a) < stem(b); });
  const auto same =
      std::adjacent_find(order.begin(), order.end(),
                         [&stem](std::uint32_t a, std::uint32_t b) { return stem(a) == stem(b); });
  return same == order.end() ? size() : *same;
}

}  // namespace strata::host
