#include "xml_forbidden_characters.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::formats {
namespace {

// What find_forbidden_character says of `xml`, "" for nothing.
std::string found(std::string_view xml) {
  const auto forbidden = find_forbidden_character(xml);
  return forbidden ? forbidden->what : "";
}

TEST(XmlForbiddenCharacters, FindsAReferenceToNulHoweverItIsSpelled) {
  for (const std::string reference : {"&#0;", "&#00;", "&#0000;", "&#x0;", "&#x00;", "&#x0000;"}) {
    const std::string xml = "<r><p>ciao " + reference + " fine.</p></r>";
    const auto forbidden = find_forbidden_character(xml);
    ASSERT_TRUE(forbidden) << reference;
    EXPECT_EQ(forbidden->at, xml.find('&')) << reference;
    EXPECT_EQ(forbidden->what,
              "character reference \"" + reference + "\" (U+0000, which XML does not allow)");
  }
  EXPECT_EQ(found("<r n=\"a&#0;b\"/>"),
            "character reference \"&#0;\" (U+0000, which XML does "
            "not allow)");  // in a value
  // After a '>' inside a value, which does not end the tag.
  EXPECT_EQ(find_forbidden_character("<r n='a>&#x0;b'/>")->at, 8u);
}

TEST(XmlForbiddenCharacters, FindsEveryCharacterXmlDoesNotAllow) {
  for (const std::string reference :
       {"&#1;", "&#31;", "&#xB;", "&#xD800;", "&#xdfff;", "&#xFFFE;", "&#xFFFF;"}) {
    EXPECT_NE(found("<r>" + reference + "</r>"), "") << reference;
  }
  EXPECT_EQ(found("<r>&#xFFFE;</r>"),
            "character reference \"&#xFFFE;\" (U+FFFE, which XML does "
            "not allow)");
  // Numbers beyond Unicode, however long: pugixml's count wraps around, to 0 for some.
  for (const std::string reference :
       {"&#x110000;", "&#1114112;", "&#4294967296;", "&#x100000000;"}) {
    EXPECT_EQ(found("<r>" + reference + "</r>"),
              "character reference \"" + reference + "\" (a number beyond U+10FFFF)");
  }
  EXPECT_EQ(found("<r>&#99999999999999999999999;</r>"),
            "character reference \"&#99999999999999...\" (a number beyond U+10FFFF)");
}

TEST(XmlForbiddenCharacters, FindsANulByteFirst) {
  const std::string xml = std::string("<r>&#0;</r>\0<r/>", 16);
  const auto forbidden = find_forbidden_character(xml);
  ASSERT_TRUE(forbidden);
  EXPECT_EQ(forbidden->at, 11u);
  EXPECT_EQ(forbidden->what, "a NUL byte");
}

TEST(XmlForbiddenCharacters, LetsAllowedCharactersPass) {
  EXPECT_EQ(found("<r n=\"&#9;&#10;&#13;&#x20;\">&#233;&#xD7FF;&#xE000;&#xFFFD;&#x10000;"
                  "&#x10FFFF;&#1114111;&amp;&lt;</r>"),
            "");
  EXPECT_EQ(found("<r n=\"\t\r\n\">\x7F Citt\xC3\xA0 \xE2\x80\xA8 \xEE\x80\x80 \xF0\x9F\x98\x80 "
                  "\xEF\xBF\xBD \xF4\x8F\xBF\xBF</r>"),
            "");
}
TEST(XmlForbiddenCharacters, FindsCharactersXmlDoesNotAllowAsTheFileHasThem) {
  // In text, in a value, in a comment: pugixml would copy each into the output as it came.
  for (const std::string xml : {"<r><title>a\x01"
                                "b</title></r>",
                                "<r n=\"a\x1B\"/>", "<r><!-- \x07 --></r>"}) {
    const auto forbidden = find_forbidden_character(xml);
    ASSERT_TRUE(forbidden) << xml;
    EXPECT_EQ(forbidden->what.substr(0, 10), "character ") << xml;
    EXPECT_NE(forbidden->what.find("a control character XML does not allow"), std::string::npos);
  }
  EXPECT_EQ(found("<r>a\xEF\xBF\xBE"
                  "b</r>"),
            "character U+FFFE (which XML does not allow)");
  EXPECT_EQ(found("<r>\xEF\xBF\xBF</r>"), "character U+FFFF (which XML does not allow)");
  EXPECT_EQ(find_forbidden_character("<r>ab\x01</r>")->at, 5u);
}

TEST(XmlForbiddenCharacters, FindsBytesThatAreNotUtf8) {
  // Latin-1, an overlong '/', an encoded surrogate, a cut sequence at the very end.
  for (const std::string xml :
       {"<r>Citt\xE0</r>", "<r n=\"\xC0\xAF\"/>", "<r>\xED\xA0\x80</r>", "<r/>\xE2\x82"}) {
    const auto forbidden = find_forbidden_character(xml);
    ASSERT_TRUE(forbidden) << xml;
    EXPECT_EQ(forbidden->what, "invalid UTF-8");
    EXPECT_EQ(forbidden->at, xml.find_first_of("\xE0\xC0\xED\xE2")) << xml;
  }
}

TEST(XmlForbiddenCharacters, TellsTheFirstOfARawCharacterAndAReference) {
  EXPECT_EQ(found("<r>\x01&#0;</r>"), "character U+0001 (a control character XML does not allow)");
  EXPECT_EQ(found("<r>&#0;\x01</r>"),
            "character reference \"&#0;\" (U+0000, which XML does not allow)");
}

// pugixml kept these as text, and the file was written back with "&amp;" for their '&': "&nbsp;"
// was read as the tokens "&", "nbsp" and ";".
TEST(XmlForbiddenCharacters, FindsWhatIsNotAReference) {
  for (const std::string text :
       {"&#;", "&#x;", "&#0 ", "&#X0;", "&#x0g;", "&#-1;", "AT&T", "a & b", "&;", "&a b;", "&#0"}) {
    const std::string xml = "<r>x " + text + "</r>";
    const auto forbidden = find_forbidden_character(xml);
    ASSERT_TRUE(forbidden) << text;
    EXPECT_EQ(forbidden->what, "a '&' that starts no reference (write &amp; for '&')") << text;
    EXPECT_EQ(forbidden->at, xml.find('&')) << text;
  }
  EXPECT_EQ(found("<r>Uno&nbsp;due</r>"),
            "undefined entity \"&nbsp;\" (XML defines only &amp; &lt; &gt; &quot; &apos;, and no "
            "DOCTYPE is read)");
  EXPECT_EQ(find_forbidden_character("<r n=\"&eacute;\"/>")->at, 6u);  // in a value too
  EXPECT_EQ(found("<r n=\"&amp;&lt;&gt;&quot;&apos;\">&amp;&lt;&gt;&quot;&apos;&#233;</r>"), "");
  // Text in comments, CDATA sections and processing instructions.
  EXPECT_EQ(found("<!-- &#0; & --><r><!--&#0;&nbsp;--><![CDATA[&#0; AT&T]]><?pi &#0; &?></r>"
                  "<!--&#0;-->"),
            "");
}

TEST(XmlForbiddenCharacters, FindsAReferenceAfterCommentsAndCdata) {
  const std::string xml = "<r><!-- &#0; --><![CDATA[ &#0; ]]><p a=\"<!--\">x&#0;</p></r>";
  const auto forbidden = find_forbidden_character(xml);
  ASSERT_TRUE(forbidden);
  EXPECT_EQ(forbidden->at, xml.rfind("&#0;"));
}

}  // namespace
}  // namespace strata::formats
