#include "atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

namespace fs = std::filesystem;

namespace strata::host {
namespace {

// Large enough that most documents' outputs take one system call.
constexpr std::size_t kBufferSize = 256 << 10;

// The buffer of the thread's last file, kept for its next one: a fresh buffer per document
// would cost page faults on every document.
thread_local std::unique_ptr<char[]> spare_buffer;

constexpr std::string_view kTemporaryMark = ".tmp-";

// The output a temporary file was for (its file name) and the process that wrote it, if `name`
// is AtomicFile's name for a temporary.
std::optional<std::pair<std::string, pid_t>> temporary_owner(std::string_view name) {
  const std::size_t mark = name.rfind(kTemporaryMark);
  if (name.size() < 2 || name.front() != '.' || mark == std::string_view::npos || mark < 2) {
    return std::nullopt;
  }
  const std::string_view rest = name.substr(mark + kTemporaryMark.size());
  pid_t pid = 0;
  const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
  if (error != std::errc() || pid <= 0 || end == rest.data() + rest.size() || *end != '-') {
    return std::nullopt;
  }
  return std::pair{std::string(name.substr(1, mark - 1)), pid};
}

bool is_running(pid_t pid) {
  return pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH;
}

// A file of our own to write, opened as std::ofstream would (permissions 0666 less the umask).
int open_new_file(const std::string& path) {
  return ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
}

// Writes all of `size` bytes; false with errno set on failure.
bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// The path that the chain of symbolic links starting at `link` ends at, existing or not.
fs::path link_target(const fs::path& link) {
  constexpr int kMostLinks = 40;  // as the kernel follows
  fs::path at = link;
  for (int followed = 0; followed < kMostLinks; ++followed) {
    std::error_code error;
    if (!fs::is_symlink(fs::symlink_status(at, error))) return at;
    const fs::path target = fs::read_symlink(at, error);
    if (error) throw std::runtime_error("cannot write " + link.string() + ": " + error.message());
    at = target.is_absolute() ? target : at.parent_path() / target;
  }
  throw std::runtime_error("cannot write " + link.string() + ": too many levels of symbolic links");
}

}  // namespace

AtomicFile::AtomicFile(fs::path path) : path_(std::move(path)), replaced_(path_) {
  if (!opened_in_place()) open_temporary();
  buffer_ =
      spare_buffer ? std::move(spare_buffer) : std::make_unique_for_overwrite<char[]>(kBufferSize);
}

bool AtomicFile::opened_in_place() {
  struct stat standing {};
  if (::lstat(path_.c_str(), &standing) != 0 || S_ISREG(standing.st_mode)) return false;
  struct stat target {};
  const bool exists = ::stat(path_.c_str(), &target) == 0;
  // This process's standard output or error (-o /dev/stdout), a file maybe: written through the
  // descriptor the shell opened, where the shell put it (after what is there, for >>), never
  // replaced.
  for (const int own : {STDOUT_FILENO, STDERR_FILENO}) {
    struct stat open {};
    if (exists && ::fstat(own, &open) == 0 && open.st_dev == target.st_dev &&
        open.st_ino == target.st_ino) {
      fd_ = ::fcntl(own, F_DUPFD_CLOEXEC, 0);
      if (fd_ < 0) {
        throw std::runtime_error("cannot write " + path_.string() + ": " + std::strerror(errno));
      }
      return true;
    }
  }
  if (S_ISLNK(standing.st_mode) && (!exists || S_ISREG(target.st_mode))) {
    // The file the link names (or will name, if it dangles) is what gets replaced.
    replaced_ = link_target(path_);
    return false;
  }
  // A device, pipe or socket (or a link to one) is written into: nobody can find half a file
  // there. A folder at the path fails here, as it would at the rename.
  fd_ = ::open(path_.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd_ < 0)
    throw std::runtime_error("cannot write " + path_.string() + ": " + std::strerror(errno));
  return true;
}

void AtomicFile::open_temporary() {
  static std::atomic<unsigned> counter{0};
  const fs::path folder = replaced_.parent_path().empty() ? fs::path(".") : replaced_.parent_path();
  // Built as a string: path arithmetic costs more than the file's creation on a tmpfs.
  temporary_ = folder.native() + "/." + replaced_.filename().native() +
               std::string(kTemporaryMark) + std::to_string(::getpid()) + "-" +
               std::to_string(counter++);
  // The folders were made when the run was planned: creating them again is left for when the
  // first try finds one missing, which saves a system call per document.
  fd_ = open_new_file(temporary_);
  if (fd_ < 0 && errno == ENOENT) {
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
      throw std::runtime_error("cannot create directory " + folder.string() + ": " +
                               error.message());
    }
    fd_ = open_new_file(temporary_);
  }
  if (fd_ < 0)
    throw std::runtime_error("cannot write " + path_.string() + ": " + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (!spare_buffer) spare_buffer = std::move(buffer_);
  if (fd_ >= 0) {
    ::close(fd_);
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
  }
}

void AtomicFile::fail(const std::string& reason) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
  throw std::runtime_error("cannot write " + path_.string() + ": " + reason);
}

void AtomicFile::drain() {
  if (used_ > 0 && !write_all(fd_, buffer_.get(), used_)) fail(std::strerror(errno));
  used_ = 0;
}

std::streamsize AtomicFile::xsputn(const char* data, std::streamsize size) {
  const auto count = static_cast<std::size_t>(size);
  if (used_ + count > kBufferSize) {
    drain();
    // A piece larger than the buffer goes out directly rather than through it.
    if (count >= kBufferSize) {
      if (!write_all(fd_, data, count)) fail(std::strerror(errno));
      return size;
    }
  }
  std::memcpy(buffer_.get() + used_, data, count);
  used_ += count;
  return size;
}

AtomicFile::int_type AtomicFile::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  const char byte = traits_type::to_char_type(c);
  xsputn(&byte, 1);
  return c;
}

void AtomicFile::commit() {
  if (fd_ < 0)
    throw std::runtime_error("cannot write " + path_.string() + ": an earlier write failed");
  drain();
  const int fd = fd_;
  fd_ = -1;
  // fail() removes the temporary file; the descriptor is already closed.
  if (::close(fd) != 0) fail(std::strerror(errno));
  if (temporary_.empty()) return;  // written straight into a device
  if (::rename(temporary_.c_str(), replaced_.c_str()) != 0) fail(std::strerror(errno));
}

AbandonedTemporaries abandoned_temporaries(const std::set<fs::path>& folders) {
  AbandonedTemporaries found;
  for (const fs::path& folder : folders) {
    std::error_code error;
    const fs::path where = folder.empty() ? fs::path(".") : folder;
    for (fs::directory_iterator entry(where, error), end; !error && entry != end;
         entry.increment(error)) {
      const auto owner = temporary_owner(entry->path().filename().native());
      if (owner && !is_running(owner->second)) {
        found[folder / owner->first].push_back(entry->path());
      }
    }
  }
  return found;
}

std::size_t remove_temporaries_of(const fs::path& output, const AbandonedTemporaries& abandoned) {
  const auto temporaries = abandoned.find(output);
  if (temporaries == abandoned.end()) return 0;
  std::size_t removed = 0;
  for (const fs::path& temporary : temporaries->second) {
    if (::unlink(temporary.c_str()) == 0) ++removed;
  }
  return removed;
}

std::size_t remove_abandoned_temporaries(const std::vector<fs::path>& outputs) {
  std::set<fs::path> folders;
  for (const fs::path& output : outputs) folders.insert(output.parent_path());
  const AbandonedTemporaries abandoned = abandoned_temporaries(folders);
  std::size_t removed = 0;
  for (const fs::path& output : outputs) removed += remove_temporaries_of(output, abandoned);
  return removed;
}

}  // namespace strata::host
