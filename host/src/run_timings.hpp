// Where a run's CPU time went: reading documents, each plugin of the chain, writing them
// (`strata annotate --timings`).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace strata::host {

// CPU time (user and system) of the calling thread, and of the whole process, in nanoseconds.
std::uint64_t thread_cpu_nanoseconds();
std::uint64_t process_cpu_nanoseconds();

// The CPU time a run's workers spent in each phase of their documents: reading one, each step of
// the chain, writing it. A worker charges the time since its last mark to the phase it was in,
// so a document in windows charges each window's steps and writing as they come. Thread-safe.
// Made only when asked for: the thread's clock costs a system call a mark.
class RunTimings {
 public:
  // `steps`: the chain's plugin names, in order.
  explicit RunTimings(std::vector<std::string> steps);

  // The calling thread begins reading a document.
  void start_reading();
  // The calling thread begins step `step` of the chain; the chain's size: begins writing.
  void start_step(std::size_t step);
  // The calling thread is done with its document, of `text_bytes` bytes of text (0 when it could
  // not be read).
  void finish(std::size_t text_bytes);

  struct Phase {
    std::string name;  // "reading", a plugin's name, "writing"
    double seconds = 0;
  };
  // Reading, each step, writing.
  std::vector<Phase> phases() const;
  std::uint64_t documents() const { return documents_; }
  std::uint64_t text_bytes() const { return text_bytes_; }

 private:
  void enter(std::size_t phase);

  std::vector<std::string> names_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> nanoseconds_;  // per phase
  std::atomic<std::uint64_t> documents_{0};
  std::atomic<std::uint64_t> text_bytes_{0};
};

// What --timings prints on standard error: each phase's CPU seconds, share of the process's CPU
// time and MB of text per CPU second, then the rest of the process's time (start-up, the
// plugins' set-up, planning, --corpus-file's end) and all of it.
std::string timings_table(const RunTimings& timings, double process_seconds, unsigned workers);
// The same as one JSON object on one line, for scripts (--timings=json).
std::string timings_json(const RunTimings& timings, double process_seconds, unsigned workers);

}  // namespace strata::host
