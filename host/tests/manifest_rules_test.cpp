#include "manifest_rules.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

Manifest usable() {
  Manifest m;
  m.name = "good";
  m.required_layers = {"tokens"};
  m.provided_layers = {"good", "better"};
  m.options = {{"level", OptionType::integer, "3", "how good"},
               {"min-words", OptionType::integer, "2", "fewest words"}};
  return m;
}

TEST(ManifestDefect, NoneInAUsableManifest) {
  EXPECT_EQ(manifest_defect(usable()), std::nullopt);
}

TEST(ManifestDefect, PluginNamesFollowTheRuleOfNewPlugin) {
  for (const char* bad : {"", "Good", "9lives", "my plugin", "a.b", "caffè"}) {
    Manifest m = usable();
    m.name = bad;
    const auto defect = manifest_defect(m);
    ASSERT_TRUE(defect) << bad;
    EXPECT_EQ(defect->find("invalid plugin name '" + std::string(bad) + "'"), 0u) << *defect;
  }
  EXPECT_TRUE(is_valid_plugin_name("my-tagger_2"));
  EXPECT_FALSE(is_valid_plugin_name(std::string(65, 'a')));
}

TEST(ManifestDefect, LayersMustBeUsable) {
  Manifest m = usable();
  m.provided_layers = {"Bad Layer"};
  EXPECT_EQ(manifest_defect(m)->find("provided layers: invalid layer name 'Bad Layer'"), 0u);
  m.provided_layers = {"good", "good"};
  EXPECT_EQ(manifest_defect(m), "layer 'good' is provided twice");
  m.provided_layers = {"good", "tokens"};
  EXPECT_EQ(manifest_defect(m), "layer 'tokens' is both required and provided");
  m.provided_layers = {"good"};
  m.required_layers = {""};
  EXPECT_EQ(manifest_defect(m)->find("required layers: invalid layer name ''"), 0u);
}

TEST(ManifestDefect, OptionsMustBeNameableOnce) {
  Manifest m = usable();
  m.options.push_back({"level", OptionType::string, "x", "again"});
  EXPECT_EQ(manifest_defect(m), "option 'level' is declared twice");
  m.options = {{"", OptionType::string, "", "nameless"}};
  EXPECT_EQ(manifest_defect(m), "an option has no name");
  m.options = {{"level", OptionType::integer, "high", "how good"}};
  EXPECT_EQ(manifest_defect(m), "option 'level': bad default: expected an integer, found 'high'");
  m.options = {{"a=b", OptionType::string, "", "unsettable"}};
  EXPECT_EQ(manifest_defect(m), "option name 'a=b' has a space, '=' or '#', so it cannot be set");
}

}  // namespace
}  // namespace strata::host
