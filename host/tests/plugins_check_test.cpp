#include "plugins_check.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "commands.hpp"
#include "setup_error.hpp"

namespace strata::host {
namespace {

using Verdict = CheckResult::Verdict;

TEST(ResultLine, ShowsVerdictCheckTextAndDetail) {
  EXPECT_EQ(result_line({"inside-text", Verdict::fail, "emoji", "layer 'x': annotation [0, 9)"}),
            "FAIL  inside-text  [emoji]  layer 'x': annotation [0, 9)");
  EXPECT_EQ(result_line({"manifest", Verdict::pass, "", ""}), "PASS  manifest");
  EXPECT_EQ(result_line({"threads", Verdict::skip, "", "not run"}), "SKIP  threads  not run");
}

TEST(CheckPlugin, UnknownPluginIsASetupError) {
  std::ostringstream out;
  EXPECT_THROW(check_plugin("nosuch", {}, out), SetupError);
  EXPECT_THROW(check_plugin("/nonexistent/strata_nosuch.so", {}, out), SetupError);
}

}  // namespace
}  // namespace strata::host
