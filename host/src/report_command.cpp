// strata report: one HTML overview of a corpus from the JSON or TEI files strata wrote.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <filesystem>

#include "command_line.hpp"
#include "commands.hpp"
#include "document_input.hpp"
#include "jobs.hpp"
#include "report_html.hpp"
#include "report_stats.hpp"
#include "setup_error.hpp"
#include "strata/error.hpp"
#include "text_list.hpp"
#include "written_inputs.hpp"

namespace po = boost::program_options;

namespace strata::host {
namespace {

// What the command line of strata report says.
struct ReportArguments {
  std::vector<std::string> inputs;
  std::string output;
  int top = 10;
};

po::options_description report_options(ReportArguments& a) {
  po::options_description options(
      "strata report CORPUS_OUTPUT_DIR... -o report.html [options]\nReads the JSON (*.json) "
      "and TEI (*.xml) files strata annotate wrote and writes one HTML page with counts, the "
      "most frequent entities, speakers and cited acts, and sentiment; exits 1 when some file "
      "could not be read (the page names it)");
  // clang-format off
  options.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&a.output), "the HTML file to write (required)")
      ("top", po::value(&a.top), "rows in each \"most frequent\" list (default 10)");
  // clang-format on
  return options;
}

int report(const ReportArguments& a) {
  if (a.inputs.empty()) throw SetupError("give the folder of annotated outputs to report on");
  if (a.output.empty()) throw SetupError("give -o FILE for the report");
  if (a.top < 1) throw SetupError("--top needs at least 1");
  const JobList jobs = plan_corpus_jobs(a.inputs);
  check_inputs_are_not_written(jobs, {}, a.output);
  // Plain text named on the command line is a mistake; found in a folder, it is passed over, as
  // the folder's other files are.
  for (const std::string& input : a.inputs) {
    if (input_kind(input) == InputKind::text && !std::filesystem::is_directory(input)) {
      throw SetupError(input +
                       ": plain text has no annotations (report reads strata's *.json or *.xml)");
    }
  }
  const bool annotated = std::any_of(jobs.begin(), jobs.end(), [](const Job& job) {
    return input_kind(job.source) != InputKind::text;
  });
  if (!annotated) {
    throw SetupError("no *.json or *.xml below " + joined(a.inputs) +
                     ": plain text has no annotations (report reads strata's *.json or *.xml)");
  }
  CorpusStats stats;
  ReportSource source;
  for (std::size_t i = 0; i < a.inputs.size(); ++i) {
    source.corpus += (i ? " " : "") + a.inputs[i];
  }
  for (const Job& job : jobs) {
    if (input_kind(job.source) == InputKind::text) continue;
    try {
      LoadedInput input = load_input(job, {});
      if (input.foreign) throw Error(kForeignTeiHasNoLayers);
      stats.add(std::move(input.document));
    } catch (const std::exception& e) {
      spdlog::error("{}: {}", job.id, e.what());
      source.failures.push_back(job.id + ": " + e.what());
    }
  }
  write_atomically(a.output, report_html(stats, source, static_cast<std::size_t>(a.top)));
  spdlog::info("report of {} document(s) written to {}", stats.documents(), a.output);
  return source.failures.empty() ? kSuccess : kSomeDocumentsFailed;
}

}  // namespace

int run_report(const std::vector<std::string>& arguments) {
  ReportArguments a;
  CommandLine line{"report", report_options(a)};
  line.hidden.add_options()("input", po::value(&a.inputs)->composing(), "inputs");
  line.positional.add("input", -1);
  return run_command(arguments, line, [&a] { return report(a); });
}

}  // namespace strata::host
