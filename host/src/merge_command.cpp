// strata merge: one account of a corpus run from the manifests of its shards.
#include <spdlog/spdlog.h>

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "atomic_file.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "corpus_file.hpp"
#include "jobs.hpp"
#include "manifest_merge.hpp"
#include "run_paths.hpp"
#include "setup_error.hpp"
#include "version_info.hpp"
#include "written_inputs.hpp"

namespace po = boost::program_options;

namespace strata::host {
namespace {

struct MergeArguments {
  std::vector<std::string> manifests;
  std::vector<std::string> corpus;
  std::string output;
  std::string tei_corpus;
};

po::options_description merge_options(MergeArguments& a) {
  po::options_description options(
      "strata merge MANIFEST... [options]\nMANIFEST: run manifests (strata-manifest*.jsonl) of "
      "the shards of one run. Prints what was done, what failed and, with --corpus, what no "
      "shard did; exits 0 only when every document is done");
  // clang-format off
  options.add_options()
      ("help,h", "show this help")
      ("corpus", po::value(&a.corpus)->multitoken()->composing(),
       "the run's inputs, as given to strata annotate, to name documents no shard did")
      ("output,o", po::value(&a.output), "write the merged manifest (one line per document)")
      ("tei-corpus", po::value(&a.tei_corpus),
       "also put the TEI of every document done into this one teiCorpus, as --corpus-file "
       "would (in the order of --corpus, else of document ids)");
  // clang-format on
  return options;
}

// Refuses a teiCorpus that is one of the documents' TEI files it is made from: written over, the
// document would be lost and the manifests would point at a teiCorpus. Only the outputs of the
// same file name are resolved, not every document's.
void check_tei_corpus_is_not_read(const ManifestMerge& run, const std::string& file) {
  const std::string name = std::filesystem::path(file).filename().string();
  const std::string written = resolved_path(file);
  run.for_each_latest([&](const ManifestEntry& entry) {
    if (entry.status == "ok" && std::filesystem::path(entry.output).filename() == name &&
        resolved_path(entry.output) == written) {
      throw SetupError("the output " + file + " is also the TEI of " + entry.document +
                       ", which it is made from: it would be overwritten");
    }
  });
}

// Puts the TEI output of each document done into one teiCorpus: in the order of `order`, its
// ids numbered by place there as --corpus-file numbers them, or without one in the order of
// document ids. Returns how many documents could not be put in (each logged).
std::size_t write_merged_tei_corpus(const ManifestMerge& run, const JobList* order,
                                    const std::string& file) {
  CorpusFile corpus({kStrataVersion, run_timestamp(), {}});
  std::size_t failed = 0;
  const auto add = [&](std::size_t job, const ManifestEntry& entry) {
    if (entry.status != "ok") return;
    try {
      if (entry.output.empty()) throw std::runtime_error("it went to standard output, not a file");
      std::ifstream tei(entry.output, std::ios::binary);
      if (!tei) throw std::runtime_error("cannot read " + entry.output);
      corpus.add(job, tei);
    } catch (const std::exception& e) {
      spdlog::error("{}: not put into the teiCorpus: {}", entry.document, e.what());
      ++failed;
    }
  };
  if (order) {
    run.for_each_named(*order, add);
  } else {
    std::size_t rank = 0;
    run.for_each_latest([&](const ManifestEntry& entry) { add(rank++, entry); });
  }
  if (!corpus.write(file)) spdlog::error("no document was put into {}: not written", file);
  return failed;
}

int merge(const MergeArguments& a) {
  if (a.manifests.empty()) throw SetupError("give the manifests to merge");
  for (const auto& path : a.manifests) {
    if (!std::filesystem::is_regular_file(path)) throw SetupError("manifest not found: " + path);
  }
  for (const std::string& output : {a.output, a.tei_corpus}) {
    if (!output.empty()) check_output_is_not_an_input(output, a.manifests);
  }
  if (!a.output.empty() && !a.tei_corpus.empty() &&
      resolved_path(a.output) == resolved_path(a.tei_corpus)) {
    throw SetupError("-o and --tei-corpus name the same file, " + a.tei_corpus);
  }
  const ManifestMerge run({a.manifests.begin(), a.manifests.end()});
  if (!a.tei_corpus.empty()) check_tei_corpus_is_not_read(run, a.tei_corpus);
  std::optional<JobList> corpus;
  if (!a.corpus.empty()) corpus = plan_corpus_jobs(a.corpus);
  const auto missing = corpus ? run.missing(*corpus) : std::vector<std::string>{};
  // The merged manifest is written as the entries are read again, never held.
  std::optional<AtomicFile> merged;
  std::optional<std::ostream> out;
  if (!a.output.empty()) {
    merged.emplace(a.output);
    out.emplace(&*merged);
    out->exceptions(std::ios::badbit);
  }
  run.for_each_latest([&out](const ManifestEntry& entry) {
    if (out) *out << manifest_line(entry) << '\n';
    if (entry.status == "failed") {
      std::cout << "failed\t" << entry.document << '\t' << entry.error << '\n';
    }
  });
  if (merged) merged->commit();
  for (const auto& document : missing) std::cout << "missing\t" << document << '\n';
  std::cout << run.documents() + missing.size() << " documents: " << run.ok() << " done, "
            << run.failed() << " failed";
  if (!a.corpus.empty()) std::cout << ", " << missing.size() << " missing";
  std::cout << '\n';
  if (run.chains().size() > 1) {
    spdlog::warn(
        "the manifests name {} different chains: documents were made by different "
        "plugins, options or formats",
        run.chains().size());
  }
  const std::size_t left_out =
      a.tei_corpus.empty()
          ? 0
          : write_merged_tei_corpus(run, corpus ? &*corpus : nullptr, a.tei_corpus);
  return run.failed() == 0 && missing.empty() && left_out == 0 ? kSuccess : kSomeDocumentsFailed;
}

}  // namespace

int run_merge(const std::vector<std::string>& arguments) {
  MergeArguments a;
  CommandLine line{"merge", merge_options(a)};
  line.hidden.add_options()("manifest", po::value(&a.manifests)->composing(), "manifests");
  line.positional.add("manifest", -1);
  return run_command(arguments, line, [&a] { return merge(a); });
}

}  // namespace strata::host
