// strata annotate -f vrt on real documents: every file it writes keeps CWB's rules (our checker
// stands in for cwb-encode, which Debian does not package).
#include <gtest/gtest.h>

#include "strata/formats/vrt_check.hpp"
#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

TEST(VrtExport, SamplesWithTheDefaultChainPassTheChecker) {
  ScratchDir dir;
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(source_dir() / "examples")) {
    if (entry.path().extension() == ".txt") inputs.push_back(entry.path());
  }
  // ../shared is beside the source tree only in the project's own checkout.
  const fs::path shared = shared_dir();
  if (!shared.empty()) inputs.push_back(shared / "samples" / "it-news-trattato.txt");
  fs::create_directories(dir / "in");
  for (const auto& input : inputs) fs::copy_file(input, dir / "in" / input.filename());

  const auto run =
      run_strata({"annotate", (dir / "in").string(), "-o", (dir / "vrt").string(), "-f", "vrt"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const auto& input : inputs) {
    const auto vrt = read_file(dir / "vrt" / (input.stem().string() + ".vrt"));
    EXPECT_TRUE(vrt.starts_with("<text id=\"")) << input;
    EXPECT_NE(vrt.find("\n<s>\n"), std::string::npos) << input;
    EXPECT_NE(vrt.find("\n<entities type=\""), std::string::npos) << input;
    const auto problems = formats::check_vrt(vrt);
    EXPECT_TRUE(problems.empty()) << input << ": " << problems.front();
  }
  if (shared.empty()) GTEST_SKIP() << "no ../shared: only the examples were exported";
}

TEST(VrtExport, ADocumentWithoutTokensIsRefusedWithAClearError) {
  ScratchDir dir;
  write_file(dir / "a.txt", "Una frase.\n");
  const auto run = run_strata({"annotate", (dir / "a.txt").string(), "-f", "vrt", "-p", "thrower",
                               "--plugin-path", fixture_plugin_dir().string()});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("-f vrt needs the tokens layer"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace strata::testing
