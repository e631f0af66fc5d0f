// A real US opinion (../shared/data/eyecite/opinion_sample.txt, read where it lies): the finder
// runs through it, finds citations, and keeps every span inside the text.

#include <gtest/gtest.h>

#include <iostream>

#include "citation_finder.hpp"
#include "test_support.hpp"

namespace strata::legal::us {
namespace {

TEST(OpinionSample, FindsCitationsWithSpansInsideTheText) {
  const auto sample = testing::shared_file("data/eyecite/opinion_sample.txt");
  if (!sample)
    GTEST_SKIP() << "STRATA_SHARED_DIR with data/eyecite/opinion_sample.txt is not available";
  const std::string& text = *sample;
  const CitationFinder finder;
  const auto found = finder.find(text);
  std::size_t full = 0, statutes = 0, resolved = 0, previous_end = 0;
  for (const auto& c : found) {
    ASSERT_LT(c.begin, c.end);
    ASSERT_LE(c.end, text.size());
    EXPECT_GE(c.begin, previous_end) << "overlapping spans at " << c.begin;
    previous_end = c.end;
    full += testing::feature(c, "form") == "full" && c.type == "case";
    statutes += c.type == "statute";
    resolved += !testing::feature(c, "antecedent").empty();
  }
  std::cout << "opinion_sample.txt: " << found.size() << " citations (" << full
            << " full case cites, " << statutes << " statutes, " << resolved
            << " short forms resolved)\n";
  EXPECT_GE(full, 20u);
}

}  // namespace
}  // namespace strata::legal::us
