#include "tei_label.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace strata::formats {
namespace {

TEST(LabelAttributes, GiveTheTextAppendLabelWouldAppend) {
  LabelAttributes labels;
  const std::string word = "LOC";
  const std::string phrase = "a \"quoted\" phrase";
  EXPECT_EQ(labels.of(word), " type=\"LOC\"");
  EXPECT_EQ(labels.of(phrase), " n=\"a &quot;quoted&quot; phrase\"");
  EXPECT_EQ(labels.of(""), "");
  EXPECT_EQ(labels.of(word), " type=\"LOC\"");  // remembered
  // Past the labels it remembers, each is still made right, one after another.
  std::vector<std::string> many;
  for (int i = 0; i < 200; ++i) many.push_back("L" + std::to_string(i));
  for (int round = 0; round < 2; ++round) {
    for (const std::string& label : many) EXPECT_EQ(labels.of(label), " type=\"" + label + "\"");
  }
}

}  // namespace
}  // namespace strata::formats
