#include "json_string.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace strata::formats {
namespace {

// What append_json_string adds after text already there, which it must leave alone.
std::string ours(std::string_view s) {
  std::string out = "before:";
  append_json_string(out, s);
  EXPECT_TRUE(out.starts_with("before:"));
  return out.substr(7);
}

std::string nlohmanns(std::string_view s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(JsonString, EscapesQuotesBackslashesAndControlsOnly) {
  EXPECT_EQ(ours("tab\t quote\" backslash\\ slash/ nl\n cr\r bs\b ff\f c\x01 del\x7f & < >"),
            "\"tab\\t quote\\\" backslash\\\\ slash/ nl\\n cr\\r bs\\b ff\\f c\\u0001 del\x7f & "
            "< >\"");
  EXPECT_EQ(ours(std::string_view("\0\x1f", 2)), "\"\\u0000\\u001f\"");
  EXPECT_EQ(ours(""), "\"\"");
}

TEST(JsonString, KeepsMultiByteCharacters) {
  EXPECT_EQ(ours("citt\u00e0 \u2019 \U0001F600"), "\"citt\u00e0 \u2019 \U0001F600\"");
}

TEST(JsonString, MatchesNlohmannForEveryAsciiCharacter) {
  for (int c = 0; c < 0x80; ++c) {
    const std::string s = "a" + std::string(1, static_cast<char>(c)) + "b";
    EXPECT_EQ(ours(s), nlohmanns(s)) << "character " << c;
  }
}

TEST(JsonString, MatchesNlohmannOnValidAndInvalidUtf8) {
  for (std::string_view s : {
           "\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80 \xEF\xBF\xBD \xF0\x90\x80\x80 "
           "\xF4\x8F\xBF\xBF",     // the edges of valid UTF-8
           "\x80",                 // a lone continuation byte
           "a\xC3",                // cut short at the end
           "\xC3(",                // cut short before ASCII
           "ok \xE2\x82 then",     // a three-byte sequence cut short
           "\xF0\x9F\x98",         // a four-byte sequence cut short
           "\xC0\x80",             // overlong
           "\xED\xA0\x80",         // a surrogate
           "\xF4\x90\x80\x80",     // past U+10FFFF
           "\xFF \"quote\" \xFE",  // never valid, with escapes around
       }) {
    EXPECT_EQ(ours(s), nlohmanns(s)) << ::testing::PrintToString(s);
  }
}

}  // namespace
}  // namespace strata::formats
