// strata merge: one account of a corpus run from the manifests of its shards.
#include <spdlog/spdlog.h>

#include <boost/program_options.hpp>
#include <iostream>
#include <optional>

#include "atomic_file.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "jobs.hpp"
#include "manifest_merge.hpp"
#include "setup_error.hpp"

namespace po = boost::program_options;

namespace strata::host {
namespace {

struct MergeArguments {
  std::vector<std::string> manifests;
  std::vector<std::string> corpus;
  std::string output;
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
      ("output,o", po::value(&a.output), "write the merged manifest (one line per document)");
  // clang-format on
  return options;
}

int merge(const MergeArguments& a) {
  if (a.manifests.empty()) throw SetupError("give the manifests to merge");
  for (const auto& path : a.manifests) {
    if (!std::filesystem::is_regular_file(path)) throw SetupError("manifest not found: " + path);
  }
  const ManifestMerge run({a.manifests.begin(), a.manifests.end()});
  const auto missing =
      a.corpus.empty() ? std::vector<std::string>{} : run.missing(plan_corpus_jobs(a.corpus));
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
  return run.failed() == 0 && missing.empty() ? kSuccess : kSomeDocumentsFailed;
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
