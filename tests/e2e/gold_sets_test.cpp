// The Italian Wikinews gold sets, whose text the repository does not hold: restore-wn-dev.py makes
// it from KIND in ../shared, refuses a text that is not the one annotated, and what it writes
// passes the sets' own validators.
#include <gtest/gtest.h>

#include "strata_process.hpp"
#include "wn_dev_gold.hpp"

namespace strata::testing {
namespace {

class GoldSets : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const std::string why = wn_dev_unavailable(); !why.empty()) GTEST_SKIP() << why;
  }
  // Runs a set's validate.py on what restore-wn-dev.py wrote into `restored`.
  static ProcessResult validate(const std::string& gold_set,
                                const std::filesystem::path& restored) {
    return run_data_script(gold_set + "/validate.py", {restored.string()});
  }
  ScratchDir dir_;
};

TEST_F(GoldSets, RestoredTextsAndGoldFilesPassTheirValidators) {
  const auto restore = restore_wn_dev(kind_wn_dev(), dir_ / "wn-dev");
  ASSERT_EQ(restore.exit_code, 0) << restore.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "wn-dev" / "text" / "wn-dev-53.txt"));
  const auto quotations = validate("quotations-it", dir_ / "wn-dev");
  EXPECT_EQ(quotations.exit_code, 0) << quotations.out << quotations.err;
  EXPECT_NE(quotations.out.find("'docs': 53"), std::string::npos) << quotations.out;
  EXPECT_NE(quotations.out.find("errors 0"), std::string::npos) << quotations.out;
  const auto targets = validate("entity-sentiment-it", dir_ / "wn-dev");
  EXPECT_EQ(targets.exit_code, 0) << targets.out << targets.err;
  EXPECT_NE(targets.out.find("OK: 12 documents, 426 targets"), std::string::npos) << targets.out;
}

TEST_F(GoldSets, AnotherTextIsRefusedInOneLine) {
  // One word of the first sentence changed: the first document's text is no longer the one
  // annotated.
  std::string kind = read_file(kind_wn_dev());
  const std::size_t word = kind.find("Ricercatori\t");
  ASSERT_NE(word, std::string::npos);
  kind.replace(word, 11, "Ricercatrici");
  write_file(dir_ / "WN_dev.tsv", kind);
  const auto restore = restore_wn_dev(dir_ / "WN_dev.tsv", dir_ / "wn-dev");
  EXPECT_EQ(restore.exit_code, 1);
  EXPECT_EQ(restore.err,
            "restore-wn-dev: wn-dev-01: the text made from WN_dev.tsv differs from the one "
            "annotated (sha256): another version of KIND or of strata eval\n");
}

TEST_F(GoldSets, AMissingKindFileIsNamedInOneLine) {
  const auto restore = restore_wn_dev(dir_ / "absent.tsv", dir_ / "wn-dev");
  EXPECT_EQ(restore.exit_code, 1);
  EXPECT_EQ(restore.err, "restore-wn-dev: " + (dir_ / "absent.tsv").string() +
                             ": not found (KIND's WN_dev.tsv, in ../shared/data/kind)\n");
}

}  // namespace
}  // namespace strata::testing
