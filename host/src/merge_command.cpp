// strata merge: one account of a corpus run from the manifests of its shards.
#include <spdlog/spdlog.h>

#include <boost/program_options.hpp>
#include <iostream>

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
  std::vector<std::vector<ManifestEntry>> manifests;
  for (const auto& path : a.manifests) {
    if (!std::filesystem::is_regular_file(path)) throw SetupError("manifest not found: " + path);
    manifests.push_back(read_manifest(path));
  }
  const auto expected = a.corpus.empty() ? std::vector<std::string>{} : document_ids(a.corpus);
  const MergedRun run = merge_manifests(manifests, expected);
  if (!a.output.empty()) {
    std::string lines;
    for (const auto& entry : run.latest) lines += manifest_line(entry) + '\n';
    write_atomically(a.output, lines);
  }
  for (const auto& entry : run.latest) {
    if (entry.status == "failed")
      std::cout << "failed\t" << entry.document << '\t' << entry.error << '\n';
  }
  for (const auto& document : run.missing) std::cout << "missing\t" << document << '\n';
  std::cout << run.latest.size() + run.missing.size() << " documents: " << run.ok << " done, "
            << run.failed << " failed";
  if (!a.corpus.empty()) std::cout << ", " << run.missing.size() << " missing";
  std::cout << '\n';
  if (run.chains.size() > 1) {
    spdlog::warn(
        "the manifests name {} different chains: documents were made by different "
        "plugins, options or formats",
        run.chains.size());
  }
  return run.failed == 0 && run.missing.empty() ? kSuccess : kSomeDocumentsFailed;
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
