// The annotator's options: what configure() refuses, and how it says so.
#include "sentiment_annotator.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "strata/error.hpp"

namespace strata::sentiment {
namespace {

// The manifest's defaults with `name` set to `value`, as the host would give them.
Options options_with(const std::string& name, const OptionValue& value) {
  Options options;
  for (const OptionSpec& spec : SentimentAnnotator::manifest().options) {
    options.set(spec.name, parse_option_value(spec.type, spec.default_value));
  }
  options.set(name, value);
  return options;
}

// The message configure() refuses `value` of option `name` with, or "(accepted)".
std::string refusal(const std::string& name, const OptionValue& value) {
  static SentimentAnnotator annotator(PluginContext{nullptr, SENTIMENT_RESOURCE_DIR});
  try {
    annotator.configure(options_with(name, value));
  } catch (const Error& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(SentimentAnnotator, ANaNThresholdIsRefused) {
  // The host refuses "nan" on the command line; the plugin must not count on it.
  EXPECT_EQ(refusal("positive-threshold", std::nan("")),
            "option 'positive-threshold' must be above 0 and at most 1");
  EXPECT_EQ(refusal("negative-threshold", std::nan("")),
            "option 'negative-threshold' must be below 0 and at least -1");
  EXPECT_EQ(refusal("positive-threshold", 0.05), "(accepted)");
}

TEST(SentimentAnnotator, NoLanguageIsRefused) {
  for (const char* none : {"", " , "}) {
    EXPECT_EQ(refusal("languages", std::string(none)),
              "option 'languages': no language given (it and en are known)");
  }
  EXPECT_EQ(refusal("languages", std::string("en")), "(accepted)");
}

TEST(SentimentAnnotator, ABadLexiconIsNamedAfterTheOption) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("sentiment-annotator-test-" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path) << "bello\tmolto\n";
  const std::string message = refusal("lexicon", path.string());
  std::filesystem::remove(path);
  EXPECT_EQ(message, "option 'lexicon': " + path.string() +
                         ":1: expected word<TAB>valence with a valence from -4 to 4, not "
                         "'bello\tmolto'");
}

}  // namespace
}  // namespace strata::sentiment
