// The progress line a run shows on a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

namespace strata::host {

// Documents and megabytes done, the speed, and the time left, redrawn in place on standard
// error at most a few times a second. Shared by the run's workers. strata annotate makes one only
// when standard error is a terminal and -q was not given.
class Progress {
 public:
  Progress(std::size_t documents, std::uintmax_t bytes);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more document finished (written or failed), of `bytes` input bytes; what part_done()
  // counted of it on this thread is not counted again.
  void document_done(std::uintmax_t bytes);

  // `bytes` more of the document this thread is on are done (a window of a large document), so
  // that the line moves before the document is finished.
  void part_done(std::uintmax_t bytes);

  // The line for this state; apart so that it can be tested.
  static std::string line(std::size_t done, std::size_t documents, std::uintmax_t bytes_done,
                          std::uintmax_t bytes, double seconds);

 private:
  using Clock = std::chrono::steady_clock;
  const std::size_t documents_;
  const std::uintmax_t bytes_;
  const Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
  std::size_t done_ = 0;
  std::uintmax_t bytes_done_ = 0;
  // Redraws the line unless it was drawn a moment ago; `force` for the last document.
  void draw(bool force);

  bool drawn_ = false;
  std::size_t done_when_drawn_ = 0;
  std::mutex mutex_;
};

// Whether standard error is a terminal.
bool stderr_is_terminal();

}  // namespace strata::host
