// strata annotate --timings: the CPU time of reading, each plugin and writing, on standard error.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

// The one line of standard error that is a JSON object.
nlohmann::json json_line(const std::string& err) {
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("{")) return nlohmann::json::parse(line);
  }
  ADD_FAILURE() << "no JSON line in: " << err;
  return {};
}

TEST(Timings, EveryPhaseOfTheChainIsTimedAndTheTextCounted) {
  ScratchDir dir;
  const std::string italian = "Il presidente Mario Draghi è arrivato a Roma ieri sera.\n";
  const std::string english = "Dr. Smith said the summit in Geneva went well.\n";
  write_file(dir / "in" / "a.txt", italian);
  write_file(dir / "in" / "b.txt", english);
  write_file(dir / "in" / "bad.txt", std::string("\xff\xfe binary\n"));
  const auto run =
      run_strata({"annotate", (dir / "in").string(), "-o", (dir / "out").string(), "-p",
                  "tokens,sentiment", "-f", "json", "-j", "2", "-q", "--timings=json"});
  EXPECT_EQ(run.exit_code, 1) << run.err;  // bad.txt is not UTF-8
  const auto timings = json_line(run.err);
  EXPECT_EQ(timings["documents"], 3);
  EXPECT_EQ(timings["text_bytes"], italian.size() + english.size());
  EXPECT_EQ(timings["workers"], 2);
  std::vector<std::string> names;
  double in_phases = 0;
  for (const auto& phase : timings["phases"]) {
    names.push_back(phase["name"]);
    EXPECT_GE(phase["seconds"].get<double>(), 0);
    in_phases += phase["seconds"].get<double>();
  }
  EXPECT_EQ(names, (std::vector<std::string>{"reading", "tokens", "sentiment", "writing"}));
  EXPECT_GT(timings["phases"][2]["seconds"].get<double>(), 0);  // sentiment ran
  EXPECT_GT(timings["process_seconds"].get<double>(), in_phases);
  EXPECT_TRUE(fs::exists(dir / "out" / "a.json"));
}

TEST(Timings, TheTableComesEvenWithQuiet) {
  ScratchDir dir;
  write_file(dir / "a.txt", "Una frase.\n");
  const auto run = run_strata({"annotate", (dir / "a.txt").string(), "-o", (dir / "a.xml").string(),
                               "-p", "tokens", "-q", "--timings"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("CPU time by phase: 1 document(s)"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("\n  tokens "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("\n  all "), std::string::npos) << run.err;
}

TEST(Timings, AnUnknownStyleOrIsolateIsRefused) {
  ScratchDir dir;
  write_file(dir / "a.txt", "Una frase.\n");
  const auto style = run_strata({"annotate", (dir / "a.txt").string(), "--timings=xml"});
  EXPECT_EQ(style.exit_code, 2);
  EXPECT_NE(style.err.find("--timings is table or json, not 'xml'"), std::string::npos)
      << style.err;
  const auto isolated = run_strata({"annotate", (dir / "a.txt").string(), "-o",
                                    (dir / "out").string(), "--timings", "--isolate"});
  EXPECT_EQ(isolated.exit_code, 2);
  EXPECT_NE(isolated.err.find("not with --isolate"), std::string::npos) << isolated.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

}  // namespace
}  // namespace strata::testing
