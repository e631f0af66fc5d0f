// CWB names and values: what the encoder accepts and how ours are made to fit.
#include "cwb_names.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace strata::formats {
namespace {

TEST(CwbNames, MapsLayerAndFeatureNamesToLowerCaseAscii) {
  EXPECT_EQ(cwb_name("entity-sentiment"), "entity_sentiment");
  EXPECT_EQ(cwb_name("Score"), "score");
  EXPECT_EQ(cwb_name("2nd"), "a2nd");
  EXPECT_EQ(cwb_name("caf\xC3\xA9"), "caf__");
  EXPECT_TRUE(is_cwb_name(cwb_name("_x")));
  EXPECT_FALSE(is_cwb_name("entity-sentiment"));
  EXPECT_FALSE(is_cwb_name(""));
}

TEST(CwbNames, EscapesValuesAndKeepsThemToOneColumn) {
  std::string out;
  append_vrt_value(out, "a<b>&\"c\"\td\ne");
  EXPECT_EQ(out, "a&lt;b&gt;&amp;&quot;c&quot; d e");
  out.clear();
  append_vrt_value(out, "");
  EXPECT_EQ(out, "_");
  // Written as they came, a control character made the file no longer XML (cwb-encode -x).
  out.clear();
  append_vrt_value(out,
                   "a\x01"
                   "b\x1B\xEF\xBF\xBE \xC3\xA9");
  EXPECT_EQ(out,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\xEF\xBF\xBD \xC3\xA9");
}

TEST(CwbNames, CutsALongValueBetweenCharacters) {
  std::string out;
  EXPECT_FALSE(append_vrt_value(out, std::string(4095, 'a')));
  EXPECT_EQ(out, std::string(4095, 'a'));
  out.clear();
  std::string accented = "x";
  for (int i = 0; i < 3000; ++i) accented += "\xC3\xA9";
  EXPECT_TRUE(append_vrt_value(out, accented));
  EXPECT_EQ(out.size(), 4094u);  // "x", 2046 two-byte characters, '$'
  EXPECT_EQ(out.back(), '$');
  EXPECT_EQ(out.substr(out.size() - 3, 2), "\xC3\xA9");
}

TEST(CwbNames, WritesFeatureValuesAsText) {
  EXPECT_EQ(feature_text(FeatureValue(0.98)), "0.98");
  EXPECT_EQ(feature_text(FeatureValue(std::nan(""))), "NaN");
  EXPECT_EQ(feature_text(FeatureValue(-std::nan(""))), "NaN");
  EXPECT_EQ(feature_text(FeatureValue(-HUGE_VAL)), "-INF");
  EXPECT_EQ(feature_text(FeatureValue(std::int64_t{-3})), "-3");
  EXPECT_EQ(feature_text(FeatureValue(true)), "true");
  EXPECT_EQ(feature_text(FeatureValue(AnnotationRef{"entities", 4})), "entities-4");
}

}  // namespace
}  // namespace strata::formats
