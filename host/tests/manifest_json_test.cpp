#include "manifest_json.hpp"

#include <gtest/gtest.h>

#include "setup_error.hpp"

namespace strata::host {
namespace {

Manifest full_manifest() {
  Manifest m;
  m.name = "counter";
  m.version = "0.2.0";
  m.description = "counts \"tokens\"\n";
  m.languages = {"it", "en"};
  m.required_layers = {"tokens"};
  m.provided_layers = {"counts", "totals"};
  m.concurrency = Concurrency::per_worker;
  m.options = {{"min_length", OptionType::integer, "1", "shortest"},
               {"weight", OptionType::real, "1.5", ""},
               {"enabled", OptionType::boolean, "true", "on"},
               {"label", OptionType::string, "", "type"}};
  return m;
}

std::string error_of(const std::string& text) {
  try {
    manifest_from_json(text);
  } catch (const SetupError& e) {
    return e.what();
  }
  return "no error";
}

TEST(ManifestJson, RoundTripsEveryField) {
  const Manifest m = full_manifest();
  const Manifest back = manifest_from_json(manifest_to_json(m));
  EXPECT_EQ(back.name, m.name);
  EXPECT_EQ(back.version, m.version);
  EXPECT_EQ(back.description, m.description);
  EXPECT_EQ(back.languages, m.languages);
  EXPECT_EQ(back.required_layers, m.required_layers);
  EXPECT_EQ(back.provided_layers, m.provided_layers);
  EXPECT_EQ(back.concurrency, m.concurrency);
  ASSERT_EQ(back.options.size(), m.options.size());
  for (std::size_t i = 0; i < m.options.size(); ++i) {
    EXPECT_EQ(back.options[i].name, m.options[i].name);
    EXPECT_EQ(back.options[i].type, m.options[i].type);
    EXPECT_EQ(back.options[i].default_value, m.options[i].default_value);
    EXPECT_EQ(back.options[i].help, m.options[i].help);
  }
}

TEST(ManifestJson, WritesTheDocumentedKeysOnOneLine) {
  const std::string text = manifest_to_json(full_manifest());
  EXPECT_EQ(text.find('\n'), std::string::npos);
  EXPECT_NE(text.find("\"strata_manifest\":1"), std::string::npos) << text;
  EXPECT_NE(text.find("\"requires\":[\"tokens\"]"), std::string::npos) << text;
  EXPECT_NE(text.find("\"concurrency\":\"per-worker\""), std::string::npos) << text;
}

TEST(ManifestJson, RefusesOtherSchemasAndBrokenText) {
  EXPECT_EQ(error_of(R"({"strata_manifest": 2})"),
            "manifest JSON: schema version 2, this strata reads version 1");
  EXPECT_NE(error_of("{\"strata_manifest\": 1, \"name\": \"x\"}").find("'version' not found"),
            std::string::npos);
  EXPECT_NE(error_of("{not json").find("manifest JSON: "), std::string::npos);
  std::string bad_type = manifest_to_json(full_manifest());
  bad_type.replace(bad_type.find("\"real\""), 6, "\"float\"");
  EXPECT_EQ(error_of(bad_type), "manifest JSON: unknown option type 'float'");
  std::string bad_concurrency = manifest_to_json(full_manifest());
  bad_concurrency.replace(bad_concurrency.find("\"per-worker\""), 12, "\"parallel\"");
  EXPECT_EQ(error_of(bad_concurrency), "manifest JSON: unknown concurrency 'parallel'");
}

}  // namespace
}  // namespace strata::host
