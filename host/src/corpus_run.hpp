// Annotating many documents on several threads, each written as soon as it is done.
#pragma once

#include <functional>
#include <istream>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "annotator_set.hpp"
#include "document_input.hpp"
#include "jobs.hpp"
#include "progress.hpp"
#include "run_manifest.hpp"
#include "run_timings.hpp"
#include "strata/formats/run_info.hpp"
#include "strata/formats/tei_inline_writer.hpp"

namespace strata::host {

// tei_inline_rs is tei_inline with entities as rs@type, for INCEpTION; vrt is CWB's format;
// html is a page to read (docs/html-output.md).
enum class OutputFormat { tei, json, tei_inline, tei_inline_rs, vrt, html };

// How every document of a run is read, annotated and written.
struct RunSettings {
  OutputFormat format = OutputFormat::tei;
  LanguageChoice language;  // given to each document before the chain runs
  unsigned workers = 1;
  formats::RunInfo run_info;
  // Plain text longer than this many bytes is annotated a window at a time when written as TEI,
  // JSON or VRT (windowed_run.hpp); 0: every document whole.
  std::size_t window = 0;
  // Where each document's outcome is recorded as it is done, and the chain's hash for it
  // (chain_hash()); none when null.
  ManifestWriter* manifest = nullptr;
  std::string chain;
  // The progress line; none when null.
  Progress* progress = nullptr;
  // When set, each document's output is handed here to be read (with its job's index, from the
  // worker that made it) instead of being written to the job's output: for --corpus-file. What
  // it throws fails the document.
  std::function<void(std::size_t job, std::istream& output)> deliver;
  // Called before each plugin step with its index in the chain, and with the chain's size once
  // the chain is done: --isolate records where a worker was when it crashed.
  std::function<void(std::size_t step)> before_step;
  // Where the workers' CPU time goes, phase by phase (--timings); not measured when null. The
  // steps are marked through before_step.
  RunTimings* timings = nullptr;
};

// The inline TEI writers' options for the run's format: entities as rs for tei-inline-rs, and a
// warning for what stays in standOff.
formats::TeiInlineOptions inline_tei_options(const RunSettings& settings);

// Warns that the inline TEI of `document`, read from TEI from elsewhere, leaves the file's
// markup out.
void warn_inline_tei_from_text(const Document& document);

// Warns, naming the document `id`, when `document` (the whole or a window of it) has token
// features that TEI from elsewhere has no room for; returns whether it warned.
bool warn_foreign_tei_drops(const Document& document, const std::string& id);

// A document that could not be annotated or written.
struct DocumentFailure {
  std::string document;
  std::string message;
};

// Reads, annotates and writes job `index`, from worker `worker`; any failure comes back as a
// message.
std::optional<std::string> run_job(const Job& job, std::size_t index,
                                   const AnnotatorSet& annotators, const RunSettings& settings,
                                   unsigned worker);

// What is done with a job's outcome, from whichever worker or process: its manifest line (a
// failure to write it makes the job a failure), the error logged, the progress line moved on.
void settle_job(const Job& job, std::optional<std::string>& result, double seconds,
                const RunSettings& settings);

// The documents of a run that failed, added by any worker as they fail: memory for the
// failures alone, not for every job.
class FailureList {
 public:
  void add(std::size_t job, std::string document, std::string message);
  // The failures in job order, so that the result does not depend on timing.
  std::vector<DocumentFailure> in_job_order();

 private:
  std::mutex mutex_;
  std::vector<std::pair<std::size_t, DocumentFailure>> failures_;
};

// Annotates every job; a failing document is reported on standard error and skipped, the others
// are still written. Returns the failures in job order, so the result does not depend on timing.
std::vector<DocumentFailure> run_corpus(const JobList& jobs, const AnnotatorSet& annotators,
                                        const RunSettings& settings);

}  // namespace strata::host
