#include "ministry_name.hpp"

#include <gtest/gtest.h>

namespace strata::legal {
namespace {

std::string issuer(std::string_view text) {
  const auto found = scan_ministry(text, 0);
  return found ? found->second + "|" + std::string(text.substr(0, found->first)) : "none";
}

TEST(MinistryName, JoinsTheWordsOfTheNameWithDots) {
  EXPECT_EQ(issuer("Ministero del lavoro e delle politiche sociali 2 aprile"),
            "ministero.lavoro.politiche.sociali|Ministero del lavoro e delle politiche sociali");
  EXPECT_EQ(issuer("Ministro della sanità n. 3"), "ministero.sanita|Ministro della sanità");
  EXPECT_EQ(issuer("Ministero per i beni culturali del 3 marzo"),
            "ministero.beni.culturali|Ministero per i beni culturali");
  EXPECT_EQ(issuer("Ministero dell’economia e delle finanze"),
            "ministero.economia.finanze|Ministero dell’economia e delle finanze");
}

TEST(MinistryName, StopsWhereTheSentenceGoesOn) {
  EXPECT_EQ(issuer("Ministero dei trasporti che ha deciso"),
            "ministero.trasporti|Ministero dei trasporti");
  EXPECT_EQ(issuer("Ministero stesso"), "none");
}

}  // namespace
}  // namespace strata::legal
