#include "xml_names.hpp"

#include <gtest/gtest.h>

#include "xml_safe_text.hpp"

namespace strata::formats {
namespace {

TEST(XmlNames, TeiWordsHaveNoSpacesOrControlCharacters) {
  EXPECT_TRUE(is_tei_word("PER"));
  EXPECT_TRUE(is_tei_word("B-PER:x.y"));
  EXPECT_TRUE(is_tei_word("citt\u00e0"));
  EXPECT_FALSE(is_tei_word(""));
  EXPECT_FALSE(is_tei_word("Named Entity"));
  EXPECT_FALSE(is_tei_word("no\u00a0break"));     // a separator, though not ASCII
  EXPECT_FALSE(is_tei_word("soft\u00adhyphen"));  // a format character
}

TEST(XmlNames, EncodesWhatANameCannotHoldReversibly) {
  EXPECT_EQ(encode_xml_name("lemma"), "lemma");
  EXPECT_EQ(encode_xml_name("citt\u00e0"), "citt_x00E0_");
  EXPECT_EQ(encode_xml_name("pos tag"), "pos_x0020_tag");
  EXPECT_EQ(encode_xml_name("1st"), "_x0031_st");
  EXPECT_EQ(encode_xml_name("a1-b.c"), "a1-b.c");
  EXPECT_EQ(encode_xml_name("_x41_"), "_x005F_x41_");
  EXPECT_EQ(encode_xml_name("_y"), "_y");
  EXPECT_EQ(encode_xml_name("\U0001F600"), "_x0001F600_");
  // The empty name is no Name; "_" is one and stays itself, so "" must become something else.
  EXPECT_EQ(encode_xml_name(""), "_x_");
  EXPECT_EQ(encode_xml_name("_"), "_");
  EXPECT_EQ(encode_xml_name("_x_"), "_x005F_x_");
}

TEST(XmlSafeText, ReturnsTheTextItselfWhenXmlCanCarryIt) {
  std::string scratch;
  const std::string_view text = "tab\tline\ncitt\u00e0 \U0001F44B";
  EXPECT_EQ(xml_safe(text, scratch).data(), text.data());
}

TEST(XmlSafeText, ReplacesInvalidUtf8AndForbiddenCharacters) {
  std::string scratch;
  EXPECT_EQ(xml_safe("a\x01z", scratch), "a\uFFFDz");
  EXPECT_EQ(xml_safe("bad \xff\xfe end", scratch), "bad \uFFFD\uFFFD end");
  EXPECT_EQ(xml_safe("cut \xE2\x82", scratch), "cut \uFFFD");
  EXPECT_EQ(xml_safe("\xEF\xBF\xBE", scratch), "\uFFFD");              // U+FFFE
  EXPECT_EQ(xml_safe("\xED\xA0\x80", scratch), "\uFFFD\uFFFD\uFFFD");  // a surrogate
}

}  // namespace
}  // namespace strata::formats
