// The plugin conformance kit for GoogleTest: one line in a plugin's tests runs the checks every
// plugin must pass (docs/writing-a-plugin.md, "Testing your plugin").
//
//   #include <strata/testing.hpp>
//   STRATA_TEST_PLUGIN_CONFORMANCE(Keywords, "/path/to/strata_keywords.so")
//
// The checks themselves live in the strata program (`strata plugins check`), so that the kit and
// the command can never disagree: the kit runs it on the plugin and turns each FAIL line into a
// GoogleTest failure that names the check, the text and what was wrong. Header-only; it needs
// GoogleTest and a POSIX shell, nothing else. Include it in test programs only.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace strata::testing {

// What `strata plugins check` said about a plugin.
struct ConformanceReport {
  int exit_code = -1;  // 0 all passed, 1 a check failed, 2 not loadable; -1 did not finish
  std::vector<std::string> failures;  // the FAIL lines, each naming check, text and problem
  std::vector<std::string> passes;    // the PASS lines
  std::string output;                 // everything it printed, standard error included
};

namespace kit_detail {

inline std::string quoted(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace kit_detail

// The strata program the kit runs: $STRATA_PROGRAM if set, else the STRATA_PROGRAM macro if the
// test was compiled with one, else `strata` from PATH.
inline std::string strata_program() {
  if (const char* program = std::getenv("STRATA_PROGRAM"); program && *program) return program;
#ifdef STRATA_PROGRAM
  return STRATA_PROGRAM;
#else
  return "strata";
#endif
}

// Runs `strata plugins check PLUGIN` (a name, or the path of a built .so) with extra plugin
// folders, where the plugins that make its required layers are looked for besides its own.
inline ConformanceReport check_plugin(const std::string& plugin,
                                      const std::vector<std::string>& plugin_paths = {}) {
  std::string command =
      kit_detail::quoted(strata_program()) + " plugins check " + kit_detail::quoted(plugin);
  for (const auto& path : plugin_paths) command += " --plugin-path " + kit_detail::quoted(path);
  ConformanceReport report;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) {
    report.output = "cannot run " + command;
    return report;
  }
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
    report.output.append(buffer, n);
  }
  const int status = pclose(pipe);
  if (status != -1 && WIFEXITED(status)) report.exit_code = WEXITSTATUS(status);
  std::istringstream lines(report.output);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("FAIL  ", 0) == 0) report.failures.push_back(line);
    if (line.rfind("PASS  ", 0) == 0) report.passes.push_back(line);
  }
  return report;
}

// Adds one GoogleTest failure, at `file`:`line`, per failed check, or one saying why the checks
// could not run. Use it through STRATA_EXPECT_PLUGIN_CONFORMS.
inline void expect_plugin_conforms(const char* file, int line, const std::string& plugin,
                                   const std::vector<std::string>& plugin_paths = {}) {
  const ConformanceReport report = check_plugin(plugin, plugin_paths);
  for (const auto& failure : report.failures) ADD_FAILURE_AT(file, line) << failure;
  // Failures without a FAIL line, or success without a PASS line: strata did not check at all
  // (not found, plugin not loadable, crashed); show everything it said.
  const bool explained = report.exit_code == 1 && !report.failures.empty();
  const bool passed = report.exit_code == 0 && !report.passes.empty();
  if (!explained && !passed) {
    ADD_FAILURE_AT(file, line) << "strata plugins check " << plugin << " (run as "
                               << strata_program() << ") exited with " << report.exit_code << ":\n"
                               << report.output;
  }
}

}  // namespace strata::testing

// Expects the plugin (name or path of a built .so; optionally a std::vector of extra plugin
// folders) to pass every conformance check; each failed check is one failure naming it.
#define STRATA_EXPECT_PLUGIN_CONFORMS(...) \
  ::strata::testing::expect_plugin_conforms(__FILE__, __LINE__, __VA_ARGS__)

// A whole test: TEST(PluginConformance, TestName) expecting `plugin` to conform.
#define STRATA_TEST_PLUGIN_CONFORMANCE(TestName, ...) \
  TEST(PluginConformance, TestName) {                 \
    STRATA_EXPECT_PLUGIN_CONFORMS(__VA_ARGS__);       \
  }
