// The temporary file output waits in.
#include "strata/formats/spill_file.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "strata/error.hpp"

namespace strata::formats {
namespace {

TEST(SpillFile, GivesBackAllThatWasWritten) {
  SpillFile spill;
  const std::string text(200'000, 'x');  // more than one chunk of the copy
  spill.stream() << text << "end";
  std::ostringstream out;
  spill.copy_to(out);
  EXPECT_EQ(out.str(), text + "end");
}

TEST(SpillFile, GivesBackAPartByWhereItWasWritten) {
  SpillFile spill;
  spill.stream() << "first;";
  const std::streamoff second = spill.stream().tellp();
  spill.stream() << "second;third";
  std::ostringstream out;
  spill.copy_to(out, second, 7);
  spill.copy_to(out, 0, 6);
  EXPECT_EQ(out.str(), "second;first;");
}

TEST(SpillFile, APartPastTheEndIsAnError) {
  SpillFile spill;
  spill.stream() << "short";
  std::ostringstream out;
  EXPECT_THROW(spill.copy_to(out, 2, 10), Error);
}

}  // namespace
}  // namespace strata::formats
