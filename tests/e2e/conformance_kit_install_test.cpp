// docs/writing-a-plugin.md, "Testing your plugin", tested: a plugin built outside this tree
// against the installed SDK checks itself with the one-line kit test, run by its own ctest.
#include <gtest/gtest.h>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

constexpr const char* kProject = R"(cmake_minimum_required(VERSION 3.20)
project(keywords_plugin CXX)
find_package(Strata 0.1 REQUIRED)
find_package(GTest REQUIRED)
strata_add_plugin(keywords SOURCES ${EXAMPLE}/keywords.cpp RESOURCES ${EXAMPLE}/resources)
enable_testing()
add_executable(keywords_tests conformance_test.cpp)
target_link_libraries(keywords_tests PRIVATE Strata::sdk GTest::gtest_main)
target_compile_definitions(keywords_tests PRIVATE
  STRATA_PLUGIN_FILE="$<TARGET_FILE:strata_keywords>")
include(GoogleTest)
gtest_discover_tests(keywords_tests)
)";

constexpr const char* kTest = R"(#include <strata/testing.hpp>

STRATA_TEST_PLUGIN_CONFORMANCE(Keywords, STRATA_PLUGIN_FILE)
)";

TEST(ConformanceKitInstalled, OneLineTestChecksAnOutOfTreePlugin) {
  ScratchDir dir;
  const auto prefix = (dir / "prefix").string();
  const auto build = (dir / "build").string();
  write_file(dir / "project" / "CMakeLists.txt", kProject);
  write_file(dir / "project" / "conformance_test.cpp", kTest);
  const auto install = run_command("cmake --install " + shell_quoted(STRATA_BUILD_DIR) +
                                   " --prefix " + shell_quoted(prefix));
  ASSERT_EQ(install.exit_code, 0) << install.out << install.err;
  const auto configure = run_command(
      "cmake -S " + shell_quoted((dir / "project").string()) + " -B " + shell_quoted(build) +
      " -DCMAKE_PREFIX_PATH=" + shell_quoted(prefix) +
      " -DEXAMPLE=" + shell_quoted((source_dir() / "examples" / "keywords-plugin").string()));
  ASSERT_EQ(configure.exit_code, 0) << configure.out << configure.err;
  const auto compile = run_command("cmake --build " + shell_quoted(build));
  ASSERT_EQ(compile.exit_code, 0) << compile.out << compile.err;

  // The installed strata from PATH, as the author's shell would have it.
  const auto test =
      run_command("cd " + shell_quoted(build) + " && env -u STRATA_PLUGIN_PATH PATH=" +
                  shell_quoted(prefix + "/bin") + ":\"$PATH\" ctest --output-on-failure");
  EXPECT_EQ(test.exit_code, 0) << test.out << test.err;
  EXPECT_NE(test.out.find("PluginConformance.Keywords"), std::string::npos) << test.out;
  EXPECT_NE(test.out.find("100% tests passed"), std::string::npos) << test.out;
}

}  // namespace
}  // namespace strata::testing
