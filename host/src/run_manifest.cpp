#include "run_manifest.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <stdexcept>

#include "setup_error.hpp"

namespace strata::host {
namespace {

ManifestEntry entry_of(const nlohmann::json& line) {
  ManifestEntry entry;
  entry.document = line.at("document").get<std::string>();
  entry.output = line.value("output", "");
  entry.status = line.at("status").get<std::string>();
  entry.error = line.value("error", "");
  entry.seconds = line.value("seconds", 0.0);
  entry.chain = line.at("chain").get<std::string>();
  entry.finished = line.value("finished", "");
  if (entry.status != "ok" && entry.status != "failed") {
    throw std::invalid_argument("status '" + entry.status + "' is neither ok nor failed");
  }
  return entry;
}

// Where the last whole line of the regular file open at `fd`, of `size` bytes, ends: its size,
// unless a run killed while writing a line left that line cut.
off_t end_of_whole_lines(int fd, off_t size) {
  char chunk[4096];
  for (off_t at = size; at > 0;) {
    const auto length = static_cast<std::size_t>(std::min<off_t>(at, sizeof chunk));
    at -= static_cast<off_t>(length);
    if (::pread(fd, chunk, length, at) != static_cast<ssize_t>(length)) return -1;
    for (std::size_t i = length; i > 0; --i) {
      if (chunk[i - 1] == '\n') return at + static_cast<off_t>(i);
    }
  }
  return 0;
}

// Drops a cut last line from the manifest open at `fd`, if it is a file that has one (not a
// device such as --manifest /dev/null). False, with errno, when that fails.
bool drop_cut_last_line(int fd) {
  struct stat file {};
  if (::fstat(fd, &file) != 0) return false;
  if (!S_ISREG(file.st_mode) || file.st_size == 0) return true;
  const off_t whole = end_of_whole_lines(fd, file.st_size);
  return whole >= 0 && (whole == file.st_size || ::ftruncate(fd, whole) == 0);
}

}  // namespace

ManifestWriter::ManifestWriter(const std::filesystem::path& path, bool fresh) : path_(path) {
  std::error_code ignored;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ignored);
  const int flags = O_CREAT | O_APPEND | O_CLOEXEC | (fresh ? O_TRUNC : 0);
  // Read too, to find a cut last line; a manifest that may only be written is appended to as it is.
  fd_ = fresh ? -1 : ::open(path.c_str(), O_RDWR | flags, 0644);
  const bool readable = fd_ >= 0;
  if (!readable) fd_ = ::open(path.c_str(), O_WRONLY | flags, 0644);
  if (fd_ < 0) {
    throw SetupError("cannot open the run manifest " + path.string() + ": " + std::strerror(errno));
  }
  // Readers ignore a cut last line, but a line appended to it would glue onto it and make it a
  // broken line in the middle, which they refuse: it goes first. (Two runs appending to one
  // manifest at once are not supported: one could cut the other's line being written.)
  if (readable && !drop_cut_last_line(fd_)) {
    const std::string reason = std::strerror(errno);
    ::close(fd_);
    throw SetupError("cannot open the run manifest " + path.string() + ": " + reason);
  }
}

ManifestWriter::~ManifestWriter() {
  if (fd_ >= 0) ::close(fd_);
}

void ManifestWriter::append(const ManifestEntry& entry) {
  const std::string line = manifest_line(entry) + '\n';
  const std::lock_guard lock(mutex_);
  // One write of the whole line: with O_APPEND a killed run leaves whole lines and at most a
  // cut last one, which ManifestReader ignores.
  std::size_t written = 0;
  while (written < line.size()) {
    const ssize_t n = ::write(fd_, line.data() + written, line.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      throw std::runtime_error("cannot write the run manifest " + path_.string() + ": " +
                               std::strerror(errno));
    }
    written += static_cast<std::size_t>(n);
  }
}

std::string manifest_line(const ManifestEntry& entry) {
  // In the order a reader scans a line: which document, where it went, how it went.
  nlohmann::ordered_json line = nlohmann::ordered_json::object();
  line["document"] = entry.document;
  line["output"] = entry.output;
  line["status"] = entry.status;
  if (!entry.error.empty()) line["error"] = entry.error;
  line["seconds"] = std::round(entry.seconds * 1000) / 1000;
  line["chain"] = entry.chain;
  line["finished"] = entry.finished;
  // Invalid UTF-8 in a file name or message is replaced, never a reason to lose the line.
  return line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

ManifestReader::ManifestReader(const std::filesystem::path& path)
    : path_(path), in_(path, std::ios::binary) {}

bool ManifestReader::next(ManifestEntry& entry) {
  std::string line;
  while (in_) {
    line_offset_ = next_offset_;
    ++line_number_;
    if (!std::getline(in_, line) || in_.eof()) return false;  // no newline: cut short by a kill
    next_offset_ += line.size() + 1;
    if (line.empty()) continue;
    entry = parsed(line, line_number_);
    return true;
  }
  return false;
}

ManifestEntry ManifestReader::entry_at(std::uint64_t offset) {
  in_.clear();
  in_.seekg(static_cast<std::streamoff>(offset));
  std::string line;
  if (!std::getline(in_, line)) {
    throw SetupError(path_.string() + ": the entry at byte " + std::to_string(offset) +
                     " cannot be read again (was the file changed?)");
  }
  return parsed(line, 0);
}

ManifestEntry ManifestReader::parsed(const std::string& line, std::size_t line_number) const {
  try {
    return entry_of(nlohmann::json::parse(line));
  } catch (const std::exception& e) {
    const std::string where = line_number > 0 ? std::to_string(line_number) : "?";
    throw SetupError(path_.string() + ":" + where + ": not a manifest entry: " + e.what());
  }
}

void for_each_manifest_entry(const std::filesystem::path& path,
                             const std::function<void(const ManifestEntry&)>& visit) {
  ManifestReader reader(path);
  ManifestEntry entry;
  while (reader.next(entry)) visit(entry);
}

std::optional<std::string> recorded_otherwise(std::string_view id) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(id.data());
  const auto length = static_cast<std::int32_t>(id.size());
  bool valid = true;
  for (std::int32_t at = 0; at < length && valid;) {
    UChar32 c = 0;
    U8_NEXT(bytes, at, length, c);
    valid = c >= 0;
  }
  if (valid) return std::nullopt;
  const std::string line = nlohmann::json(std::string(id))
                               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return nlohmann::json::parse(line).get<std::string>();
}

std::vector<bool> finished_jobs(const JobList& jobs, const std::filesystem::path& manifest,
                                std::string_view chain) {
  // The jobs in the order of their ids, four bytes each, found by halving: no second list of
  // ids and none of the manifest's entries kept.
  std::vector<std::uint32_t> by_id(jobs.size());
  std::iota(by_id.begin(), by_id.end(), 0u);
  std::sort(by_id.begin(), by_id.end(),
            [&jobs](std::uint32_t a, std::uint32_t b) { return jobs.id(a) < jobs.id(b); });
  struct ById {
    const JobList& jobs;
    bool operator()(std::uint32_t job, std::string_view id) const { return jobs.id(job) < id; }
    bool operator()(std::string_view id, std::uint32_t job) const { return id < jobs.id(job); }
  };
  // The few jobs whose ids the manifest records otherwise, by the form it records.
  std::multimap<std::string, std::uint32_t> otherwise;
  for (std::uint32_t job = 0; job < jobs.size(); ++job) {
    if (auto recorded = recorded_otherwise(jobs.id(job))) otherwise.emplace(*recorded, job);
  }
  std::vector<bool> finished(jobs.size());
  for_each_manifest_entry(manifest, [&](const ManifestEntry& entry) {
    const auto [first, last] =
        std::equal_range(by_id.begin(), by_id.end(), std::string_view(entry.document), ById{jobs});
    const auto [first_otherwise, last_otherwise] = otherwise.equal_range(entry.document);
    // The latest entry of a document decides. The job's own output is looked for, not the path
    // the entry records: that is relative to where the earlier run started, and -o may name the
    // same folder otherwise now.
    const bool ok = entry.status == "ok" && entry.chain == chain && !entry.output.empty();
    const auto written = [&jobs](std::uint32_t job) {
      std::error_code ignored;
      return std::filesystem::exists(jobs[job].output, ignored);
    };
    for (auto job = first; job != last; ++job) finished[*job] = ok && written(*job);
    for (auto job = first_otherwise; job != last_otherwise; ++job) {
      finished[job->second] = ok && written(job->second);
    }
  });
  return finished;
}

std::string run_timestamp() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) now = std::strtoll(epoch, nullptr, 10);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

}  // namespace strata::host
