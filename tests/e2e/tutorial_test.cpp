// docs/writing-a-plugin.md, run: every shell block of the tutorial, in order, in a fresh home
// folder against the SDK its first block installs, with the files it shows written where it
// says. The files it has the reader write must be exactly examples/money-plugin/, and the TEI
// it ends with must hold the money layer and be valid TEI P5 (jing).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

// What a tutorial asks to be run and compared, read from its markers: `<!-- test -->` before a
// sh block runs it; `<!-- file: PATH -->` before a block writes it to PATH, relative to where
// the commands are then; `<!-- from: PATH -->` before a block says it is the repository's PATH;
// `<!-- output: ~/PATH -->` before a block says each of its lines but "..." is a line of that
// file of the home folder once the commands ran.
struct Tutorial {
  std::string script;                                        // a bash script of every step in order
  std::vector<std::pair<std::string, std::string>> copies;   // repository path, block shown
  std::vector<std::pair<std::string, std::string>> outputs;  // path below home, block shown
  std::vector<std::string> problems;  // markers without a block, sh blocks without a marker
};

// A fenced block's opening line: its backticks and the language after them.
bool is_fence(const std::string& line, std::size_t& ticks, std::string& language) {
  ticks = line.find_first_not_of('`');
  if (line.rfind("```", 0) != 0) return false;
  if (ticks == std::string::npos) ticks = line.size();
  language = line.substr(ticks);
  return true;
}

Tutorial read_tutorial(const std::string& markdown) {
  static const std::regex marker(R"(<!-- (test|file: (.+)|from: (.+)|output: ~/(.+)) -->)");
  Tutorial tutorial;
  std::istringstream in(markdown);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::smatch pending;
  bool marked = false;
  std::size_t marker_line = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t ticks = 0;
    std::string language;
    if (std::smatch match; std::regex_match(lines[i], match, marker)) {
      if (marked) {
        tutorial.problems.push_back("line " + std::to_string(marker_line + 1) +
                                    ": marker followed by another marker");
      }
      pending = match;
      marked = true;
      marker_line = i;
      continue;
    }
    if (!is_fence(lines[i], ticks, language)) {
      if (marked && !lines[i].empty()) {
        tutorial.problems.push_back("line " + std::to_string(marker_line + 1) +
                                    ": marker without a code block after it");
        marked = false;
      }
      continue;
    }
    const std::size_t open = i;
    std::string content;
    const std::string closing(ticks, '`');
    for (++i; i < lines.size() && lines[i] != closing; ++i) content += lines[i] + "\n";
    if (!marked) {
      if (language == "sh") {
        tutorial.problems.push_back("line " + std::to_string(open + 1) +
                                    ": sh block not marked <!-- test -->");
      }
      continue;
    }
    marked = false;
    if (pending[1] == "test") {
      if (language != "sh") {
        tutorial.problems.push_back("line " + std::to_string(open + 1) +
                                    ": <!-- test --> before a block that is not sh");
      }
      tutorial.script += content;
    } else if (pending[2].matched) {
      tutorial.script += "cat > " + shell_quoted(pending[2]) + " <<'STRATA_TUTORIAL_EOF'\n" +
                         content + "STRATA_TUTORIAL_EOF\n";
    } else if (pending[3].matched) {
      tutorial.copies.emplace_back(pending[3], content);
    } else {
      tutorial.outputs.emplace_back(pending[4], content);
    }
  }
  if (marked) {
    tutorial.problems.push_back("line " + std::to_string(marker_line + 1) +
                                ": marker at the end, without a code block");
  }
  return tutorial;
}

// The lines of `text` without the spaces around them.
std::vector<std::string> trimmed_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const std::size_t first = line.find_first_not_of(' ');
    lines.push_back(first == std::string::npos ? "" : line.substr(first));
  }
  return lines;
}

// Every file below `root` but those in build/, by path relative to it.
std::map<std::string, std::string> project_files(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
       ++it) {
    if (it->is_directory() && it->path().filename() == "build") {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) {
      files[fs::relative(it->path(), root).string()] = read_file(it->path());
    }
  }
  return files;
}

// One failure per file made but not in the example, missing, or different, naming the file.
void expect_same_files(const std::map<std::string, std::string>& made,
                       const std::map<std::string, std::string>& example) {
  for (const auto& [path, content] : example) {
    const auto file = made.find(path);
    if (file == made.end()) {
      ADD_FAILURE() << path << " is in examples/money-plugin, but the tutorial does not make it";
    } else {
      EXPECT_TRUE(file->second == content) << path << " differs from examples/money-plugin";
    }
  }
  for (const auto& [path, content] : made) {
    if (!example.contains(path)) ADD_FAILURE() << "examples/money-plugin lacks " << path;
  }
}

TEST(Tutorial, MarkersAreReadAndMisuseReported) {
  const Tutorial good = read_tutorial(
      "<!-- test -->\n```sh\necho hi\n```\n<!-- file: a b.txt -->\n````text\nx\n```\n````\n"
      "<!-- from: README.md -->\n```md\nsame\n```\n```cpp\nnot run\n```\n"
      "<!-- output: ~/out.xml -->\n```xml\n<a/>\n```\n");
  EXPECT_TRUE(good.problems.empty());
  EXPECT_EQ(good.script,
            "echo hi\ncat > 'a b.txt' <<'STRATA_TUTORIAL_EOF'\nx\n```\n"
            "STRATA_TUTORIAL_EOF\n");
  ASSERT_EQ(good.copies.size(), 1u);
  EXPECT_EQ(good.copies[0], (std::pair<std::string, std::string>{"README.md", "same\n"}));
  ASSERT_EQ(good.outputs.size(), 1u);
  EXPECT_EQ(good.outputs[0], (std::pair<std::string, std::string>{"out.xml", "<a/>\n"}));

  EXPECT_EQ(read_tutorial("```sh\nrm -rf x\n```\n").problems.size(), 1u);
  EXPECT_EQ(read_tutorial("<!-- test -->\nsome prose\n```sh\nls\n```\n").problems.size(), 2u);
  EXPECT_EQ(read_tutorial("<!-- test -->\n```cpp\nint x;\n```\n").problems.size(), 1u);
  EXPECT_EQ(read_tutorial("text\n<!-- test -->\n").problems.size(), 1u);
}

TEST(Tutorial, EveryCommandRunsAndEndsInValidTeiWithTheMoneyLayer) {
  const fs::path shared = shared_dir();
  if (shared.empty()) GTEST_SKIP() << "no ../shared: TEI schema unavailable, jing not run";
  if (run_command("command -v jing").exit_code != 0) GTEST_SKIP() << "jing is not installed";
  const Tutorial tutorial = read_tutorial(read_file(source_dir() / "docs" / "writing-a-plugin.md"));
  ASSERT_TRUE(tutorial.problems.empty()) << ::testing::PrintToString(tutorial.problems);
  for (const auto& [path, shown] : tutorial.copies) {
    EXPECT_EQ(shown, read_file(source_dir() / path)) << path;
  }

  // The first block runs in a checkout: a folder whose build/ is this build.
  ScratchDir dir;
  fs::create_directories(dir / "checkout");
  fs::create_directories(dir / "home");
  fs::create_directory_symlink(STRATA_BUILD_DIR, dir / "checkout" / "build");
  write_file(dir / "tutorial.sh", "set -eux\n" + tutorial.script);
  const auto run = run_command(
      "cd " + shell_quoted((dir / "checkout").string()) +
      " && env -u STRATA_PLUGIN_PATH HOME=" + shell_quoted((dir / "home").string()) +
      " TEI_ALL=" + shell_quoted((shared / "schemas" / "tei_all.rng").string()) +
      " CXXFLAGS='-Wall -Wextra -Werror' bash " + shell_quoted((dir / "tutorial.sh").string()));
  ASSERT_EQ(run.exit_code, 0) << run.out << run.err;

  // What the reader wrote and what new-plugin wrote for them is the finished example.
  const fs::path plugins = dir / "home" / "plugins";
  expect_same_files(project_files(plugins / "money"),
                    project_files(source_dir() / "examples" / "money-plugin"));

  // What the tutorial shows of its outputs is there.
  for (const auto& [path, shown] : tutorial.outputs) {
    const std::vector<std::string> lines = trimmed_lines(read_file(dir / "home" / path));
    for (const std::string& line : trimmed_lines(shown)) {
      if (line == "...") continue;
      EXPECT_NE(std::find(lines.begin(), lines.end(), line), lines.end()) << path << ": " << line;
    }
  }

  // One span per amount of the sample, each with its value in full.
  const std::string tei = read_file(plugins / "sample.xml");
  const std::size_t group = tei.find("<spanGrp type=\"money\"");
  ASSERT_NE(group, std::string::npos) << tei;
  const std::string spans = tei.substr(group, tei.find("</spanGrp>", group) - group);
  std::vector<std::string> values;
  static const std::regex value(R"(<f name="value"><string>([^<]*)</string>)");
  for (std::sregex_iterator it(spans.begin(), spans.end(), value), end; it != end; ++it) {
    values.push_back((*it)[1]);
  }
  EXPECT_EQ(values, (std::vector<std::string>{"200000 EUR", "1500000 EUR", "5000000 USD",
                                              "5000000 USD", "300 USD"}));
}

}  // namespace
}  // namespace strata::testing
