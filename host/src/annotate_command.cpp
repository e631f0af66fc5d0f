// strata annotate: run a chain of plugins over documents and write TEI, JSON or VRT.
#include <boost/program_options.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <limits>
#include <optional>
#include <set>
#include <thread>

#include "annotator_set.hpp"
#include "argument_checks.hpp"
#include "atomic_file.hpp"
#include "byte_size.hpp"
#include "chain.hpp"
#include "chain_hash.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "corpus_file.hpp"
#include "corpus_run.hpp"
#include "isolated_run.hpp"
#include "language_tag.hpp"
#include "results_output.hpp"
#include "running_plugin.hpp"
#include "setup_error.hpp"
#include "shard.hpp"
#include "strata/error.hpp"
#include "version_info.hpp"
#include "windowed_run.hpp"
#include "written_inputs.hpp"

namespace po = boost::program_options;

namespace strata::host {
namespace {

// -j not given (one worker per core): no number a user would type, so that -j -1 is refused, not
// read as automatic.
constexpr int kAutomaticWorkers = std::numeric_limits<int>::min();

// Smaller windows would cut most paragraphs; this still lets a test cut a short text.
constexpr std::size_t kSmallestWindow = 1024;

struct AnnotateArguments {
  std::vector<std::string> inputs;
  std::string chain_file;
  std::string plugins;
  std::string output;
  std::string corpus_file;
  std::string format = "tei";
  std::string language;
  int workers = kAutomaticWorkers;
  std::vector<std::string> plugin_paths;
  std::vector<std::string> settings;
  bool verbose = false;
  bool quiet = false;
  std::string manifest;
  bool resume = false;
  bool isolate = false;
  std::string timings;  // "": none; table or json
  std::string window = "1M";
  int shard_index = kShardNotGiven;
  int shard_count = kShardNotGiven;
};

po::options_description annotate_options(AnnotateArguments& a) {
  po::options_description options(
      "strata annotate [INPUT...] [options]\nINPUT: files, directories (every *.txt, *.json and "
      "*.xml below), or - for standard input (the default, read as text). *.json and *.xml are "
      "documents strata wrote (-f json, -f tei; inline TEI is refused): they keep their id, "
      "text, language and layers, and a plugin one of whose layers is already there is skipped "
      "with a warning. Other TEI (*.xml) is "
      "annotated from the text of its body and, with -f tei, written back with its own markup "
      "(docs/tei-input.md)");
  // One option a line reads like the help it prints.
  // clang-format off
  options.add_options()
      ("help,h", "show this help")
      ("chain,c", po::value(&a.chain_file)->notifier(refuse_empty("-c")),
       "chain file (INI) naming plugins and their options")
      ("plugins,p", po::value(&a.plugins)->notifier(refuse_no_plugin("-p")),
       "plugins to run, comma-separated names or paths")
      ("output,o", po::value(&a.output),
       "output file, or directory for several documents; without it, or with -, standard output")
      ("corpus-file", po::value(&a.corpus_file),
       "write every document into this one teiCorpus file, - for standard output "
       "(TEI formats; instead of -o)")
      ("format,f", po::value(&a.format),
       "output format: tei (default), tei-inline, tei-inline-rs, json, vrt (CWB) or html")
      ("language,l", po::value(&a.language)->notifier(refuse_empty("-l")),
       "document language: it, en, ... or auto (default); replaces a JSON or TEI input's own")
      ("jobs,j", po::value(&a.workers), "worker threads (default: number of cores)")
      ("plugin-path", po::value(&a.plugin_paths)->composing(), "extra plugin directory")
      ("set", po::value(&a.settings)->composing(), "override an option: plugin.option=value")
      ("verbose,v", po::bool_switch(&a.verbose), "log progress and plugin messages")
      ("quiet,q", po::bool_switch(&a.quiet), "no progress line and no warnings, only errors")
      ("manifest", po::value(&a.manifest),
       "run manifest (JSON Lines, one line per document); default with a directory -o: "
       "DIR/strata-manifest.jsonl")
      ("window", po::value(&a.window),
       "annotate a plain text, or the text of TEI from elsewhere, longer than this (1M by "
       "default; K, M, G) a window at a time, cut between paragraphs, to bound memory; 0: always "
       "whole (docs/large-documents.md)")
      ("isolate", po::bool_switch(&a.isolate),
       "run each worker in a child process: a plugin that crashes fails only its document "
       "(docs/robustness.md)")
      ("timings", po::value(&a.timings)->implicit_value("table"),
       "at the end, print on standard error the CPU time of reading, of each plugin and of "
       "writing (--timings, a table, or --timings=json); not with --isolate")
      ("resume", po::bool_switch(&a.resume),
       "skip the documents the manifest records as done by the same chain")
      ("shard-index", po::value(&a.shard_index),
       "annotate only shard I of --shard-count (default: SLURM_ARRAY_TASK_ID, "
       "OMPI_COMM_WORLD_RANK)")
      ("shard-count", po::value(&a.shard_count),
       "number of shards (default: SLURM_ARRAY_TASK_COUNT, OMPI_COMM_WORLD_SIZE)");
  // clang-format on
  return options;
}

void check(const AnnotateArguments& a) {
  if (!a.chain_file.empty() && !a.plugins.empty()) {
    throw SetupError("give either -c (a chain file) or -p (a plugin list), not both");
  }
  if (a.format != "tei" && a.format != "json" && a.format != "tei-inline" &&
      a.format != "tei-inline-rs" && a.format != "vrt" && a.format != "html") {
    throw SetupError("unknown output format '" + a.format +
                     "' (use tei, tei-inline, tei-inline-rs, json, vrt or html)");
  }
  if (a.verbose && a.quiet) throw SetupError("give -v or -q, not both");
  if (!a.corpus_file.empty() && !a.output.empty()) {
    throw SetupError("give either -o or --corpus-file, not both");
  }
  if (!a.corpus_file.empty() && !a.format.starts_with("tei")) {
    throw SetupError(
        "--corpus-file writes a teiCorpus: it takes -f tei, tei-inline or tei-inline-rs");
  }
  if (!a.timings.empty() && a.timings != "table" && a.timings != "json") {
    throw SetupError("--timings is table or json, not '" + a.timings + "'");
  }
  if (!a.timings.empty() && a.isolate) {
    throw SetupError(
        "--timings measures the workers' threads: not with --isolate, whose work is "
        "done in child processes");
  }
  if (a.workers < 1 && a.workers != kAutomaticWorkers) {
    throw SetupError("-j needs at least 1 worker");
  }
}

// The teiCorpus on standard output, as it is written; a write that fails is an error.
bool write_to_standard_output(CorpusFile& corpus) {
  if (!corpus.write(results_output())) return false;
  results_output().flush();
  if (!results_output()) throw Error("cannot write the teiCorpus to standard output");
  return true;
}

std::string checked_language(const std::string& given) {
  if (const auto problem = language_problem(given)) throw SetupError(*problem);
  return canonical_language(given);
}

formats::RunInfo run_info(const std::vector<ChainStep>& chain) {
  formats::RunInfo info{kStrataVersion, run_timestamp(), {}};
  for (const auto& step : chain) {
    const Manifest& m = step.plugin->manifest();
    formats::AppliedPlugin applied{m.name, m.version, m.description, {}};
    for (const auto& spec : m.options) {
      applied.options.emplace_back(spec.name,
                                   format_option_value(step.options.values().at(spec.name)));
    }
    info.plugins.push_back(std::move(applied));
  }
  return info;
}

// Where the run manifest goes: --manifest, else a file in the output directory; "" for none.
std::filesystem::path manifest_location(const AnnotateArguments& a, const JobList& jobs,
                                        const Shard& shard) {
  if (!a.manifest.empty()) return a.manifest;
  // A document written to a path other than -o itself: -o is a directory.
  const bool folder =
      !a.output.empty() && !jobs.empty() && jobs[0].output != std::filesystem::path(a.output);
  if (!folder) return {};
  const std::string name = shard.count == 1
                               ? "strata-manifest.jsonl"
                               : "strata-manifest.shard-" + std::to_string(shard.index) + "-of-" +
                                     std::to_string(shard.count) + ".jsonl";
  return std::filesystem::path(a.output) / name;
}

// The jobs a resumed run still has to do.
JobList unfinished(const JobList& jobs, const std::filesystem::path& manifest,
                   const std::string& chain) {
  const std::vector<bool> done = finished_jobs(jobs, manifest, chain);
  JobList left = jobs.filtered([&done](std::size_t job) { return !done[job]; });
  spdlog::info("resuming: {} document(s) already done, {} to go", jobs.size() - left.size(),
               left.size());
  return left;
}

// What the killed run was writing when it died is written again, so its half-written temporary
// files are only litter.
// Folders first, then outputs one at a time: no list of every output's path.
void remove_litter(const JobList& jobs) {
  std::set<std::filesystem::path> folders;
  for (const Job& job : jobs) {
    if (!job.output.empty()) folders.insert(std::filesystem::path(job.output).parent_path());
  }
  const AbandonedTemporaries abandoned = abandoned_temporaries(folders);
  std::size_t removed = 0;
  for (std::size_t i = 0; i < jobs.size() && !abandoned.empty(); ++i) {
    removed += remove_temporaries_of(jobs[i].output, abandoned);
  }
  if (removed > 0) {
    spdlog::info("removed {} temporary file(s) a killed run left", removed);
  }
}

int annotate(const AnnotateArguments& a) {
  if (a.verbose) spdlog::set_level(spdlog::level::info);
  if (a.quiet) spdlog::set_level(spdlog::level::err);
  PluginFinder finder(PluginFinder::search_folders(a.plugin_paths));

  ChainFile chain_file;
  if (!a.chain_file.empty()) {
    chain_file = read_chain_file(a.chain_file);
  } else {
    chain_file.plugins = a.plugins.empty() ? default_chain(finder) : split_list(a.plugins);
  }
  // After the chain file's settings, which they override.
  for (OptionSetting& setting : parse_set_arguments(a.settings)) {
    chain_file.settings.push_back(std::move(setting));
  }
  const std::string language =
      checked_language(!a.language.empty() ? a.language : chain_file.language.value_or("auto"));

  const bool json = a.format == "json";
  const bool vrt = a.format == "vrt";
  const bool html = a.format == "html";
  const bool corpus = !a.corpus_file.empty();
  auto jobs = corpus ? plan_corpus_jobs(a.inputs, a.corpus_file)
                     : plan_jobs(a.inputs, a.output,
                                 json   ? ".json"
                                 : vrt  ? ".vrt"
                                 : html ? ".html"
                                        : ".xml");
  const RunShard run_shard = choose_run_shard(a.shard_index, a.shard_count, a.inputs);
  const Shard& shard = run_shard.cut;
  if (corpus && (shard.count > 1 || a.resume)) {
    throw SetupError(
        "--corpus-file collects one run in one file: not with shards or --resume (use -o)");
  }
  // Named by the task, also when its shard cuts nothing: tasks that share an output folder must
  // not share one manifest.
  const auto manifest_path = manifest_location(a, jobs, run_shard.task);
  if (a.resume && manifest_path.empty()) {
    throw SetupError("--resume needs a run manifest: give -o DIRECTORY or --manifest FILE");
  }
  check_inputs_are_not_written(jobs, manifest_path,
                               corpus && a.corpus_file != "-" ? a.corpus_file : std::string());
  if (shard.count > 1) {
    const std::size_t all = jobs.size();
    jobs = jobs_of_shard(jobs, shard);
    spdlog::info("shard {} of {}: {} of {} document(s)", shard.index, shard.count, jobs.size(),
                 all);
  }
  auto chain = build_chain(chain_file, finder, any_annotated_input(jobs));
  if (corpus) {
    if (a.corpus_file != "-") prepare_folder(std::filesystem::path(a.corpus_file).parent_path());
  } else {
    prepare_output_folders(jobs);
  }

  RunSettings settings;
  settings.format = json                          ? OutputFormat::json
                    : vrt                         ? OutputFormat::vrt
                    : html                        ? OutputFormat::html
                    : a.format == "tei-inline"    ? OutputFormat::tei_inline
                    : a.format == "tei-inline-rs" ? OutputFormat::tei_inline_rs
                                                  : OutputFormat::tei;
  // Only -l itself replaces a stored language: a chain file's is a default for plain text.
  settings.language = {language, !a.language.empty() && language != "auto"};
  settings.workers = a.workers == kAutomaticWorkers
                         ? std::max(1u, std::thread::hardware_concurrency())
                         : static_cast<unsigned>(a.workers);
  settings.run_info = run_info(chain);
  settings.window = parse_byte_size(a.window, "--window");
  if (settings.window > 0 && settings.window < kSmallestWindow) {
    throw SetupError("--window is 0 (off) or at least 1K, not '" + a.window + "'");
  }
  // The window changes the output of the documents longer than it, so it is part of the hash.
  const std::string shape =
      settings.window > 0 ? a.format + " window " + std::to_string(settings.window) : a.format;
  settings.chain = chain_hash(settings.run_info, shape,
                              language + (settings.language.overrides_stored ? "!" : ""));
  if (a.resume) {
    jobs = unfinished(std::move(jobs), manifest_path, settings.chain);
    remove_litter(jobs);
  }
  settings.workers = std::max(1u, std::min<unsigned>(settings.workers, jobs.size()));
  std::optional<ManifestWriter> manifest;
  if (!manifest_path.empty()) {
    manifest.emplace(manifest_path, !a.resume);
    settings.manifest = &*manifest;
  }
  const AnnotatorSet annotators(std::move(chain), settings.workers);

  std::optional<CorpusFile> corpus_file;
  if (corpus) {
    corpus_file.emplace(settings.run_info);
    settings.deliver = [&corpus_file](std::size_t job, std::istream& output) {
      corpus_file->add(job, output);
    };
  }

  std::optional<RunTimings> timings;
  if (!a.timings.empty()) {
    // The chain's plugins, in order: the phases between reading and writing.
    std::vector<std::string> steps;
    for (const auto& plugin : settings.run_info.plugins) steps.push_back(plugin.name);
    timings.emplace(std::move(steps));
    settings.timings = &*timings;
    settings.before_step = [&timings](std::size_t step) { timings->start_step(step); };
  }

  spdlog::info("annotating {} document(s) with {} worker(s)", jobs.size(), settings.workers);
  // Made only when shown: measuring each input for it costs a system call per document.
  std::optional<Progress> progress;
  if (!a.quiet && stderr_is_terminal()) {
    std::uintmax_t bytes = 0;
    for (const Job& job : jobs) bytes += input_size(job);
    progress.emplace(jobs.size(), bytes);
    settings.progress = &*progress;
  }
  // Without --isolate a plugin's crash ends the run: it says where, and how to go on past it.
  install_crash_note("; with --isolate, a crash fails only its document and the run goes on");
  const auto failures = a.isolate ? run_corpus_isolated(jobs, annotators, settings)
                                  : run_corpus(jobs, annotators, settings);
  progress.reset();  // its last line ends before the summary
  if (corpus && !(a.corpus_file == "-" ? write_to_standard_output(*corpus_file)
                                       : corpus_file->write(a.corpus_file))) {
    spdlog::error("no document was annotated: {} was not written",
                  a.corpus_file == "-" ? "the teiCorpus" : a.corpus_file);
  }
  if (timings) {
    const double process_seconds = 1e-9 * static_cast<double>(process_cpu_nanoseconds());
    std::cerr << (a.timings == "json" ? timings_json(*timings, process_seconds, settings.workers)
                                      : timings_table(*timings, process_seconds, settings.workers));
  }
  if (!failures.empty()) {
    if (failures.size() == jobs.size()) {
      spdlog::error("{} of {} documents failed: none was written", failures.size(), jobs.size());
    } else {
      spdlog::error("{} of {} documents failed; the others were written", failures.size(),
                    jobs.size());
    }
    return kSomeDocumentsFailed;
  }
  return kSuccess;
}

}  // namespace

int run_annotate(const std::vector<std::string>& arguments) {
  AnnotateArguments a;
  CommandLine line{"annotate", annotate_options(a)};
  line.hidden.add_options()("input", po::value(&a.inputs)->composing(), "inputs");
  line.positional.add("input", -1);
  return run_command(arguments, line, [&a] {
    check(a);
    // "-o -" is standard output, as "-" among the inputs is standard input.
    if (a.output == "-") a.output.clear();
    // Documents bound for standard output; "-o /dev/stdout" is a path, written as a file is.
    if ((a.output.empty() && a.corpus_file.empty()) || a.corpus_file == "-") {
      keep_standard_output_from_plugins();
    }
    return annotate(a);
  });
}

}  // namespace strata::host
