#include "byte_size.hpp"

#include <gtest/gtest.h>

#include "setup_error.hpp"

namespace strata::host {
namespace {

TEST(ByteSize, ReadsBytesAndBinaryUnitsInEitherCase) {
  EXPECT_EQ(parse_byte_size("0", "--window"), 0u);
  EXPECT_EQ(parse_byte_size("1500", "--window"), 1500u);
  EXPECT_EQ(parse_byte_size("512K", "--window"), 512u * 1024);
  EXPECT_EQ(parse_byte_size("2m", "--window"), 2u * 1024 * 1024);
  EXPECT_EQ(parse_byte_size("1G", "--window"), 1024u * 1024 * 1024);
}

TEST(ByteSize, RefusesAnythingElseNamingTheOption) {
  for (const char* bad :
       {"", "M", "-1", "2X", "2MB", "1.5M", " 2M", "99999999999999999999", "99999999999999G"}) {
    try {
      parse_byte_size(bad, "--window");
      ADD_FAILURE() << "accepted '" << bad << "'";
    } catch (const SetupError& e) {
      EXPECT_NE(std::string(e.what()).find("--window takes a size"), std::string::npos) << bad;
    }
  }
}

}  // namespace
}  // namespace strata::host
