#include "strata/formats/html_escape.hpp"

#include <gtest/gtest.h>

namespace strata::formats {
namespace {

TEST(HtmlEscape, EscapesWhatCouldEndAnElementOrAnAttribute) {
  EXPECT_EQ(html_escaped("</script> & \"a\" 'b'"),
            "&lt;/script&gt; &amp; &quot;a&quot; &#39;b&#39;");
}

TEST(HtmlEscape, KeepsOtherTextAsItIs) {
  EXPECT_EQ(html_escaped("perch\xC3\xA9 \xF0\x9F\x98\x80\n\tx"),
            "perch\xC3\xA9 \xF0\x9F\x98\x80\n\tx");
}

TEST(HtmlEscape, ReplacesInvalidUtf8) {
  EXPECT_EQ(html_escaped("a\xFF<"), "a\xEF\xBF\xBD&lt;");
}

// A metadata or feature value may hold them (never the text); they were written as they came.
TEST(HtmlEscape, ReplacesCharactersHtmlDoesNotAllowAsTeiDoes) {
  EXPECT_EQ(html_escaped("a\x01"
                         "b\x1B[0m\xEF\xBF\xBE"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD[0m\xEF\xBF\xBD");
  EXPECT_EQ(html_escaped("\r\n\t\f"), "\r\n\t\f");
}

}  // namespace
}  // namespace strata::formats
