#include "conformance.hpp"

#include <map>
#include <optional>
#include <thread>

#include "manifest_check.hpp"
#include "plugin_failure.hpp"

namespace strata::host {
namespace {

using Verdict = CheckResult::Verdict;

// The failures found so far, by check; a check with none passes.
class Findings {
 public:
  void fail(const std::string& check, const std::string& text, const std::string& detail) {
    failures_[check].push_back({check, Verdict::fail, text, detail});
  }
  bool failed(const std::string& check) const { return failures_.count(check) > 0; }

  // The failures of `check`, or one result saying it passed (or was skipped) with `detail`.
  void report(const std::string& check, const std::string& detail, std::vector<CheckResult>& out,
              Verdict otherwise = Verdict::pass) const {
    if (const auto found = failures_.find(check); found != failures_.end()) {
      out.insert(out.end(), found->second.begin(), found->second.end());
    } else {
      out.push_back({check, otherwise, "", detail});
    }
  }

 private:
  std::map<std::string, std::vector<CheckResult>> failures_;
};

// How much the determinism check compared.
struct Tally {
  std::size_t texts = 0;  // texts run twice without failing
  std::size_t lines = 0;  // lines of their dumps
};

// A failed run, under the check its message belongs to.
void record_failure(Findings& findings, const HardText& text, const std::string& error,
                    const std::string& when = "") {
  findings.fail(check_failed_by(error), text.name, when + error);
}

// Runs the plugin twice on `text`; returns the first run's layers if both runs succeeded alike.
// A text a prerequisite fails on cannot be given to the plugin at all: that fails `survives`.
std::optional<std::vector<std::string>> run_twice(const ConformanceSubject& subject,
                                                  const HardText& text, Findings& findings,
                                                  Tally& tally) {
  std::optional<Document> first_document;
  try {
    first_document.emplace(subject.prepare(text));
  } catch (const DocumentError& e) {
    findings.fail(check_name::survives, text.name,
                  std::string("a plugin it requires failed: ") + e.what());
    return std::nullopt;
  }
  const SubjectRun first = subject.run(*first_document, 0);
  if (!first.ok()) {
    record_failure(findings, text, first.error);
    return std::nullopt;
  }
  Document second_document = subject.prepare(text);
  const SubjectRun second = subject.run(second_document, 0);
  if (!second.ok()) {
    record_failure(findings, text, second.error, "second run: ");
    return std::nullopt;
  }
  ++tally.texts;
  tally.lines += first.dump.size();
  if (const auto difference = first_difference(first.dump, second.dump); !difference.empty()) {
    findings.fail(check_name::deterministic, text.name, "two runs differ at " + difference);
    return std::nullopt;
  }
  return first.dump;
}

// Each worker runs every text, starting at a different one, all at once; every result must equal
// the single-thread `reference` of its text.
void run_in_threads(const ConformanceSubject& subject, const std::vector<const HardText*>& texts,
                    const std::vector<std::vector<std::string>>& reference, Findings& findings) {
  constexpr unsigned kWorkers = ConformanceSubject::kWorkers;
  // Prepared beforehand, on this thread, so that only the plugin under test runs concurrently.
  std::vector<std::vector<Document>> documents(kWorkers);
  for (auto& mine : documents) {
    for (const HardText* text : texts) mine.push_back(subject.prepare(*text));
  }
  std::vector<std::vector<SubjectRun>> runs(kWorkers, std::vector<SubjectRun>(texts.size()));
  {
    std::vector<std::jthread> workers;
    for (unsigned w = 0; w < kWorkers; ++w) {
      workers.emplace_back([&, w] {
        for (std::size_t k = 0; k < texts.size(); ++k) {
          const std::size_t i = (k + w) % texts.size();
          runs[w][i] = subject.run(documents[w][i], w);
        }
      });
    }
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (unsigned w = 0; w < kWorkers; ++w) {
      const SubjectRun& run = runs[w][i];
      const std::string worker = "worker " + std::to_string(w) + " of " + std::to_string(kWorkers);
      const std::string difference = run.ok() ? first_difference(reference[i], run.dump) : "";
      if (!run.ok() || !difference.empty()) {
        findings.fail(check_name::threads, texts[i]->name,
                      run.ok() ? worker + " differs from one thread at " + difference
                               : worker + " failed where one thread did not: " + run.error);
        break;
      }
    }
  }
}

}  // namespace

std::vector<CheckResult> check_conformance(const ConformanceSubject& subject,
                                           const std::vector<HardText>& texts) {
  Findings findings;
  for (const auto& problem : manifest_problems(subject.manifest())) {
    findings.fail(check_name::manifest, "", problem);
  }

  std::vector<const HardText*> threaded;
  std::vector<std::vector<std::string>> reference;
  Tally tally;
  for (const auto& text : texts) {
    auto dump = run_twice(subject, text, findings, tally);
    if (dump) {
      threaded.push_back(&text);
      reference.push_back(std::move(*dump));
    }
  }
  const bool deterministic = !findings.failed(check_name::deterministic);
  if (deterministic && !threaded.empty()) run_in_threads(subject, threaded, reference, findings);

  const std::string all = std::to_string(texts.size()) + " texts";
  std::vector<CheckResult> results;
  findings.report(check_name::manifest, "", results);
  findings.report(check_name::survives, all, results);
  findings.report(check_name::declared_layers, all, results);
  findings.report(check_name::inside_text, all, results);
  if (deterministic && tally.texts == 0) {  // nothing to compare: not a pass
    findings.report(check_name::deterministic, "not run: no text ran without failing", results,
                    Verdict::skip);
  } else {
    findings.report(check_name::deterministic,
                    std::to_string(tally.texts) + " of " + all + " ran twice alike (" +
                        std::to_string(tally.lines) + " lines of layers)",
                    results);
  }
  const bool concurrent = subject.manifest().concurrency == Concurrency::shared;
  if (!deterministic) {
    findings.report(check_name::threads, "not run: the plugin is not deterministic", results,
                    Verdict::skip);
  } else if (threaded.empty()) {
    findings.report(check_name::threads, "not run: no text ran without failing", results,
                    Verdict::skip);
  } else {
    findings.report(check_name::threads,
                    std::to_string(threaded.size()) + " texts, " +
                        (concurrent ? "one shared instance" : "one instance per worker"),
                    results);
  }
  return results;
}

}  // namespace strata::host
