// The annotator of the legal plugin: Italian, EU and treaty citations with their identifiers.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "citation_finder.hpp"
#include "citation_scanner.hpp"
#include "legal_lexicon.hpp"
#include "strata/annotator.hpp"
#include "strata/manifest.hpp"

namespace strata::legal {

// Writes the citations layer: one annotation per identifier a citation names, over the whole
// citation, with its type and features (README.md). configure() reads the lists; process()
// only reads them, so one instance serves all worker threads.
class LegalAnnotator final : public Annotator {
 public:
  static constexpr const char* kName = "legal";
  static constexpr const char* kVersion = "0.1.0";
  static Manifest manifest();

  explicit LegalAnnotator(const PluginContext& context);

  // Throws Error (one line) for a bad option value or a bad list.
  void configure(const Options& options) override;
  void process(Document& document) override;

 private:
  PluginContext context_;
  std::unique_ptr<LegalLexicon> lexicon_;
  std::unique_ptr<CitationScanner> scanner_;
  std::unique_ptr<us::CitationFinder> us_finder_;  // with the system "us" only
  std::vector<std::string> types_;                 // the citation types written
  bool italian_decisions_ = false;                 // with the system "it" only
};

// Reads the plugin's lists from `context` and the user's extra instrument lists, then compiles
// them. Throws Error "FILE:LINE: ..." for a bad line.
std::unique_ptr<LegalLexicon> load_lexicon(const PluginContext& context,
                                           const std::vector<std::string>& extra_instruments);

}  // namespace strata::legal
