#include "chain_hash.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

formats::RunInfo chain() {
  return {"0.1.0", "2026-11-29T12:00:00Z", {{"tokens", "1.0", "", {{"split", "yes"}}}}};
}

TEST(ChainHash, SameChainSameHashWhateverTheDate) {
  formats::RunInfo later = chain();
  later.timestamp = "2027-01-01T00:00:00Z";
  EXPECT_EQ(chain_hash(chain(), "tei", "auto"), chain_hash(later, "tei", "auto"));
  EXPECT_EQ(chain_hash(chain(), "tei", "auto").size(), 16u);
}

TEST(ChainHash, AnyChangeToWhatMakesTheOutputChangesIt) {
  const std::string base = chain_hash(chain(), "tei", "auto");
  EXPECT_NE(base, chain_hash(chain(), "json", "auto"));
  EXPECT_NE(base, chain_hash(chain(), "tei", "it"));
  formats::RunInfo other = chain();
  other.plugins[0].options[0].second = "no";
  EXPECT_NE(base, chain_hash(other, "tei", "auto"));
  other = chain();
  other.plugins[0].version = "1.1";
  EXPECT_NE(base, chain_hash(other, "tei", "auto"));
  other = chain();
  other.program_version = "0.2.0";
  EXPECT_NE(base, chain_hash(other, "tei", "auto"));
  other = chain();
  other.plugins.push_back({"entities", "1.0", "", {}});
  EXPECT_NE(base, chain_hash(other, "tei", "auto"));
}

TEST(ChainHash, FieldsDoNotRunTogether) {
  formats::RunInfo ab = chain();
  ab.plugins[0].options = {{"ab", "c"}};
  formats::RunInfo a = chain();
  a.plugins[0].options = {{"a", "bc"}};
  EXPECT_NE(chain_hash(ab, "tei", "auto"), chain_hash(a, "tei", "auto"));
}

}  // namespace
}  // namespace strata::host
