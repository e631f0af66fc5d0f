#include "run_timings.hpp"

#include <spdlog/fmt/fmt.h>
#include <time.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

namespace strata::host {
namespace {

// The phase the calling thread is in, and since when; owner null: none (between documents).
struct ThreadMark {
  const RunTimings* owner = nullptr;
  std::size_t phase = 0;
  std::uint64_t since = 0;
};
thread_local ThreadMark mark;

std::uint64_t nanoseconds_of(clockid_t clock) {
  timespec now{};
  clock_gettime(clock, &now);
  return static_cast<std::uint64_t>(now.tv_sec) * 1'000'000'000u +
         static_cast<std::uint64_t>(now.tv_nsec);
}

double other_seconds(const std::vector<RunTimings::Phase>& phases, double process_seconds) {
  double in_phases = 0;
  for (const auto& phase : phases) in_phases += phase.seconds;
  return std::max(0.0, process_seconds - in_phases);
}

// megabytes: of the text the row's time was spent on; none for the time outside documents.
std::string table_row(std::string_view name, double seconds, double all,
                      std::optional<double> megabytes) {
  const std::string share = all > 0 ? fmt::format("{:.1f}%", 100 * seconds / all) : "-";
  const std::string speed =
      megabytes && seconds > 0 ? fmt::format("{:.1f}", *megabytes / seconds) : "-";
  return fmt::format("  {:<16} {:>8.3f} {:>7} {:>8}\n", name, seconds, share, speed);
}

}  // namespace

std::uint64_t thread_cpu_nanoseconds() {
  return nanoseconds_of(CLOCK_THREAD_CPUTIME_ID);
}

std::uint64_t process_cpu_nanoseconds() {
  return nanoseconds_of(CLOCK_PROCESS_CPUTIME_ID);
}

RunTimings::RunTimings(std::vector<std::string> steps)
    : names_(std::move(steps)),
      nanoseconds_(std::make_unique<std::atomic<std::uint64_t>[]>(names_.size() + 2)) {}

void RunTimings::enter(std::size_t phase) {
  const std::uint64_t now = thread_cpu_nanoseconds();
  if (mark.owner == this) nanoseconds_[mark.phase] += now - mark.since;
  mark = {this, phase, now};
}

void RunTimings::start_reading() {
  enter(0);
}

void RunTimings::start_step(std::size_t step) {
  enter(1 + std::min(step, names_.size()));
}

void RunTimings::finish(std::size_t text_bytes) {
  if (mark.owner == this) nanoseconds_[mark.phase] += thread_cpu_nanoseconds() - mark.since;
  mark.owner = nullptr;
  ++documents_;
  text_bytes_ += text_bytes;
}

std::vector<RunTimings::Phase> RunTimings::phases() const {
  std::vector<Phase> phases;
  const auto seconds = [this](std::size_t phase) { return 1e-9 * nanoseconds_[phase].load(); };
  phases.push_back({"reading", seconds(0)});
  for (std::size_t step = 0; step < names_.size(); ++step) {
    phases.push_back({names_[step], seconds(1 + step)});
  }
  phases.push_back({"writing", seconds(1 + names_.size())});
  return phases;
}

std::string timings_table(const RunTimings& timings, double process_seconds, unsigned workers) {
  const double megabytes = 1e-6 * static_cast<double>(timings.text_bytes());
  const auto phases = timings.phases();
  std::string table = fmt::format(
      "strata: CPU time by phase: {} document(s), {:.2f} MB of text, {} worker(s)\n"
      "  {:<16} {:>8} {:>7} {:>8}\n",
      timings.documents(), megabytes, workers, "phase", "CPU s", "share", "MB/s");
  for (const auto& phase : phases) {
    table += table_row(phase.name, phase.seconds, process_seconds, megabytes);
  }
  table += table_row("other", other_seconds(phases, process_seconds), process_seconds, {});
  table += table_row("all", process_seconds, process_seconds, megabytes);
  table +=
      "  (other: start-up, the plugins' set-up, planning, the manifest, --corpus-file's end)\n";
  return table;
}

std::string timings_json(const RunTimings& timings, double process_seconds, unsigned workers) {
  const auto phases = timings.phases();
  nlohmann::ordered_json out = {{"documents", timings.documents()},
                                {"text_bytes", timings.text_bytes()},
                                {"workers", workers},
                                {"phases", nlohmann::ordered_json::array()}};
  for (const auto& phase : phases) {
    out["phases"].push_back({{"name", phase.name}, {"seconds", phase.seconds}});
  }
  out["other_seconds"] = other_seconds(phases, process_seconds);
  out["process_seconds"] = process_seconds;
  return out.dump() + "\n";
}

}  // namespace strata::host
