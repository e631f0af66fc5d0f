#include "strata/window.hpp"

#include <gtest/gtest.h>

namespace strata {
namespace {

TEST(WindowStart, IsZeroForAWholeDocument) {
  EXPECT_EQ(window_start(Document("d", "text")), 0);
}

TEST(WindowStart, IsReadFromTheWindowsMetadata) {
  Document window("d", "text");
  window.metadata()["window_start"] = "1048570";
  EXPECT_EQ(window_start(window), 0);  // not a window: no "window"
  window.metadata()["window"] = "2/3";
  EXPECT_EQ(window_start(window), 1048570);
}

TEST(WindowStart, AValueThatIsNotACountIsZero) {
  Document window("d", "text");
  window.metadata()["window"] = "2/3";
  for (const char* bad : {"", "-5", "12x", "x", "99999999999999999999999"}) {
    window.metadata()["window_start"] = bad;
    EXPECT_EQ(window_start(window), 0) << bad;
  }
}

}  // namespace
}  // namespace strata
