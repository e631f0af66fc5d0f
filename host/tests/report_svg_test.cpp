#include "report_svg.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(ReportSvg, BarsAreProportionalToTheLargest) {
  const std::string svg = bar_chart({{"a", 10, "10"}, {"b", 5, "5"}, {"c", -1, "-1"}});
  EXPECT_TRUE(svg.starts_with("<svg"));
  EXPECT_EQ(count(svg, "<rect"), 3u);
  EXPECT_NE(svg.find("width=\"230.0\""), std::string::npos);  // the largest fills the area
  EXPECT_NE(svg.find("width=\"115.0\""), std::string::npos);
  EXPECT_NE(svg.find("width=\"0.0\""), std::string::npos);  // below 0 draws nothing
}

TEST(ReportSvg, LabelsAreEscapedAndLongOnesShortened) {
  const std::string svg = bar_chart(
      {{"<b>&amp;", 1, "1"}, {"una etichetta molto più lunga di ventisei caratteri", 1, ""}});
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;b&gt;&amp;amp;"), std::string::npos);
  EXPECT_NE(svg.find(">una etichetta molto più lu\xE2\x80\xA6</text>"), std::string::npos);
  EXPECT_NE(svg.find("<title>una etichetta molto più lunga di ventisei caratteri: </title>"),
            std::string::npos);
}

TEST(ReportSvg, DivergingBarsGoLeftBelowZeroAndAreClamped) {
  const std::string svg = diverging_chart({{"good", 0.5, ""}, {"bad", -3, ""}});
  EXPECT_NE(svg.find("class=\"bar pos\" x=\"295.0\" y=\"3\" width=\"57.5\""), std::string::npos);
  EXPECT_NE(svg.find("class=\"bar neg\" x=\"180.0\" y=\"23\" width=\"115.0\""), std::string::npos);
  EXPECT_NE(svg.find("<line class=\"axis\""), std::string::npos);
}

TEST(ReportSvg, NoBarsIsAnEmptyChart) {
  EXPECT_EQ(count(bar_chart({}), "<rect"), 0u);
}

}  // namespace
}  // namespace strata::host
