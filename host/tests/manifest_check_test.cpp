#include "manifest_check.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

Manifest complete() {
  Manifest m;
  m.name = "good";
  m.version = "1.0.0";
  m.description = "does good";
  m.languages = {"it", "en"};
  m.required_layers = {"tokens"};
  m.provided_layers = {"good", "better"};
  m.options = {{"level", OptionType::integer, "3", "how good"}};
  return m;
}

TEST(ManifestProblems, NoneInACompleteManifest) {
  EXPECT_TRUE(manifest_problems(complete()).empty());
}

TEST(ManifestProblems, NamesEachMissingPart) {
  Manifest m = complete();
  m.version.clear();
  m.description.clear();
  m.provided_layers.clear();
  EXPECT_EQ(manifest_problems(m),
            (std::vector<std::string>{"no version", "no description", "provides no layer"}));
}

TEST(ManifestProblems, BadLayerNamesAndLanguages) {
  Manifest m = complete();
  m.provided_layers = {"Good Layer", "tokens", "tokens"};
  m.languages = {"italian"};
  const auto problems = manifest_problems(m);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_NE(problems[0].find("invalid layer name 'Good Layer'"), std::string::npos);
  EXPECT_EQ(problems[1], "layer 'tokens' is provided twice");
  EXPECT_EQ(problems[2], "layer 'tokens' is both required and provided");
  EXPECT_EQ(problems[3], "language 'italian' is not an ISO 639 code");
}

TEST(ManifestProblems, OptionsNeedHelpAndADefaultOfTheirType) {
  Manifest m = complete();
  m.options = {{"level", OptionType::integer, "high", "how good"},
               {"quiet", OptionType::boolean, "true", ""}};
  const auto problems = manifest_problems(m);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], "option 'quiet' has no help text");
  EXPECT_NE(problems[1].find("bad default for option 'level'"), std::string::npos);
}

}  // namespace
}  // namespace strata::host
