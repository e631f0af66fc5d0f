// The texts every plugin must survive, for strata plugins check.
#pragma once

#include <string>
#include <vector>

namespace strata::host {

// One text of the conformance checks: a short name shown in the results ("emoji") and the raw
// bytes, which become a document as an input file would (canonicalized: NFC, LF).
struct HardText {
  std::string name;
  std::string text;
};

// The texts that break plugins: empty, one character, emoji, combining marks, right-to-left,
// CRLF, only punctuation, 1 MB without a newline, and ordinary Italian and English prose (so
// that every plugin has something to annotate and the determinism checks compare real output).
const std::vector<HardText>& hard_texts();

}  // namespace strata::host
