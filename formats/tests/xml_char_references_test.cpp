#include "xml_char_references.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::formats {
namespace {

// The text of the first forbidden reference in `xml`, "" for none.
std::string found(std::string_view xml) {
  const auto reference = find_forbidden_reference(xml);
  return reference ? std::string(reference->text) : "";
}

TEST(XmlCharReferences, FindsAReferenceToNulHoweverItIsSpelled) {
  for (const std::string reference : {"&#0;", "&#00;", "&#0000;", "&#x0;", "&#x00;", "&#x0000;"}) {
    const std::string xml = "<r><p>ciao " + reference + " fine.</p></r>";
    const auto at = find_forbidden_reference(xml);
    ASSERT_TRUE(at) << reference;
    EXPECT_EQ(at->at, xml.find('&')) << reference;
    EXPECT_EQ(at->text, reference);
  }
  EXPECT_EQ(found("<r n=\"a&#0;b\"/>"), "&#0;");   // in a value
  EXPECT_EQ(found("<r n='a>&#x0;b'/>"), "&#x0;");  // after a '>' inside the value
}

TEST(XmlCharReferences, FindsEveryCharacterXmlDoesNotAllow) {
  for (const std::string reference :
       {"&#1;", "&#31;", "&#xB;", "&#xD800;", "&#xdfff;", "&#xFFFE;", "&#xFFFF;", "&#x110000;",
        "&#1114112;", "&#4294967296;", "&#x100000000;", "&#99999999999999999999999;"}) {
    EXPECT_EQ(found("<r>" + reference + "</r>"), reference);
  }
}

TEST(XmlCharReferences, LetsAllowedCharactersPass) {
  EXPECT_EQ(found("<r n=\"&#9;&#10;&#13;&#x20;\">&#233;&#xD7FF;&#xE000;&#xFFFD;&#x10000;"
                  "&#x10FFFF;&#1114111;&amp;&lt;</r>"),
            "");
}

TEST(XmlCharReferences, IgnoresWhatIsNotAReference) {
  // Not references as pugixml reads them: it leaves these as text.
  EXPECT_EQ(found("<r>&#; &#x; &#0 &#X0; &#x0g; &#-1;</r>"), "");
  EXPECT_EQ(found("<r>&#0"), "");
  // Text in comments, CDATA sections and processing instructions.
  EXPECT_EQ(found("<!-- &#0; --><r><!--&#0;--><![CDATA[&#0;]]><?pi &#0;?></r><!--&#0;-->"), "");
}

TEST(XmlCharReferences, FindsAReferenceAfterCommentsAndCdata) {
  const std::string xml = "<r><!-- &#0; --><![CDATA[ &#0; ]]><p a=\"<!--\">x&#0;</p></r>";
  const auto at = find_forbidden_reference(xml);
  ASSERT_TRUE(at);
  EXPECT_EQ(at->at, xml.rfind("&#0;"));
}

}  // namespace
}  // namespace strata::formats
