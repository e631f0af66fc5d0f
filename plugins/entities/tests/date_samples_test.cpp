// The date grammar on the project's example documents: every date a reader would mark with a
// calendar date, and nothing else. Relative expressions ("ieri sera", "in autunno", "last
// year") fix no date and are left out.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "date_test_support.hpp"

namespace strata::entities {
namespace {

namespace fs = std::filesystem;

fs::path example(std::string_view name) {
  return fs::path(STRATA_SOURCE_DIR) / "examples" / name;
}

// The shared folder's sample, or an empty path when STRATA_SHARED_DIR is not set.
fs::path shared_sample(std::string_view name) {
  const char* shared = std::getenv("STRATA_SHARED_DIR");
  if (!shared || !*shared) return {};
  return fs::path(shared) / "samples" / name;
}

TEST(DateSamples, ItalianSummitInRome) {
  const std::string text = testing::read_file(example("it-vertice-roma.txt"));
  ASSERT_FALSE(text.empty());
  // The 2003 and 1990 dates belong to the citations of a decree and a law ("d.lgs. 30 giugno
  // 2003, n. 196"), which drop them; "2016/679", "95/46/CE", "n. 196", "art. 2043",
  // "200.000 euro" and "3,5%" are no dates.
  EXPECT_EQ(testing::dates("it", text),
            "19-06-2024=2024-06-19 | 30 giugno 2003=2003-06-30 | 7 agosto 1990=1990-08-07 | "
            "3 marzo 2021=2021-03-03 | 1961=1961");
}

TEST(DateSamples, EnglishSummitInGeneva) {
  const std::string text = testing::read_file(example("en-summit-geneva.txt"));
  ASSERT_FALSE(text.empty());
  // The "(1954)" of "347 U.S. 483 (1954)" belongs to the case citation; "2016/679" and
  // "42 U.S.C. § 1983" are no dates.
  EXPECT_EQ(testing::dates("en", text),
            "Friday, June 21, 2024=2024-06-21 | May 25, 2018=2018-05-25 | "
            "March 3, 2021=2021-03-03 | 1945=1945");
}

TEST(DateSamples, SharedItalianNewsOnTheTreaty) {
  const fs::path path = shared_sample("it-news-trattato.txt");
  const std::string text = path.empty() ? std::string() : testing::read_file(path);
  if (text.empty()) GTEST_SKIP() << "$STRATA_SHARED_DIR/samples/it-news-trattato.txt not found";
  // "in 24 anni" and "200.000 euro" are no dates.
  EXPECT_EQ(testing::dates("it", text),
            "2000=2000 | 1961=1961 | 19-06-2024=2024-06-19 | 2022=2022");
}

}  // namespace
}  // namespace strata::entities
