#include "tei_features.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace strata::formats {
namespace {

using Kind = FeatureView::Kind;

std::string fs_of(const std::vector<FeatureView>& features, std::string_view label = "") {
  std::string out;
  FeatureStructureWriter().append(out, features, label);
  return out;
}

TEST(FeatureStructureWriter, WritesEachKindOfValue) {
  const std::vector<FeatureView> features = {
      {"text", Kind::string, "a < b & \"c\"", 0, 0.0},
      {"empty", Kind::string, "", 0, 0.0},
      {"count", Kind::integer, "", -42, 0.0},
      {"score", Kind::real, "", 0, 0.25},
      {"odd", Kind::real, "", 0, std::numeric_limits<double>::infinity()},
      {"low", Kind::real, "", 0, -std::numeric_limits<double>::infinity()},
      {"nan", Kind::real, "", 0, std::numeric_limits<double>::quiet_NaN()},
      {"seen", Kind::boolean, "", 1, 0.0},
      {"entity", Kind::reference, "entities", 3, 0.0},  // a link, not in the fs
      {"no", Kind::boolean, "", 0, 0.0}};
  EXPECT_EQ(fs_of(features),
            "<fs><f name=\"text\"><string>a &lt; b &amp; \"c\"</string></f>"
            "<f name=\"empty\"><string/></f>"
            "<f name=\"count\"><numeric value=\"-42\"/></f>"
            "<f name=\"score\"><numeric value=\"0.25\"/></f>"
            "<f name=\"odd\"><numeric value=\"INF\"/></f>"
            "<f name=\"low\"><numeric value=\"-INF\"/></f>"
            "<f name=\"nan\"><numeric value=\"NaN\"/></f>"
            "<f name=\"seen\"><binary value=\"true\"/></f>"
            "<f name=\"no\"><binary value=\"false\"/></f></fs>");
}

TEST(FeatureStructureWriter, EncodesNamesOnceAndWritesALabelAlone) {
  FeatureStructureWriter writer;
  std::string out;
  const std::string name = "pos tag";  // one address, as a layer's interned names have
  writer.append(out, {{name, Kind::string, "ADJ", 0, 0.0}}, "");
  writer.append(out, {{name, Kind::string, "NOUN", 0, 0.0}}, "");
  EXPECT_EQ(out,
            "<fs><f name=\"pos_x0020_tag\"><string>ADJ</string></f></fs>"
            "<fs><f name=\"pos_x0020_tag\"><string>NOUN</string></f></fs>");
  EXPECT_EQ(fs_of({{"entity", Kind::reference, "entities", 3, 0.0}}, "quote"),
            "<fs type=\"quote\"/>");
  EXPECT_EQ(fs_of({{"entity", Kind::reference, "entities", 3, 0.0}}), "");
}

}  // namespace
}  // namespace strata::formats
