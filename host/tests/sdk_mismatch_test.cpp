#include "sdk_mismatch.hpp"

#include <gtest/gtest.h>

#include "strata/version.hpp"

namespace strata::host {
namespace {

const std::string kHost = std::to_string(STRATA_API_MAJOR) + "." + std::to_string(STRATA_API_MINOR);

TEST(LinkedSdkRefusal, OnlyAnotherMajorsLibrary) {
  const std::string ours = "libstrata_sdk.so." + std::to_string(STRATA_API_MAJOR);
  EXPECT_EQ(linked_sdk_refusal({ours, "libstdc++.so.6", "libc.so.6"}), std::nullopt);
  EXPECT_EQ(linked_sdk_refusal({}), std::nullopt);
  const std::string other = "libstrata_sdk.so." + std::to_string(STRATA_API_MAJOR + 1);
  EXPECT_EQ(linked_sdk_refusal({"libc.so.6", other}),
            "wrong SDK API version: the plugin was built for SDK API " +
                std::to_string(STRATA_API_MAJOR + 1) + ".x (it links " + other +
                "), this strata supports " + std::to_string(STRATA_API_MAJOR) +
                ".x; rebuild the plugin against SDK " + kHost);
}

TEST(ExplainedLoadError, AMissingSdkSymbolMeansANewerSdk) {
  const std::string loader = "/p/strata_x.so: undefined symbol: _ZN6strata10new_in_1_6Ev";
  EXPECT_EQ(explained_load_error(loader),
            "the plugin was built against a newer SDK than this strata's (SDK API " + kHost +
                "): it uses strata::new_in_1_6(), which this SDK does not have; update strata, "
                "or rebuild the plugin against SDK " +
                kHost + " (" + loader + ")");
  // Const members, vtables and type_info are the SDK's too.
  for (const char* symbol : {"_ZNK6strata5Layer4sizeEv", "_ZTVN6strata9AnnotatorE"}) {
    const std::string message = std::string("x.so: undefined symbol: ") + symbol;
    EXPECT_TRUE(explained_load_error(message).starts_with("the plugin was built against a newer"))
        << symbol;
  }
}

TEST(ExplainedLoadError, OtherFailuresKeepTheLoadersWords) {
  for (const char* loader :
       {"x.so: undefined symbol: _ZN3fmt2v96formatEv", "x.so: undefined symbol: zlibVersion",
        "libfoo.so.1: cannot open shared object file: No such file"}) {
    EXPECT_EQ(explained_load_error(loader), loader);
  }
}

}  // namespace
}  // namespace strata::host
