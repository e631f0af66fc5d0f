#include "strata/resources.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "strata/error.hpp"

namespace strata {
namespace {

// A resource folder of one file, removed again.
class ResourceLines : public ::testing::Test {
 protected:
  void SetUp() override {
    context_.resource_dir = std::filesystem::temp_directory_path() /
                            ("strata-resources-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(context_.resource_dir);
  }
  void TearDown() override { std::filesystem::remove_all(context_.resource_dir); }

  std::vector<std::string> lines_of(const std::string& content) {
    std::ofstream(context_.resource_dir / "list.txt", std::ios::binary) << content;
    return read_resource_lines(context_, "list.txt");
  }

  PluginContext context_;
};

TEST_F(ResourceLines, TrimmedWithoutBlanksAndComments) {
  EXPECT_EQ(lines_of("# a list\n  euro EUR \r\n\n\t$ USD\n#\n"),
            (std::vector<std::string>{"euro EUR", "$ USD"}));
}

// An editor's byte-order mark hid the first comment or entry; a decomposed "città" never
// matched the composed one of every document.
TEST_F(ResourceLines, CanonicalAsDocumentsAre) {
  EXPECT_EQ(lines_of("\xEF\xBB\xBF# currencies\neuro EUR\n"), std::vector<std::string>{"euro EUR"});
  EXPECT_EQ(lines_of("\xEF\xBB\xBF"
                     "citta\xCC\x80\n"),
            std::vector<std::string>{"citt\xC3\xA0"});
}

TEST_F(ResourceLines, InvalidUtf8NamesTheFileAndLine) {
  try {
    lines_of("ok\nbad \xFF\n");
    FAIL() << "no error";
  } catch (const Error& e) {
    const std::string expected =
        (context_.resource_dir / "list.txt").string() + ":2: invalid UTF-8";
    EXPECT_EQ(std::string(e.what()).find(expected), 0u) << e.what();
  }
}

}  // namespace
}  // namespace strata
