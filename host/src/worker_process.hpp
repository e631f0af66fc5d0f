// The child processes of `strata annotate --isolate`: one forked worker, the pipes to and from
// it, and the small framed messages they carry, so that a worker killed by a plugin's crash
// costs the parent one document and never its own life.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace strata::host {

// What a worker sends back for each job: its index, whether it failed, and the error message or
// (when the parent collects outputs) the document's output.
struct WorkerMessage {
  std::uint64_t job = 0;
  bool failed = false;
  std::string payload;
};

// The child's side of the pipes: jobs in, messages out.
struct WorkerChannel {
  int jobs = -1;
  int results = -1;
};

// Blocking reads and writes of whole frames. receive_job and receive_message give nothing at end
// of file (the other side closed or died, also in the middle of a frame); send_message throws
// std::system_error when the parent has gone.
std::optional<std::uint64_t> receive_job(int fd);
void send_message(int fd, const WorkerMessage& message);
std::optional<WorkerMessage> receive_message(int fd);

// How a child ended, from its wait status: "SIGSEGV", "SIGABRT", "exit code 3".
std::string describe_end(int wait_status);

// One forked child running `body` with its channel, then _exit(0): the parent's destructors,
// buffers and atexit handlers never run in it. The child closes `parent_fds` (the pipes of the
// parent's other workers), or a sibling holding them would hide a dead worker's end of file.
class WorkerProcess {
 public:
  WorkerProcess(const std::function<void(WorkerChannel)>& body, const std::vector<int>& parent_fds);
  // Closes the pipes and waits for the child, which sees end of file on its jobs and stops.
  ~WorkerProcess();
  WorkerProcess(const WorkerProcess&) = delete;
  WorkerProcess& operator=(const WorkerProcess&) = delete;

  // Hands the child a job; false when it has gone (its end of file comes on results_fd()).
  bool send(std::uint64_t job);
  // No more jobs: the child stops after the one it is on.
  void finish();
  // Waits for the child to end and returns its wait status; call after end of file on
  // results_fd().
  int wait();

  int results_fd() const { return results_; }
  // The parent's ends of the pipes, for the children forked after this one to close.
  std::vector<int> fds() const;

 private:
  pid_t pid_ = -1;
  int jobs_ = -1;     // parent writes jobs
  int results_ = -1;  // parent reads messages
  bool reaped_ = false;
};

}  // namespace strata::host
