#include "hard_texts.hpp"

#include <gtest/gtest.h>

#include <set>

#include "strata/document.hpp"

namespace strata::host {
namespace {

const HardText& text_named(const std::string& name) {
  for (const auto& text : hard_texts()) {
    if (text.name == name) return text;
  }
  throw std::runtime_error("no hard text " + name);
}

TEST(HardTexts, HaveDistinctNamesAndAllBecomeDocuments) {
  std::set<std::string> names;
  for (const auto& text : hard_texts()) {
    EXPECT_TRUE(names.insert(text.name).second) << text.name;
    EXPECT_NO_THROW(Document(text.name, text.text)) << text.name;
  }
  for (const char* name : {"empty", "one-character", "emoji", "combining-marks", "right-to-left",
                           "crlf", "punctuation", "1mb-one-line"}) {
    EXPECT_EQ(names.count(name), 1u) << name;
  }
}

TEST(HardTexts, StayHardOnceCanonical) {
  EXPECT_TRUE(Document("d", text_named("empty").text).text().empty());
  EXPECT_EQ(Document("d", text_named("one-character").text).text().size(), 1u);
  // A four-byte code point and a zero-width joiner survive.
  const std::string emoji = Document("d", text_named("emoji").text).text();
  EXPECT_NE(emoji.find("\xF0\x9F"), std::string::npos);
  EXPECT_NE(emoji.find("\u200D"), std::string::npos);
  // NFC has no precomposed q with tilde: the combining mark stays a code point of its own.
  EXPECT_NE(Document("d", text_named("combining-marks").text).text().find("q\u0303"),
            std::string::npos);
  EXPECT_NE(text_named("right-to-left").text.find("\u05E9"), std::string::npos);  // Hebrew
  EXPECT_NE(text_named("right-to-left").text.find("\u0645"), std::string::npos);  // Arabic
  EXPECT_NE(text_named("crlf").text.find("\r\n"), std::string::npos);
  const std::string& big = text_named("1mb-one-line").text;
  EXPECT_GE(big.size(), std::size_t{1} << 20);
  EXPECT_EQ(big.find('\n'), std::string::npos);
}

TEST(HardTexts, PunctuationTextHasNoLetterOrDigit) {
  for (const char c : text_named("punctuation").text) {
    EXPECT_FALSE(std::isalnum(static_cast<unsigned char>(c))) << c;
  }
}

}  // namespace
}  // namespace strata::host
