#include "string_sink.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

TEST(StringSink, AppendsPiecesAndCharactersInOrderToTheString) {
  std::string text = "kept:";
  StringSink sink(text);
  std::ostream out(&sink);
  out << "<TEI" << ' ' << 42;
  out.write("/>\n", 3);
  EXPECT_TRUE(out.good());
  EXPECT_EQ(text, "kept:<TEI 42/>\n");
}

}  // namespace
}  // namespace strata::host
