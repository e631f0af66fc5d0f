// strata plugins info on plugins that cannot be loaded: it describes them from the manifest the
// build embedded in the file, and says why loading failed.
#include <elf.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

// A copy of the needslib fixture plugin with its library in deps/, as the build lays them out.
class NeedsLibCopy {
 public:
  NeedsLibCopy() {
    fs::create_directories(dir_ / "deps");
    fs::copy_file(fixture_plugin_dir() / "strata_needslib.so", plugin());
    fs::copy_file(fixture_plugin_dir() / "deps" / "libfixturedep.so", library());
  }
  fs::path plugin() const { return dir_ / "strata_needslib.so"; }
  fs::path library() const { return dir_ / "deps" / "libfixturedep.so"; }

 private:
  ScratchDir dir_;
};

TEST(PluginsInfo, LoadsAPluginWhoseLibraryIsThere) {
  const NeedsLibCopy copy;
  const auto result = run_strata({"plugins", "info", copy.plugin().string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("name:        needslib"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("not loaded"), std::string::npos) << result.out;
}

TEST(PluginsInfo, DescribesAPluginWithAMissingLibraryFromItsFile) {
  const NeedsLibCopy copy;
  fs::remove(copy.library());
  const auto result = run_strata({"plugins", "info", copy.plugin().string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.out.starts_with("source:      from the file, not loaded\n")) << result.out;
  for (const char* line : {"name:        needslib\n", "version:     0.3.0\n", "languages:   it\n",
                           "requires:    tokens\n", "provides:    greetings\n",
                           "  loud (boolean, default 'false'): shout the greeting\n"}) {
    EXPECT_NE(result.out.find(line), std::string::npos) << line << result.out;
  }
  const std::string reason = "not loaded:  " + copy.plugin().string() +
                             ": cannot load: libfixturedep.so: cannot open shared object file";
  EXPECT_NE(result.out.find(reason), std::string::npos) << result.out;
  EXPECT_NE(result.err.find("libfixturedep.so: cannot open shared object file"), std::string::npos)
      << result.err;
}

TEST(PluginsInfo, JsonOfAnUnloadedPluginIsItsEmbeddedManifest) {
  const NeedsLibCopy copy;
  const auto loaded = run_strata({"plugins", "info", "--format", "json", copy.plugin().string()});
  ASSERT_EQ(loaded.exit_code, 0) << loaded.err;
  fs::remove(copy.library());
  const auto unloaded = run_strata({"plugins", "info", "--format", "json", copy.plugin().string()});
  EXPECT_EQ(unloaded.exit_code, 2);
  EXPECT_EQ(unloaded.out, loaded.out);
  EXPECT_EQ(nlohmann::json::parse(unloaded.out)["provides"], nlohmann::json({"greetings"}));
}

TEST(PluginsInfo, APluginWithoutTheSectionGetsTheLoadErrorAndWhyItCannotBeDescribed) {
  const auto result =
      run_strata({"plugins", "info", "othermajor", "--plugin-path", fixture_plugin_dir().string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("strata_othermajor.so: wrong SDK API version"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("; and the file has no strata_manifest section to describe it from"),
            std::string::npos)
      << result.err;
}

TEST(PluginsInfo, ATruncatedPluginIsAClearErrorNotACrash) {
  const ScratchDir dir;
  const auto whole = read_file(fixture_plugin_dir() / "strata_counter.so");
  // Half of what the loader maps, not half the file: debug information after the segments can
  // make the file more than twice as long.
  Elf64_Ehdr header;
  std::memcpy(&header, whole.data(), sizeof header);
  std::size_t loadable = 0;
  for (std::size_t i = 0; i < header.e_phnum; ++i) {
    Elf64_Phdr segment;
    std::memcpy(&segment, whole.data() + header.e_phoff + i * sizeof segment, sizeof segment);
    if (segment.p_type == PT_LOAD) {
      loadable = std::max<std::size_t>(loadable, segment.p_offset + segment.p_filesz);
    }
  }
  write_file(dir / "strata_counter.so", whole.substr(0, loadable / 2));
  const auto result = run_strata({"plugins", "info", (dir / "strata_counter.so").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("strata_counter.so: cannot load: truncated ELF file: a loadable "
                            "segment of "),
            std::string::npos)
      << result.err;
  EXPECT_NE(
      result.err.find("; and its manifest cannot be read: " + (dir / "strata_counter.so").string() +
                      ": corrupt ELF file: the section header table lies beyond the end"),
      std::string::npos)
      << result.err;
}

// The build step embedded what the loaded plugin says, for every plugin built here.
TEST(PluginsInfo, EmbeddedManifestOfEachBuiltPluginMatchesTheLoadedOne) {
  const ScratchDir dir;
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(STRATA_PLUGIN_DIR)) {
    if (entry.path().extension() != ".so") continue;
    const auto section = dir / "section.json";
    const auto dump = run_command(
        "objcopy --dump-section strata_manifest=" + shell_quoted(section.string()) + " " +
        shell_quoted(entry.path().string()) + " " + shell_quoted((dir / "copy.so").string()));
    ASSERT_EQ(dump.exit_code, 0) << entry.path() << dump.err;
    const auto loaded = run_strata({"plugins", "info", "--format", "json", entry.path().string()});
    ASSERT_EQ(loaded.exit_code, 0) << loaded.err;
    EXPECT_EQ(read_file(section), loaded.out) << entry.path();
    ++checked;
  }
  EXPECT_GE(checked, 5);
}

}  // namespace
}  // namespace strata::testing
