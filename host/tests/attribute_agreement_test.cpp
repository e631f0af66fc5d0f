#include "attribute_agreement.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

bool exact(std::string_view gold, std::string_view predicted) {
  return values_agree(gold, predicted, AttributeMatch::exact);
}

bool name(std::string_view gold, std::string_view predicted) {
  return values_agree(gold, predicted, AttributeMatch::name);
}

TEST(AttributeAgreement, ParsesTheMatchNames) {
  EXPECT_EQ(parse_attribute_match("exact"), AttributeMatch::exact);
  EXPECT_EQ(parse_attribute_match("name"), AttributeMatch::name);
  EXPECT_EQ(parse_attribute_match("Name"), std::nullopt);
  EXPECT_EQ(parse_attribute_match(""), std::nullopt);
}

TEST(AttributeAgreement, NormalizingFoldsCaseAndCollapsesWhitespace) {
  EXPECT_EQ(normalized_value("  Città\t DEL\u00a0Vaticano \n"), "città del vaticano");
  EXPECT_EQ(normalized_value("Straße"), "strasse");
  EXPECT_EQ(normalized_value(" "), "");
}

TEST(AttributeAgreement, ExactIgnoresCaseAndSpacingOnly) {
  EXPECT_TRUE(exact("Vladimir Putin", "vladimir   PUTIN"));
  EXPECT_TRUE(exact("ÉLISABETH BORNE", "élisabeth borne"));
  EXPECT_FALSE(exact("Vladimir Putin", "Putin"));
  EXPECT_FALSE(exact("Putin", "Putin."));
}

TEST(AttributeAgreement, NameAgreesOnASharedNameWord) {
  EXPECT_TRUE(name("Vladimir Putin", "Putin"));
  EXPECT_TRUE(name("Putin", "Vladimir Putin"));
  EXPECT_TRUE(name("Winnie Verloc", "winnie"));
  EXPECT_TRUE(name("Massimo D'Alema", "D’Alema"));  // apostrophes end words either way
  EXPECT_TRUE(name("Putin", "putin"));
  EXPECT_FALSE(name("Vladimir Putin", "Dmitrij Medvedev"));
}

TEST(AttributeAgreement, NameIgnoresTitlesFunctionWordsAndShortWords) {
  EXPECT_FALSE(name("il ministro", "il presidente"));
  EXPECT_FALSE(name("Mr Smith", "Mr Jones"));
  EXPECT_FALSE(name("Lady Macbeth", "Lady Bracknell"));
  EXPECT_FALSE(name("Banca della Svizzera", "Corte della Francia"));
  EXPECT_FALSE(name("Ed Li", "Ed Li Wu"));  // only words of 3 or more letters count...
  EXPECT_TRUE(name("Ed Li", "ed li"));      // ...but exact agreement still does
}

TEST(AttributeAgreement, EmptyValuesAgreeOnlyWithEmptyOnes) {
  EXPECT_TRUE(name("", "  "));
  EXPECT_FALSE(name("Putin", ""));
  EXPECT_FALSE(name("", "Putin"));
}

}  // namespace
}  // namespace strata::host
