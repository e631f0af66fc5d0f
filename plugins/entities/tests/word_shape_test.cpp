#include "word_shape.hpp"

#include <gtest/gtest.h>

namespace strata::entities {
namespace {

TEST(WordShape, WritesClassesAndCutsLongRuns) {
  EXPECT_EQ(shape_text("Roma"), "Xxxx");
  EXPECT_EQ(shape_text("Berlusconi"), "Xxxxx");
  EXPECT_EQ(shape_text("19-06-2024"), "dd-dd-dddd");
  EXPECT_EQ(shape_text("S.p.A."), "X.x.X.");
  EXPECT_EQ(shape_text("dell'"), "xxxx'");
  EXPECT_EQ(shape_text("Città"), "Xxxxx");
  EXPECT_EQ(shape_text("€5"), "*d");
}

TEST(WordShape, ShortShapeKeepsOneOfEachRun) {
  EXPECT_EQ(short_shape_text("Roma"), "Xx");
  EXPECT_EQ(short_shape_text("NATO"), "X");
  EXPECT_EQ(short_shape_text("19-06-2024"), "d-d-d");
  EXPECT_EQ(short_shape_text("McDonald"), "XxXx");
}

TEST(WordShape, TellsCapitalisation) {
  EXPECT_EQ(word_shape("roma").capitalization, Capitalization::lower);
  EXPECT_EQ(word_shape("Roma").capitalization, Capitalization::title);
  EXPECT_EQ(word_shape("ÈPOCA").capitalization, Capitalization::upper);
  EXPECT_EQ(word_shape("J.").capitalization, Capitalization::initial);
  EXPECT_EQ(word_shape("iPhone").capitalization, Capitalization::mixed);
  EXPECT_EQ(word_shape("2024").capitalization, Capitalization::none);
  EXPECT_TRUE(word_shape("COVID-19").has_digit);
  EXPECT_EQ(word_shape("Città").length, 5u);
}

TEST(WordShape, HashesMatchTheTextForms) {
  EXPECT_EQ(word_shape("Roma").shape, word_shape("Pisa").shape);
  EXPECT_EQ(word_shape("Berlusconi").shape, word_shape("Ciampolillo").shape);
  EXPECT_NE(word_shape("Roma").shape, word_shape("Berlusconi").shape);
  EXPECT_EQ(word_shape("Roma").short_shape, word_shape("Berlusconi").short_shape);
  EXPECT_NE(word_shape("Roma").short_shape, word_shape("ROMA").short_shape);
}

}  // namespace
}  // namespace strata::entities
