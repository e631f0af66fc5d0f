#include "output_buffer.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace strata::formats {
namespace {

TEST(OutputBuffer, WritesNothingUntilFlushedAndEverythingInOrderThen) {
  std::ostringstream stream;
  OutputBuffer buffer(stream);
  buffer.text() += "small";
  buffer.flush_if_full();
  EXPECT_EQ(stream.str(), "");  // not worth a write yet
  buffer.flush();
  EXPECT_EQ(stream.str(), "small");
  EXPECT_EQ(buffer.text(), "");
}

TEST(OutputBuffer, HandsOverWholeChunks) {
  std::ostringstream stream;
  OutputBuffer buffer(stream);
  std::string expected;
  for (int i = 0; i < 100000; ++i) {
    const std::string piece = std::to_string(i) + ",";
    buffer.text() += piece;
    expected += piece;
    buffer.flush_if_full();
  }
  EXPECT_GT(stream.str().size(), 0u);
  EXPECT_LT(buffer.text().size(), expected.size());
  buffer.flush();
  EXPECT_EQ(stream.str(), expected);
}

}  // namespace
}  // namespace strata::formats
