#include "plugin_scaffold.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "setup_error.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

const ProjectFile& file_named(const std::vector<ProjectFile>& files, const std::string& path) {
  for (const auto& file : files) {
    if (file.path == path) return file;
  }
  throw std::runtime_error("no file " + path);
}

TEST(PluginScaffold, ClassNamesAreIdentifiersFromEveryPart) {
  EXPECT_EQ(class_name("money"), "Money");
  EXPECT_EQ(class_name("my-tagger_2"), "MyTagger2");
  EXPECT_EQ(class_name("a--b__c"), "ABC");
  EXPECT_EQ(class_name("x9"), "X9");
}

TEST(PluginScaffold, SpecDefaultsToItsNameAndAlwaysRequiresTokens) {
  const PluginSpec plain = plugin_spec("money", "", "");
  EXPECT_EQ(plain.provided_layer, "money");
  EXPECT_EQ(plain.required_layers, std::vector<std::string>{"tokens"});
  const PluginSpec chained = plugin_spec("money", "amounts", "entities,tokens,sentences");
  EXPECT_EQ(chained.provided_layer, "amounts");
  EXPECT_EQ(chained.required_layers, (std::vector<std::string>{"tokens", "entities", "sentences"}));
}

TEST(PluginScaffold, RefusesBadNamesAndLayers) {
  for (const char* name : {"", "Money", "9lives", "my plugin", "a.b", "-x", "ok/../x"}) {
    EXPECT_THROW(plugin_spec(name, "", ""), SetupError) << name;
  }
  EXPECT_THROW(plugin_spec(std::string(65, 'a'), "", ""), SetupError);
  EXPECT_THROW(plugin_spec("money", "Money", ""), SetupError);
  EXPECT_THROW(plugin_spec("money", "", "tokens,,entities"), SetupError);
  EXPECT_THROW(plugin_spec("money", "", "tokens,"), SetupError);
  EXPECT_THROW(plugin_spec("money", "", ","), SetupError);
  EXPECT_THROW(plugin_spec("money", "", "bad layer"), SetupError);
  EXPECT_THROW(plugin_spec("money", "tokens", ""), SetupError);
  EXPECT_THROW(plugin_spec("money", "entities", "entities"), SetupError);
}

TEST(PluginScaffold, FilesCarryTheNamesAndNoPlaceholder) {
  const auto files = scaffold_files(plugin_spec("my-tagger", "tags", "entities"));
  std::vector<std::string> paths;
  for (const auto& file : files) {
    paths.push_back(file.path.string());
    EXPECT_EQ(file.content.find("@NAME@"), std::string::npos) << file.path;
    EXPECT_EQ(file.content.find("@CLASS@"), std::string::npos) << file.path;
    EXPECT_EQ(file.content.find("@LAYER@"), std::string::npos) << file.path;
    EXPECT_EQ(file.content.find("@REQUIRED"), std::string::npos) << file.path;
  }
  EXPECT_EQ(paths,
            (std::vector<std::string>{"CMakeLists.txt", "src/my-tagger.cpp", "resources/words.txt",
                                      "tests/conformance_test.cpp", "README.md", ".gitignore"}));
  const std::string& source = file_named(files, "src/my-tagger.cpp").content;
  EXPECT_NE(source.find("class MyTagger final"), std::string::npos);
  EXPECT_NE(source.find("kName = \"my-tagger\""), std::string::npos);
  EXPECT_NE(source.find("m.required_layers = {\"tokens\", \"entities\"};"), std::string::npos);
  EXPECT_NE(source.find("document.add_layer(\"tags\")"), std::string::npos);
  EXPECT_NE(source.find("STRATA_PLUGIN(MyTagger)"), std::string::npos);
  const std::string& cmake = file_named(files, "CMakeLists.txt").content;
  EXPECT_NE(cmake.find("strata_add_plugin(my-tagger SOURCES src/my-tagger.cpp\n"),
            std::string::npos);
  EXPECT_NE(cmake.find("$<TARGET_FILE:strata_my-tagger>"), std::string::npos);
  EXPECT_NE(file_named(files, "tests/conformance_test.cpp")
                .content.find("STRATA_TEST_PLUGIN_CONFORMANCE(MyTagger, STRATA_PLUGIN_FILE)"),
            std::string::npos);
}

// A folder of its own below the temporary directory, removed at the end.
class ScratchFolder {
 public:
  ScratchFolder()
      : path_(fs::temp_directory_path() / ("strata-scaffold-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchFolder() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(PluginScaffold, WritesIntoANewOrEmptyFolderOnly) {
  ScratchFolder scratch;
  const auto files = scaffold_files(plugin_spec("demo", "", ""));
  write_project(scratch.path() / "new" / "demo", files);
  EXPECT_TRUE(fs::is_regular_file(scratch.path() / "new" / "demo" / "src" / "demo.cpp"));
  fs::create_directories(scratch.path() / "empty");
  write_project(scratch.path() / "empty", files);
  EXPECT_TRUE(fs::is_regular_file(scratch.path() / "empty" / "CMakeLists.txt"));

  // A second run, a file, a folder with anything in it: refused, and left as it was.
  EXPECT_THROW(write_project(scratch.path() / "empty", files), SetupError);
  std::ofstream(scratch.path() / "file") << "mine";
  EXPECT_THROW(write_project(scratch.path() / "file", files), SetupError);
  fs::create_directories(scratch.path() / "used");
  std::ofstream(scratch.path() / "used" / "notes.txt") << "mine";
  EXPECT_THROW(write_project(scratch.path() / "used", files), SetupError);
  EXPECT_EQ(std::distance(fs::directory_iterator(scratch.path() / "used"), {}), 1);
}

}  // namespace
}  // namespace strata::host
