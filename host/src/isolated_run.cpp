#include "isolated_run.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/mman.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <system_error>

#include "atomic_file.hpp"
#include "results_output.hpp"
#include "output_handoff.hpp"
#include "strata/error.hpp"
#include "worker_process.hpp"

namespace strata::host {
namespace {

using Clock = std::chrono::steady_clock;

// Where each worker is in its current job, in memory shared with the children: the parent reads
// it when a child dies. kReading before the chain, a step's index while that plugin runs, the
// chain's size once it is done (the output being written).
class StepBoard {
 public:
  static constexpr std::int64_t kReading = -1;

  explicit StepBoard(unsigned workers) : size_(workers * sizeof(std::atomic<std::int64_t>)) {
    void* memory =
        ::mmap(nullptr, size_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
      throw std::system_error(errno, std::generic_category(), "mapping shared memory");
    }
    steps_ = static_cast<std::atomic<std::int64_t>*>(memory);
    for (unsigned w = 0; w < workers; ++w) new (&steps_[w]) std::atomic<std::int64_t>(kReading);
  }
  ~StepBoard() { ::munmap(steps_, size_); }
  StepBoard(const StepBoard&) = delete;
  StepBoard& operator=(const StepBoard&) = delete;

  std::atomic<std::int64_t>& operator[](unsigned worker) { return steps_[worker]; }

 private:
  std::size_t size_;
  std::atomic<std::int64_t>* steps_ = nullptr;
};

// Ignores SIGPIPE while it lives: a child that died leaves a pipe without reader, and writing a
// job to it must fail, not kill the parent.
class IgnoredSigpipe {
 public:
  IgnoredSigpipe() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &previous_);
  }
  ~IgnoredSigpipe() { ::sigaction(SIGPIPE, &previous_, nullptr); }
  IgnoredSigpipe(const IgnoredSigpipe&) = delete;
  IgnoredSigpipe& operator=(const IgnoredSigpipe&) = delete;

 private:
  struct sigaction previous_ {};
};

// A child's loop: each job read, annotated and written, its outcome sent back. When the parent
// collects outputs (`handoff` not null), a document's output goes into the handoff file and the
// message carries its size.
void serve(WorkerChannel channel, unsigned worker, const JobList& jobs,
           const AnnotatorSet& annotators, RunSettings settings, StepBoard& board,
           OutputHandoff* handoff) {
  settings.manifest = nullptr;  // the parent's
  settings.progress = nullptr;
  std::string delivered;
  if (handoff != nullptr) {
    settings.deliver = [&delivered, handoff](std::size_t, std::istream& output) {
      delivered = std::to_string(handoff->put(output));
    };
  }
  settings.before_step = [&board, worker](std::size_t step) {
    board[worker].store(static_cast<std::int64_t>(step));
  };
  while (const auto job = receive_job(channel.jobs)) {
    board[worker].store(StepBoard::kReading);
    delivered.clear();
    if (*job >= jobs.size()) break;
    const auto failure = run_job(jobs[*job], *job, annotators, settings, worker);
    send_message(channel.results, {*job, failure.has_value(), failure.value_or(delivered)});
  }
}

// Why the job a child was on failed, from where the board says it was and how it ended.
std::string crash_message(std::int64_t step, const AnnotatorSet& annotators, int wait_status) {
  const auto& chain = annotators.chain();
  std::string where;
  if (step == StepBoard::kReading) {
    where = "while reading it";
  } else if (step >= 0 && static_cast<std::size_t>(step) < chain.size()) {
    where = "in plugin '" + chain[static_cast<std::size_t>(step)].plugin->manifest().name + "'";
  } else {
    where = "while writing it";
  }
  return "the worker process crashed " + where + ": " + describe_end(wait_status);
}

// One worker's place in the run: its process, the job it is on, and the file its children hand
// outputs back through when the parent collects them.
struct Slot {
  std::unique_ptr<WorkerProcess> process;
  std::optional<std::size_t> job;
  Clock::time_point started;
  std::unique_ptr<OutputHandoff> handoff;
};

// The size a child sent for a document it put into the handoff file.
std::uint64_t handed_off_size(const std::string& payload) {
  std::uint64_t size = 0;
  const auto [end, error] = std::from_chars(payload.data(), payload.data() + payload.size(), size);
  if (error != std::errc() || end != payload.data() + payload.size()) {
    throw Error("the worker process sent a bad output size '" + payload + "'");
  }
  return size;
}

}  // namespace

std::vector<DocumentFailure> run_corpus_isolated(const JobList& jobs,
                                                 const AnnotatorSet& annotators,
                                                 const RunSettings& settings) {
  FailureList failures;
  const unsigned workers = std::max(1u, std::min<unsigned>(settings.workers, jobs.size()));
  const IgnoredSigpipe ignored_sigpipe;
  StepBoard board(workers);
  std::vector<Slot> slots(workers);
  if (settings.deliver) {
    for (Slot& slot : slots) slot.handoff = std::make_unique<OutputHandoff>();
  }
  std::size_t next = 0;

  auto start = [&](unsigned w) {
    std::vector<int> parent_fds;
    for (const Slot& other : slots) {
      if (other.process) {
        for (int fd : other.process->fds()) parent_fds.push_back(fd);
      }
    }
    // What is still buffered here would be written again by the child.
    results_output().flush();
    std::cout.flush();
    std::fflush(nullptr);
    OutputHandoff* handoff = slots[w].handoff.get();
    slots[w].process = std::make_unique<WorkerProcess>(
        [&, w, handoff](WorkerChannel channel) {
          serve(channel, w, jobs, annotators, settings, board, handoff);
        },
        parent_fds);
  };
  // The next job to the worker, or the end of its work.
  auto dispatch = [&](unsigned w) {
    Slot& slot = slots[w];
    slot.job.reset();
    if (next == jobs.size()) {
      slot.process->finish();
      return;
    }
    slot.job = next++;
    slot.started = Clock::now();
    // A child gone before taking it reports end of file next: the job fails as its crash.
    slot.process->send(*slot.job);
  };
  auto settle = [&](std::size_t job, std::optional<std::string> result, Clock::time_point from) {
    const std::chrono::duration<double> seconds = Clock::now() - from;
    const Job settled = jobs[job];
    settle_job(settled, result, seconds.count(), settings);
    if (result) failures.add(job, settled.id, std::move(*result));
  };

  for (unsigned w = 0; w < workers; ++w) {
    start(w);
    dispatch(w);
  }
  for (;;) {
    std::vector<pollfd> waiting;
    std::vector<unsigned> owners;
    for (unsigned w = 0; w < workers; ++w) {
      if (slots[w].process) {
        waiting.push_back({slots[w].process->results_fd(), POLLIN, 0});
        owners.push_back(w);
      }
    }
    if (waiting.empty()) break;
    if (::poll(waiting.data(), waiting.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw std::system_error(errno, std::generic_category(), "waiting for worker processes");
    }
    for (std::size_t i = 0; i < waiting.size(); ++i) {
      if (waiting[i].revents == 0) continue;
      const unsigned w = owners[i];
      Slot& slot = slots[w];
      if (auto message = receive_message(slot.process->results_fd())) {
        std::optional<std::string> result;
        if (message->failed) result = std::move(message->payload);
        if (!message->failed && settings.deliver) {
          try {
            settings.deliver(message->job, slot.handoff->take(handed_off_size(message->payload)));
          } catch (const std::exception& e) {
            result = e.what();
          }
        }
        settle(message->job, std::move(result), slot.started);
        dispatch(w);
        continue;
      }
      // End of file: the child has ended, by finishing its work or by dying on a job.
      const int status = slot.process->wait();
      const auto crashed = slot.job;
      slot.process.reset();
      if (crashed) {
        settle(*crashed, crash_message(board[w].load(), annotators, status), slot.started);
        // What it was writing (a document in windows is written as it is annotated) is litter.
        const std::string output = jobs[*crashed].output;
        if (!output.empty()) remove_abandoned_temporaries({output});
        if (next < jobs.size()) {
          board[w].store(StepBoard::kReading);
          start(w);
          dispatch(w);
        }
      }
    }
  }
  return failures.in_job_order();
}

}  // namespace strata::host
