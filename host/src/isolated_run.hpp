// `strata annotate --isolate`: the jobs of a run annotated in child processes, so that a plugin
// that crashes (a segmentation fault, an abort) fails only the document it was on.
#pragma once

#include <vector>

#include "corpus_run.hpp"

namespace strata::host {

// run_corpus with each of settings.workers workers a forked child process instead of a thread.
// The parent hands each child one job at a time over a pipe and reads its outcome back; it alone
// writes the manifest, logs and delivers outputs. A child that dies fails its current job with
// "crashed in plugin 'P': SIGSEGV" (or "while reading it", "while writing it"), and a new child
// takes its place. Call it before any thread is started: the children are forked from this
// thread with the plugins already loaded and configured, and fork copies only the calling
// thread. Throws std::system_error when no child can be started.
std::vector<DocumentFailure> run_corpus_isolated(const JobList& jobs,
                                                 const AnnotatorSet& annotators,
                                                 const RunSettings& settings);

}  // namespace strata::host
