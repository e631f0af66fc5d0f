#include "worker_process.hpp"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "exit_guard.hpp"
#include "running_plugin.hpp"

namespace strata::host {
namespace {

// The fixed part of a message; the payload follows.
struct FrameHeader {
  std::uint64_t job;
  std::uint64_t failed;
  std::uint64_t size;
};

[[noreturn]] void throw_errno(const char* what) {
  throw std::system_error(errno, std::generic_category(), what);
}

// False at end of file before `size` bytes.
bool read_all(int fd, void* data, std::size_t size) {
  auto* bytes = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t got = ::read(fd, bytes, size);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw_errno("reading from a worker pipe");
    if (got == 0) return false;
    bytes += got;
    size -= static_cast<std::size_t>(got);
  }
  return true;
}

// False when the reader has gone (EPIPE; SIGPIPE is ignored by the parent).
bool write_all(int fd, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t put = ::write(fd, bytes, size);
    if (put < 0 && errno == EINTR) continue;
    if (put < 0 && errno == EPIPE) return false;
    if (put < 0) throw_errno("writing to a worker pipe");
    bytes += put;
    size -= static_cast<std::size_t>(put);
  }
  return true;
}

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

}  // namespace

std::optional<std::uint64_t> receive_job(int fd) {
  std::uint64_t job = 0;
  if (!read_all(fd, &job, sizeof job)) return std::nullopt;
  return job;
}

void send_message(int fd, const WorkerMessage& message) {
  const FrameHeader header{message.job, message.failed ? 1u : 0u, message.payload.size()};
  if (!write_all(fd, &header, sizeof header) ||
      !write_all(fd, message.payload.data(), message.payload.size())) {
    errno = EPIPE;
    throw_errno("the parent process has gone");
  }
}

std::optional<WorkerMessage> receive_message(int fd) {
  FrameHeader header{};
  if (!read_all(fd, &header, sizeof header)) return std::nullopt;
  WorkerMessage message{header.job, header.failed != 0, std::string(header.size, '\0')};
  if (!read_all(fd, message.payload.data(), header.size)) return std::nullopt;
  return message;
}

std::string describe_end(int wait_status) {
  if (WIFSIGNALED(wait_status)) {
    const int signal = WTERMSIG(wait_status);
    const char* name = sigabbrev_np(signal);
    return name ? std::string("SIG") + name : "signal " + std::to_string(signal);
  }
  if (WIFEXITED(wait_status)) return "exit code " + std::to_string(WEXITSTATUS(wait_status));
  return "wait status " + std::to_string(wait_status);
}

WorkerProcess::WorkerProcess(const std::function<void(WorkerChannel)>& body,
                             const std::vector<int>& parent_fds) {
  int jobs[2];
  int results[2];
  if (::pipe(jobs) != 0) throw_errno("creating a worker pipe");
  if (::pipe(results) != 0) {
    ::close(jobs[0]);
    ::close(jobs[1]);
    throw_errno("creating a worker pipe");
  }
  pid_ = ::fork();
  if (pid_ < 0) {
    for (int fd : {jobs[0], jobs[1], results[0], results[1]}) ::close(fd);
    throw_errno("starting a worker process");
  }
  if (pid_ == 0) {
    for (int fd : parent_fds) ::close(fd);
    ::close(jobs[1]);
    ::close(results[0]);
    // A crash is reported in the manifest; a core file per crashed document would fill the disk
    // (run without --isolate for one).
    const rlimit no_core{0, 0};
    ::setrlimit(RLIMIT_CORE, &no_core);
    // A plugin's exit() or crash ends this worker alone, which the parent reports.
    release_exit_guard();
    remove_crash_note();
    int status = 0;
    try {
      body({jobs[0], results[1]});
    } catch (...) {
      status = 1;  // the parent has gone or a pipe failed: nothing left to report to
    }
    ::_exit(status);
  }
  ::close(jobs[0]);
  ::close(results[1]);
  jobs_ = jobs[1];
  results_ = results[0];
}

WorkerProcess::~WorkerProcess() {
  close_fd(jobs_);
  close_fd(results_);
  if (!reaped_) {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

bool WorkerProcess::send(std::uint64_t job) {
  return jobs_ >= 0 && write_all(jobs_, &job, sizeof job);
}

void WorkerProcess::finish() {
  close_fd(jobs_);
}

int WorkerProcess::wait() {
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0) {
    if (errno != EINTR) throw_errno("waiting for a worker process");
  }
  reaped_ = true;
  return status;
}

std::vector<int> WorkerProcess::fds() const {
  std::vector<int> open;
  for (int fd : {jobs_, results_}) {
    if (fd >= 0) open.push_back(fd);
  }
  return open;
}

}  // namespace strata::host
