// Loads the built plugin the way the host does, to check what it exports and ships.
#include <gtest/gtest.h>

#include <boost/dll/shared_library.hpp>
#include <cstring>
#include <filesystem>

#include "strata/document.hpp"
#include "strata/layer_names.hpp"
#include "strata/plugin.hpp"
#include "test_support.hpp"

namespace strata::tokens {
namespace {

TEST(PluginEntry, LoadsAndAnnotatesLikeAnyOtherPlugin) {
  const std::filesystem::path file = TOKENS_PLUGIN_FILE;
  boost::dll::shared_library library(file.string());
  const StrataPluginInfo* info = library.get_alias<StrataPluginEntry>(STRATA_PLUGIN_SYMBOL)();
  ASSERT_NE(info, nullptr);
  EXPECT_EQ(info->magic, STRATA_PLUGIN_MAGIC);
  EXPECT_EQ(info->api_major, STRATA_API_MAJOR);
  EXPECT_STREQ(info->abi_fingerprint, STRATA_ABI_FINGERPRINT);
  EXPECT_STREQ(info->name, "tokens");
  EXPECT_STREQ(info->version, "1.0.0");

  const Manifest* manifest = info->manifest();
  ASSERT_NE(manifest, nullptr);
  EXPECT_EQ(manifest->name, "tokens");
  EXPECT_EQ(manifest->provided_layers.size(), 3u);

  // The build copies the resources into a folder named after the plugin, beside it.
  testing::RecordingLogger logger;
  PluginContext context{&logger, file.parent_path() / "tokens"};
  Annotator* annotator = info->create(&context);
  ASSERT_NE(annotator, nullptr);
  Options options;
  options.set("paragraphs", std::string("auto"));
  annotator->configure(options);
  Document doc("d", "Il sig. Rossi è arrivato. Poi è ripartito.");
  annotator->process(doc);
  EXPECT_EQ(doc.language(), "it");
  EXPECT_EQ(doc.layer(layer_names::sentences).size(), 2u);
  info->destroy(annotator);
}

}  // namespace
}  // namespace strata::tokens
