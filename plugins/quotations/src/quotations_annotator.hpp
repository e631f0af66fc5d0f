// The annotator of the quotations plugin: direct quotations with their speakers and cues.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lexicon.hpp"
#include "strata/annotator.hpp"
#include "strata/manifest.hpp"

namespace strata::quotations {

// Writes the quotations layer: each quoted span that is someone's words, without its marks,
// with its cue, its speaker (the mention, and a link to the PER or ORG entity), its marks and
// a confidence. configure() reads the lexicons; process() only reads them, so one instance
// serves all worker threads.
class QuotationsAnnotator final : public Annotator {
 public:
  static constexpr const char* kName = "quotations";
  static constexpr const char* kVersion = "0.1.0";
  static Manifest manifest();

  explicit QuotationsAnnotator(const PluginContext& context);

  // Throws Error (one line) for a bad option value or an unreadable cue list.
  void configure(const Options& options) override;
  void process(Document& document) override;

 private:
  const Lexicon* lexicon_for(std::string_view language) const;

  PluginContext context_;
  Lexicon italian_;
  Lexicon english_;
  std::vector<std::string> languages_;
  std::size_t min_words_ = 6;
};

}  // namespace strata::quotations
