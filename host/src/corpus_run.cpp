#include "corpus_run.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

#include "atomic_file.hpp"
#include "results_output.hpp"
#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/formats/html_writer.hpp"
#include "strata/formats/json_writer.hpp"
#include "strata/formats/spill_file.hpp"
#include "strata/formats/tei_inline_writer.hpp"
#include "strata/formats/tei_input.hpp"
#include "strata/formats/tei_writer.hpp"
#include "strata/formats/vrt_writer.hpp"
#include "string_sink.hpp"
#include "string_source.hpp"
#include "windowed_run.hpp"

namespace strata::host {
namespace {

// Writes the document in the run's format.
void write_output(const LoadedInput& input, const RunSettings& settings, std::ostream& out) {
  const Document& document = input.document;
  if (settings.format == OutputFormat::json) {
    formats::write_json(document, settings.run_info, out);
  } else if (settings.format == OutputFormat::html) {
    formats::write_html(document, settings.run_info, out);
  } else if (settings.format == OutputFormat::vrt) {
    // What had to be dropped or split to keep CWB's rules is worth a warning, not a failure.
    for (const auto& note : formats::write_vrt(document, out)) {
      spdlog::warn("{}: {}", document.id(), note);
    }
  } else if (settings.format == OutputFormat::tei && input.foreign) {
    formats::write_foreign_tei(document, *input.foreign, settings.run_info, out);
    warn_foreign_tei_drops(document, document.id());
  } else if (settings.format == OutputFormat::tei) {
    formats::write_tei(document, settings.run_info, out);
  } else {
    if (input.foreign) warn_inline_tei_from_text(document);
    formats::write_tei_inline(document, settings.run_info, out, inline_tei_options(settings));
  }
}

// Writes the document, annotated whole already, or annotates and writes it a window at a time.
void write_annotated(const LoadedInput& input, bool in_windows, const AnnotatorSet& annotators,
                     const RunSettings& settings, unsigned worker, std::ostream& out) {
  // A failing stream buffer (a full disk) throws its own error rather than leaving a bad bit.
  out.exceptions(std::ios::badbit);
  if (in_windows) {
    annotate_in_windows(input, annotators, settings, worker, out);
  } else {
    write_output(input, settings, out);
  }
}

std::string serialized(const LoadedInput& input, bool in_windows, const AnnotatorSet& annotators,
                       const RunSettings& settings, unsigned worker) {
  std::string text;
  // Room for the usual output at once, so that it is seldom moved as it grows: TEI takes about
  // seven times the text, JSON (code point offsets on every token) about sixteen. Pages reserved
  // and never written cost no memory.
  const std::size_t times = settings.format == OutputFormat::json ? 20 : 8;
  text.reserve(times * input.document.text().size() + 4096);
  StringSink sink(text);
  std::ostream out(&sink);
  write_annotated(input, in_windows, annotators, settings, worker, out);
  return text;
}

// Whether the document's output waits in a temporary file rather than in memory: when it is
// written a window at a time, or when its text is larger than the default window (a document
// annotated whole all the same: input that has layers already, or any with --window 0), as its
// output can be ten times its text.
bool output_waits_on_disk(const LoadedInput& input, bool in_windows) {
  constexpr std::size_t kHeldInMemory = 1 << 20;  // the default window
  return in_windows || input.document.text().size() > kHeldInMemory;
}

// A document whose output standard output did not take (a full disk, a closed file) fails: its
// output is lost, and the run must not report it written. The stream stays failed, so the
// documents after it fail too.
void check_standard_output() {
  if (results_output()) return;
  const int reason = errno;
  throw Error(std::string("cannot write standard output") +
              (reason != 0 ? std::string(": ") + std::strerror(reason) : std::string()));
}

// Standard output gets a document only once it is whole, so that one that fails writes nothing
// there.
void write_to_standard_output(const LoadedInput& input, bool in_windows,
                              const AnnotatorSet& annotators, const RunSettings& settings,
                              unsigned worker) {
  if (!output_waits_on_disk(input, in_windows)) {
    const std::string text = serialized(input, in_windows, annotators, settings, worker);
    errno = 0;
    results_output() << text << std::flush;
    check_standard_output();
    return;
  }
  formats::SpillFile output;
  write_annotated(input, in_windows, annotators, settings, worker, output.stream());
  errno = 0;
  output.copy_to(results_output());
  results_output().flush();
  check_standard_output();
}

// Hands the document's output to settings.deliver.
void deliver(const LoadedInput& input, bool in_windows, std::size_t index,
             const AnnotatorSet& annotators, const RunSettings& settings, unsigned worker) {
  if (!output_waits_on_disk(input, in_windows)) {
    const std::string text = serialized(input, in_windows, annotators, settings, worker);
    StringSource source(text);
    std::istream in(&source);
    settings.deliver(index, in);
    return;
  }
  formats::SpillFile output;
  write_annotated(input, in_windows, annotators, settings, worker, output.stream());
  settings.deliver(index, output.read_back());
}

}  // namespace

void warn_inline_tei_from_text(const Document& document) {
  spdlog::warn("{}: the inline TEI is made from the text alone; -f tei keeps the file's own markup",
               document.id());
}

bool warn_foreign_tei_drops(const Document& document, const std::string& id) {
  const std::vector<std::string> names = formats::token_features_foreign_tei_drops(document);
  if (names.empty()) return false;
  std::string listed;
  for (const std::string& name : names) listed += (listed.empty() ? "'" : ", '") + name + "'";
  spdlog::warn("{}: TEI from elsewhere has no room for the token features {}; -f json keeps them",
               id, listed);
  return true;
}

formats::TeiInlineOptions inline_tei_options(const RunSettings& settings) {
  return {settings.format == OutputFormat::tei_inline_rs,
          [](const std::string& line) { spdlog::warn("{}", line); }};
}

namespace {

// Ends a document's timing however run_job leaves it.
struct TimedDocument {
  explicit TimedDocument(RunTimings* timings) : timings(timings) {
    if (timings != nullptr) timings->start_reading();
  }
  ~TimedDocument() {
    if (timings != nullptr) timings->finish(text_bytes);
  }
  TimedDocument(const TimedDocument&) = delete;
  TimedDocument& operator=(const TimedDocument&) = delete;

  RunTimings* timings;
  std::size_t text_bytes = 0;
};

}  // namespace

std::optional<std::string> run_job(const Job& job, std::size_t index,
                                   const AnnotatorSet& annotators, const RunSettings& settings,
                                   unsigned worker) {
  TimedDocument timed(settings.timings);
  try {
    // Standard output that failed stays failed: the documents after it are not annotated for
    // nothing.
    if (!settings.deliver && job.output.empty() && !results_output()) {
      throw Error("cannot write standard output: an earlier write failed");
    }
    LoadedInput input = load_input(job, settings.language);
    timed.text_bytes = input.document.text().size();
    // A whole document is annotated before its output is opened; windows are written as they
    // are annotated.
    const bool in_windows = goes_in_windows(input, settings);
    if (!in_windows) annotators.annotate(input.document, worker, settings.before_step);
    if (settings.deliver) {
      deliver(input, in_windows, index, annotators, settings, worker);
    } else if (job.output.empty()) {
      write_to_standard_output(input, in_windows, annotators, settings, worker);
    } else {
      // Straight to the file: a large document's output is never held whole in memory.
      AtomicFile file(job.output);
      std::ostream out(&file);
      write_annotated(input, in_windows, annotators, settings, worker, out);
      file.commit();
    }
    return std::nullopt;
  } catch (const std::exception& e) {
    return e.what();
  }
}

namespace {

// Adds the job's outcome to the manifest; false (logged) when that fails.
bool record(const Job& job, const std::optional<std::string>& failure, double seconds,
            const RunSettings& settings) {
  ManifestEntry entry{job.id,
                      failure ? "" : job.output,
                      failure ? "failed" : "ok",
                      failure.value_or(""),
                      seconds,
                      settings.chain,
                      utc_now()};
  try {
    settings.manifest->append(entry);
    return true;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return false;
  }
}

}  // namespace

void settle_job(const Job& job, std::optional<std::string>& result, double seconds,
                const RunSettings& settings) {
  if (settings.manifest && !record(job, result, seconds, settings)) {
    result = "the run manifest could not be written";
  }
  if (result) spdlog::error("{}: {}", job.id, *result);
  if (settings.progress) settings.progress->document_done(input_size(job));
}

void FailureList::add(std::size_t job, std::string document, std::string message) {
  const std::lock_guard lock(mutex_);
  failures_.push_back({job, {std::move(document), std::move(message)}});
}

std::vector<DocumentFailure> FailureList::in_job_order() {
  const std::lock_guard lock(mutex_);
  std::sort(failures_.begin(), failures_.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<DocumentFailure> ordered;
  for (auto& [job, failure] : failures_) ordered.push_back(std::move(failure));
  return ordered;
}

std::vector<DocumentFailure> run_corpus(const JobList& jobs, const AnnotatorSet& annotators,
                                        const RunSettings& settings) {
  FailureList failures;
  std::atomic<std::size_t> next{0};
  auto work = [&](unsigned worker) {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      const auto start = std::chrono::steady_clock::now();
      const Job job = jobs[i];
      auto result = run_job(job, i, annotators, settings, worker);
      const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
      settle_job(job, result, seconds.count(), settings);
      if (result) failures.add(i, job.id, std::move(*result));
    }
  };
  const unsigned workers = std::max(1u, std::min<unsigned>(settings.workers, jobs.size()));
  {
    std::vector<std::jthread> threads;
    for (unsigned w = 1; w < workers; ++w) threads.emplace_back(work, w);
    work(0);
  }
  return failures.in_job_order();
}

}  // namespace strata::host
