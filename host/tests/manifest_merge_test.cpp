#include "manifest_merge.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

ManifestEntry entry(const std::string& document, const std::string& status,
                    const std::string& chain = "c1") {
  return {document, "", status, status == "ok" ? "" : "broken", 0, chain, ""};
}

TEST(ManifestMerge, LaterEntriesOfADocumentReplaceEarlierOnes) {
  const MergedRun run =
      merge_manifests({{entry("a", "failed"), entry("b", "ok")}, {entry("a", "ok")}}, {});
  ASSERT_EQ(run.latest.size(), 2u);
  EXPECT_EQ(run.latest[0].document, "a");
  EXPECT_EQ(run.latest[0].status, "ok");
  EXPECT_EQ(run.ok, 2u);
  EXPECT_EQ(run.failed, 0u);
  EXPECT_TRUE(run.missing.empty());
}

TEST(ManifestMerge, ExpectedDocumentsNoManifestNamesAreMissing) {
  const MergedRun run =
      merge_manifests({{entry("b", "ok")}, {entry("d", "failed")}}, {"a", "b", "c", "d"});
  EXPECT_EQ(run.missing, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(run.ok, 1u);
  EXPECT_EQ(run.failed, 1u);
}

TEST(ManifestMerge, DistinctChainsAreListed) {
  const MergedRun run = merge_manifests({{entry("a", "ok", "c1")}, {entry("b", "ok", "c2")}}, {});
  EXPECT_EQ(run.chains, (std::vector<std::string>{"c1", "c2"}));
}

}  // namespace
}  // namespace strata::host
