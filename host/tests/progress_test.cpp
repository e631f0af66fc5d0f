#include "progress.hpp"

#include <gtest/gtest.h>

#include <iostream>
#include <sstream>

namespace strata::host {
namespace {

TEST(Progress, LineGivesDocumentsMegabytesSpeedAndTimeLeft) {
  EXPECT_EQ(Progress::line(10, 40, 5'000'000, 20'000'000, 2.0),
            "10/40 documents, 5.0/20.0 MB, 2.50 MB/s, 0m06s left");
}

TEST(Progress, LongRunsCountInHours) {
  EXPECT_EQ(Progress::line(1, 1000, 1'000'000, 10'000'000'000, 1.0),
            "1/1000 documents, 1.0/10000.0 MB, 1.00 MB/s, 2h46m left");
}

TEST(Progress, FinishedRunSaysHowLongItTook) {
  EXPECT_EQ(Progress::line(3, 3, 3'000'000, 3'000'000, 75.0),
            "3/3 documents, 3.0/3.0 MB, 0.04 MB/s, done in 1m15s");
}

// What standard error shows while `run` draws the line, and when the Progress goes.
template <typename Run>
std::string drawn(Run run) {
  std::ostringstream captured;
  std::streambuf* const original = std::cerr.rdbuf(captured.rdbuf());
  run();
  std::cerr.rdbuf(original);
  return captured.str();
}

// A document in windows moves the line a window at a time, and its bytes are counted once.
TEST(Progress, PartsMoveTheLineAndCountOnce) {
  const std::string shown = drawn([] {
    Progress progress(1, 3'000'000);
    progress.part_done(1'000'000);
    progress.part_done(1'000'000);  // within the redraw interval: drawn later
    progress.document_done(3'000'000);
  });
  EXPECT_NE(shown.find("\r0/1 documents, 1.0/3.0 MB"), std::string::npos) << shown;
  EXPECT_NE(shown.find("\r1/1 documents, 3.0/3.0 MB"), std::string::npos) << shown;
  EXPECT_EQ(shown.find("5.0/3.0 MB"), std::string::npos) << shown;
}

TEST(Progress, NoTimeLeftBeforeAnySpeedIsKnown) {
  EXPECT_EQ(Progress::line(0, 3, 0, 3'000'000, 0.0), "0/3 documents, 0.0/3.0 MB, 0.00 MB/s");
}

}  // namespace
}  // namespace strata::host
