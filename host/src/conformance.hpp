// The checks every plugin must pass, run by strata plugins check and, through it, by the
// GoogleTest kit strata/testing.hpp.
#pragma once

#include <string>
#include <vector>

#include "conformance_subject.hpp"
#include "hard_texts.hpp"

namespace strata::host {

// The outcome of one check, or of one check on one text.
struct CheckResult {
  enum class Verdict { pass, fail, skip };
  std::string check;  // a check_name
  Verdict verdict = Verdict::pass;
  std::string text;    // the hard text's name for a failure on one text, else ""
  std::string detail;  // what was wrong, why it was skipped, or what passed
};

// Runs every check on `subject` with `texts`: manifest, survives, declared-layers, inside-text,
// deterministic (two runs give the same layers) and threads (kWorkers threads give what one
// does). Gives, check by check in that order, one failure per text that fails, or one pass, or
// one skip (threads, when the plugin is not deterministic: the comparison would mean nothing).
std::vector<CheckResult> check_conformance(const ConformanceSubject& subject,
                                           const std::vector<HardText>& texts);

}  // namespace strata::host
