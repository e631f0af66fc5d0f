#include "progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace strata::host {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(250);

// What part_done() counted of the document this thread is on: a worker reports its document's
// parts and then the document itself from the same thread.
thread_local std::uintmax_t parts_of_this_document = 0;

std::string duration(double seconds) {
  const long long s = static_cast<long long>(seconds + 0.5);
  char text[32];
  if (s >= 3600) {
    std::snprintf(text, sizeof text, "%lldh%02lldm", s / 3600, s / 60 % 60);
  } else {
    std::snprintf(text, sizeof text, "%lldm%02llds", s / 60, s % 60);
  }
  return text;
}

}  // namespace

Progress::Progress(std::size_t documents, std::uintmax_t bytes)
    : documents_(documents), bytes_(bytes) {}

Progress::~Progress() {
  // The last state stays on screen; later messages start on a line of their own.
  if (!drawn_) return;
  if (done_when_drawn_ != done_) {
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    std::cerr << '\r' << line(done_, documents_, bytes_done_, bytes_, seconds) << "\x1b[K";
  }
  std::cerr << '\n' << std::flush;
}

void Progress::document_done(std::uintmax_t bytes) {
  const std::lock_guard lock(mutex_);
  ++done_;
  bytes_done_ += bytes - std::min(bytes, parts_of_this_document);
  parts_of_this_document = 0;
  draw(done_ == documents_);
}

void Progress::part_done(std::uintmax_t bytes) {
  const std::lock_guard lock(mutex_);
  bytes_done_ += bytes;
  parts_of_this_document += bytes;
  draw(false);
}

void Progress::draw(bool force) {
  const Clock::time_point now = Clock::now();
  if (drawn_ && now - last_draw_ < kRedrawEvery && !force) return;
  last_draw_ = now;
  drawn_ = true;
  done_when_drawn_ = done_;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::cerr << '\r' << line(done_, documents_, bytes_done_, bytes_, seconds) << "\x1b[K"
            << std::flush;
}

std::string Progress::line(std::size_t done, std::size_t documents, std::uintmax_t bytes_done,
                           std::uintmax_t bytes, double seconds) {
  const double mb_done = static_cast<double>(bytes_done) / 1e6;
  const double mb = static_cast<double>(bytes) / 1e6;
  const double speed = seconds > 0 ? mb_done / seconds : 0.0;
  char text[160];
  std::snprintf(text, sizeof text, "%zu/%zu documents, %.1f/%.1f MB, %.2f MB/s", done, documents,
                mb_done, mb, speed);
  std::string result = text;
  if (done == documents) return result + ", done in " + duration(seconds);
  if (speed > 0 && bytes >= bytes_done) {
    result += ", " + duration(static_cast<double>(bytes - bytes_done) / 1e6 / speed) + " left";
  }
  return result;
}

bool stderr_is_terminal() {
  return ::isatty(STDERR_FILENO) == 1;
}

}  // namespace strata::host
