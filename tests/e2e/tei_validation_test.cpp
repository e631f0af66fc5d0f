// Every TEI file strata writes for real documents, in each TEI shape, is valid TEI P5 (jing)
// and consistent (our checker: pointers resolve, the body is exactly the primary text).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

// The examples, and the shared sample when ../shared is there, copied into `dir`/in.
std::vector<fs::path> copy_inputs(const ScratchDir& dir) {
  std::vector<fs::path> inputs = {source_dir() / "examples" / "it-vertice-roma.txt",
                                  source_dir() / "examples" / "en-summit-geneva.txt"};
  const fs::path shared = shared_dir();
  if (!shared.empty()) inputs.push_back(shared / "samples" / "it-news-trattato.txt");
  fs::create_directories(dir / "in");
  for (const auto& input : inputs) fs::copy_file(input, dir / "in" / input.filename());
  return inputs;
}

// Annotates the inputs with the default chain in TEI format `format` and checks every file
// with our checker against the canonical text (from the JSON output), then with jing.
void expect_valid_tei(const char* format) {
  ScratchDir dir;
  const std::vector<fs::path> inputs = copy_inputs(dir);
  const auto tei =
      run_strata({"annotate", (dir / "in").string(), "-o", (dir / "tei").string(), "-f", format});
  ASSERT_EQ(tei.exit_code, 0) << tei.err;
  const auto json =
      run_strata({"annotate", (dir / "in").string(), "-o", (dir / "json").string(), "-f", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;

  std::string tei_files;
  for (const auto& input : inputs) {
    const auto stem = input.stem().string();
    const auto tei_file = dir / "tei" / (stem + ".xml");
    // The canonical primary text, as the JSON output gives it.
    const auto text_file = dir / (stem + ".canonical.txt");
    write_file(text_file,
               nlohmann::json::parse(read_file(dir / "json" / (stem + ".json")))["text"]);
    const auto check =
        run_command(shell_quoted(STRATA_TEI_CHECK) + " --text " + shell_quoted(text_file.string()) +
                    " " + shell_quoted(tei_file.string()));
    EXPECT_EQ(check.exit_code, 0) << format << ": " << check.out << check.err;
    tei_files += " " + shell_quoted(tei_file.string());
  }
  const fs::path shared = shared_dir();
  if (shared.empty()) GTEST_SKIP() << "no ../shared: TEI schema unavailable, jing not run";
  if (run_command("command -v jing").exit_code != 0) GTEST_SKIP() << "jing is not installed";
  const auto jing = run_command(
      "jing " + shell_quoted((shared / "schemas" / "tei_all.rng").string()) + tei_files);
  EXPECT_EQ(jing.exit_code, 0) << format << ": " << jing.out << jing.err;
}

TEST(TeiValidation, SamplesAreValidAndConsistent) {
  expect_valid_tei("tei");
}

TEST(TeiValidation, InlineSamplesAreValidAndConsistent) {
  expect_valid_tei("tei-inline");
}

TEST(TeiValidation, InlineRsSamplesAreValidAndConsistent) {
  expect_valid_tei("tei-inline-rs");
}

// The inline shape carries the annotations of the default chain in the body.
TEST(TeiValidation, InlineSamplesHaveTheirAnnotationsInline) {
  ScratchDir dir;
  copy_inputs(dir);
  const auto tei = run_strata(
      {"annotate", (dir / "in").string(), "-o", (dir / "tei").string(), "-f", "tei-inline"});
  ASSERT_EQ(tei.exit_code, 0) << tei.err;
  const std::string xml = read_file(dir / "tei" / "it-vertice-roma.xml");
  EXPECT_NE(xml.find("<persName xml:id=\"entities-"), std::string::npos);
  EXPECT_NE(xml.find(" ana=\"#sentiment-"), std::string::npos);
}

}  // namespace
}  // namespace strata::testing
