#include "strata/formats/tei_writer.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "strata/error.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using testing::raw_xml;
using testing::sample_tei;
using testing::select;
using testing::text_of;

// A parsed TEI file of a sample document.
struct Tei {
  explicit Tei(std::string_view sample_name) : xml(sample_tei(sample_name)) {
    testing::parse_xml(document, xml);
    compact.load_string(xml.c_str());
  }
  // In the file without the indentation of header and standOff.
  pugi::xml_node at(const char* xpath) const { return select(compact, xpath); }
  std::string attribute(const char* xpath, const char* name) const {
    return at(xpath).attribute(name).value();
  }
  // In the file as it is, every whitespace kept: for the body.
  pugi::xml_node inline_at(const char* xpath) const { return select(document, xpath); }

  std::string xml;
  pugi::xml_document document;
  pugi::xml_document compact;  // whitespace-only text dropped
};

std::string error_of(const Document& document) {
  std::ostringstream out;
  try {
    write_tei(document, testing::sample_run(), out);
  } catch (const Error& e) {
    EXPECT_TRUE(out.str().empty()) << "nothing may be written when the writer fails";
    return e.what();
  }
  return "";
}

TEST(TeiWriter, StartsWithAnXmlDeclarationAndNoByteOrderMark) {
  const std::string xml = sample_tei("news");
  EXPECT_TRUE(
      xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n"));
}

TEST(TeiWriter, HeaderRecordsTitleTextHashAndMetadata) {
  const Tei tei("news");
  EXPECT_EQ(text_of(tei.at("/TEI/teiHeader/fileDesc/titleStmt/title")), "A news item");
  EXPECT_EQ(tei.attribute("//publicationStmt/idno", "type"), "sha256");
  EXPECT_EQ(text_of(tei.at("//sourceDesc/p/list[@type='gloss']/label")), "source");
  EXPECT_EQ(text_of(tei.at("//sourceDesc/p/list[@type='gloss']/item")),
            "https://example.org/news/1");

  const Tei empty("empty");  // the SHA-256 of no bytes at all is well known
  EXPECT_EQ(text_of(empty.at("//publicationStmt/idno[@type='sha256']")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(text_of(empty.at("//titleStmt/title")), "empty");  // no title: the document id
}

TEST(TeiWriter, HeaderListsStrataAndEveryPluginWithItsOptions) {
  const Tei tei("news");
  const auto applications = tei.document.select_nodes("//appInfo/application");
  ASSERT_EQ(applications.size(), 5u);
  const pugi::xml_node strata = applications[0].node();
  EXPECT_STREQ(strata.attribute("ident").value(), "strata");
  EXPECT_STREQ(strata.attribute("version").value(), "0.1.0");
  EXPECT_STREQ(strata.attribute("xml:id").value(), "strata");
  const pugi::xml_node ner = tei.at("//application[@ident='ner']");
  EXPECT_STREQ(ner.attribute("version").value(), "0.3.1");
  EXPECT_STREQ(ner.attribute("xml:id").value(), "app.ner");
  EXPECT_EQ(text_of(ner.child("label")), "ner");
  EXPECT_EQ(text_of(ner.child("desc")), "Finds named entities");
  const pugi::xml_node options = ner.child("p").child("list");
  EXPECT_EQ(raw_xml(options),
            "<list type=\"gloss\"><label>model</label><item>it-news</item>"
            "<label>threshold</label><item>0.5</item></list>");
}

TEST(TeiWriter, RevisionDescIsLastAndNamesTheRun) {
  const Tei tei("news");
  const pugi::xml_node header = tei.at("/TEI/teiHeader");
  EXPECT_STREQ(header.last_child().name(), "revisionDesc");
  const pugi::xml_node change = header.last_child().child("change");
  EXPECT_STREQ(change.attribute("when").value(), "2026-11-29T05:04:54Z");
  EXPECT_STREQ(change.attribute("who").value(), "#strata");
  EXPECT_EQ(text_of(change),
            "Annotated by strata 0.1.0 with the chain: tokens 1.0.0, ner 0.3.1, quotes 0.2.0, "
            "sentiment 1.1.");
}

TEST(TeiWriter, BodyTextIsThePrimaryTextOfEverySample) {
  for (const auto& named : testing::sample_documents()) {
    const Document document = named.make();
    pugi::xml_document xml;
    testing::parse_xml(xml, testing::tei_string(document, named.run));
    EXPECT_EQ(text_of(select(xml, "/TEI/text/body")), document.text()) << named.name;
    EXPECT_STREQ(select(xml, "/TEI/text/body").attribute("xml:id").value(), "body");
  }
}

TEST(TeiWriter, TokensBecomeWOrPcJoinedWhereNoSpaceFollows) {
  const Tei tei("joined");  // "Hello,world! Yes(ok) 42%.\n"
  EXPECT_EQ(raw_xml(tei.inline_at("//body")),
            "<body xml:id=\"body\"><p xml:id=\"p1\"><s xml:id=\"s1\">"
            "<w xml:id=\"w1\" join=\"right\">Hello</w><pc xml:id=\"w2\" join=\"right\">,</pc>"
            "<w xml:id=\"w3\" join=\"right\">world</w><pc xml:id=\"w4\">!</pc></s> "
            "<s xml:id=\"s2\"><w xml:id=\"w5\" join=\"right\">Yes</w>"
            "<pc xml:id=\"w6\" join=\"right\">(</pc><w xml:id=\"w7\" join=\"right\">ok</w>"
            "<pc xml:id=\"w8\">)</pc> <w xml:id=\"w9\" type=\"number\" join=\"right\">42</w>"
            "<pc xml:id=\"w10\" type=\"symbol\" join=\"right\">%</pc><pc xml:id=\"w11\">.</pc>"
            "</s></p>\n</body>");
}

TEST(TeiWriter, KeepsTheWhitespaceBetweenParagraphsAsText) {
  const Tei tei("news");
  const pugi::xml_node body = tei.inline_at("//body");
  std::vector<std::string> children;
  for (pugi::xml_node child : body.children()) {
    children.push_back(child.type() == pugi::node_element ? child.name() : child.value());
  }
  EXPECT_EQ(children, (std::vector<std::string>{"p", "\n\n", "p", "\n"}));
}

TEST(TeiWriter, GivesTextOutsideParagraphsSentencesAndTokensItsPlace) {
  // "Heading line\n\nA b c d. Tail words\n\n\nLast line\n": each stretch of text outside the
  // paragraphs becomes one p.
  const Tei tei("uncovered");
  EXPECT_EQ(raw_xml(tei.inline_at("//body")),
            "<body xml:id=\"body\"><p xml:id=\"p1\">Heading line</p>\n\n"
            "<p xml:id=\"p2\"><s xml:id=\"s1\"><w xml:id=\"w1\">A</w> b <w xml:id=\"w2\">c</w>"
            "</s> d.</p> <p xml:id=\"p3\">Tail words\n\n\nLast line</p>\n</body>");
}

TEST(TeiWriter, WithoutParagraphsOneParagraphSpansTheTrimmedText) {
  const Tei tei("no-paragraphs");  // "  \n Leading space. Then more text!  \n"
  const pugi::xml_node body = tei.inline_at("//body");
  EXPECT_STREQ(body.first_child().value(), "  \n ");
  EXPECT_EQ(text_of(body.child("p")), "Leading space. Then more text!");
  EXPECT_STREQ(body.last_child().value(), "  \n");
  EXPECT_EQ(tei.document.select_nodes("//s").size(), 2u);

  const Tei plain("plain");  // no layers at all
  EXPECT_EQ(raw_xml(plain.inline_at("//body")),
            "<body xml:id=\"body\">  <p xml:id=\"p1\">Just text.\n\nTwo paragraphs but no "
            "layers.</p>  \n</body>");
  EXPECT_STREQ(plain.at("/TEI").attribute("xml:lang").value(), "und");
}

TEST(TeiWriter, TokensWithoutSentencesSitInTheParagraph) {
  EXPECT_EQ(raw_xml(Tei("tokens-only").inline_at("//body")),
            "<body xml:id=\"body\"><p xml:id=\"p1\"><w xml:id=\"w1\">Just</w> "
            "<w xml:id=\"w2\" join=\"right\">tokens</w><pc xml:id=\"w3\">,</pc> "
            "<w xml:id=\"w4\" join=\"right\">here</w><pc xml:id=\"w5\">.</pc></p></body>");
}

TEST(TeiWriter, WritesZeroLengthElementsAndAnnotations) {
  const Tei tei("empty-elements");  // "ab cd"
  EXPECT_EQ(raw_xml(tei.inline_at("//body")),
            "<body xml:id=\"body\"><p xml:id=\"p1\"><s xml:id=\"s1\">"
            "<w xml:id=\"w1\" join=\"right\">ab</w><w xml:id=\"w2\"/> <w xml:id=\"w3\">cd</w>"
            "</s><s xml:id=\"s2\"/></p></body>");
  EXPECT_EQ(tei.attribute("//span[@xml:id='points-0']", "target"), "#string-range(body,3,0)");
}

TEST(TeiWriter, AnEmptyTextStillHasTheParagraphTeiRequires) {
  EXPECT_EQ(raw_xml(Tei("empty").inline_at("//body")),
            "<body xml:id=\"body\"><p xml:id=\"p1\"/></body>");
  EXPECT_EQ(raw_xml(Tei("whitespace").inline_at("//body")),
            "<body xml:id=\"body\"> \n\t\n<p xml:id=\"p1\"/></body>");
}

TEST(TeiWriter, SpansPointAtTokensWhereTheyCan) {
  const Tei tei("news");
  const pugi::xml_node group = tei.at("//standOff/spanGrp[@type='entities']");
  EXPECT_STREQ(group.attribute("resp").value(), "#app.ner");
  EXPECT_EQ(raw_xml(group.first_child()),
            "<span xml:id=\"entities-0\" from=\"#w1\" to=\"#w2\" type=\"PER\"><fs>"
            "<f name=\"confidence\"><numeric value=\"0.75\"/></f>"
            "<f name=\"mentions\"><numeric value=\"2\"/></f>"
            "<f name=\"verified\"><binary value=\"true\"/></f></fs></span>");
  std::vector<std::string> order;
  for (pugi::xml_node span : group.children("span"))
    order.push_back(span.attribute("type").value());
  EXPECT_EQ(order, (std::vector<std::string>{"PER", "DATE", "ORG"}));
  EXPECT_EQ(raw_xml(tei.at("//span[@xml:id='entities-2']")),
            "<span xml:id=\"entities-2\" from=\"#w17\" to=\"#w19\" type=\"DATE\"><fs>"
            "<f name=\"when\"><string>2021-03-03</string></f></fs></span>");
}

TEST(TeiWriter, SpansOffTokenBoundariesUseStringRangesInCodePoints) {
  EXPECT_EQ(raw_xml(Tei("news").at("//spanGrp[@type='highlights']")),
            "<spanGrp type=\"highlights\" resp=\"#app.ner\"><span xml:id=\"highlights-0\" "
            "target=\"#string-range(body,24,12)\" type=\"fragment\"/></spanGrp>");
  const Tei unicode("unicode");
  EXPECT_EQ(unicode.attribute("//span[@type='partial']", "target"), "#string-range(body,1,5)");
  EXPECT_EQ(unicode.attribute("//span[@type='emoji']", "from"), "#w2");
  EXPECT_EQ(unicode.attribute("//span[@type='phrase']", "from"), "#w3");
  EXPECT_EQ(unicode.attribute("//span[@type='phrase']", "to"), "#w4");
}

// What w, s and p have no room for goes in a group named after their layer, pointing at them;
// the lemma the w carries is not repeated, and an annotation without such features has no item.
TEST(TeiWriter, FeaturesTheBodyCannotCarryGoInStandOffUnderTheirLayer) {
  const Tei tei("structure-features");
  EXPECT_EQ(raw_xml(tei.at("//spanGrp[@type='tokens']")),
            "<spanGrp type=\"tokens\"><span xml:id=\"tokens-w1\" target=\"#w1\"><fs>"
            "<f name=\"gloss\"><string>Rome</string></f></fs></span>"
            "<span xml:id=\"tokens-w2\" target=\"#w2\"><fs><f name=\"pos\"><numeric value=\"7\"/>"
            "</f><f name=\"pos_x0020_tag\"><string>AUX</string></f></fs></span>"
            "<span xml:id=\"tokens-w5\" target=\"#w5\"/><span xml:id=\"tokens-w6\" "
            "target=\"#w6\"/><span xml:id=\"tokens-w7\" target=\"#w7\"/></spanGrp>");
  EXPECT_EQ(raw_xml(tei.at("//linkGrp[@type='tokens.about']")),
            "<linkGrp type=\"tokens.about\"><link target=\"#w1 "
            "#entities-0\"/></linkGrp>");
  EXPECT_EQ(tei.at("//linkGrp[@type='tokens.head']").select_nodes("link").size(), 3u);
  EXPECT_EQ(raw_xml(tei.at("//spanGrp[@type='sentences']")),
            "<spanGrp type=\"sentences\"><span xml:id=\"sentences-s1\" "
            "target=\"#s1\"><fs>"
            "<f name=\"mood\"><string>declarative</string></f></fs></span>"
            "<span xml:id=\"sentences-s2\" target=\"#s2\"><fs><f name=\"words\">"
            "<numeric value=\"2\"/></f></fs></span></spanGrp>");
  EXPECT_EQ(tei.attribute("//w[@xml:id='w2']", "lemma"), "essere");
  EXPECT_EQ(tei.attribute("//w[@xml:id='w2']", "pos"), "");
  // Without tokens: annotations, the features in note/fs.
  EXPECT_EQ(raw_xml(Tei("structure-features-no-tokens").at("//listAnnotation[@type='paragraphs']")),
            "<listAnnotation type=\"paragraphs\"><annotation "
            "xml:id=\"paragraphs-p2\" "
            "target=\"#p2\"><note><fs><f name=\"heading\"><binary value=\"true\"/></f>"
            "<f name=\"weight\"><numeric value=\"0.25\"/></f></fs></note></annotation>"
            "</listAnnotation>");
  // First in standOff, as the reader makes the layers: paragraphs, sentences, tokens.
  const std::string xml = Tei("structure-features-tokenizer").xml;
  EXPECT_LT(xml.find("<spanGrp type=\"sentences\">"), xml.find("<spanGrp type=\"tokens\">"));
  // A document whose structural layers have no such features has no such group.
  EXPECT_FALSE(Tei("linguistic").at("//spanGrp[@type='tokens']"));
}

// A reference from a token is checked before anything is written, as any other layer's.
TEST(TeiWriter, RefusesATokensReferenceToNothing) {
  Document document("d", "ab cd");
  Layer& tokens = testing::add_tokens(document);
  tokens.set_ref(0, "head", {"tokens", 9});
  EXPECT_NE(error_of(document).find("tokens"), std::string::npos) << error_of(document);
}

TEST(TeiWriter, ReferencesBecomeLinksBetweenIdsThatExist) {
  const Tei tei("news");
  EXPECT_EQ(raw_xml(tei.at("//linkGrp[@type='quotes.speaker']")),
            "<linkGrp type=\"quotes.speaker\" resp=\"#app.quotes\">"
            "<link target=\"#quotes-0 #entities-0\"/></linkGrp>");
  // The link group comes right after its layer's spans.
  EXPECT_STREQ(tei.at("//spanGrp[@type='quotes']").next_sibling().name(), "linkGrp");
  // A reference to a structural annotation points at its inline element.
  EXPECT_EQ(tei.attribute("//linkGrp[@type='sentiment.sentence']/link[2]", "target"),
            "#sentiment-1 #s2");
}

TEST(TeiWriter, WithoutTokensWritesListAnnotationWithStringRanges) {
  const Tei tei("no-tokens");  // "Anna Bianchi lives in Rome. She works there.\n"
  EXPECT_FALSE(tei.at("//spanGrp"));
  EXPECT_EQ(raw_xml(tei.at("//listAnnotation[@type='entities']")),
            "<listAnnotation type=\"entities\" resp=\"#app.ner\">"
            "<annotation xml:id=\"entities-0\" target=\"#string-range(body,0,12)\">"
            "<note><fs type=\"PER\"/></note></annotation>"
            "<annotation xml:id=\"entities-1\" target=\"#string-range(body,22,4)\">"
            "<note><fs type=\"LOC\"><f name=\"country\"><string>IT</string></f></fs></note>"
            "</annotation></listAnnotation>");
  EXPECT_EQ(raw_xml(tei.at("//annotation[@xml:id='coreference-1']")),
            "<annotation xml:id=\"coreference-1\" target=\"#string-range(body,38,5)\"/>");
  EXPECT_EQ(tei.attribute("//linkGrp[@type='coreference.antecedent']/link", "target"),
            "#coreference-0 #entities-0");
}

TEST(TeiWriter, EscapesXmlSpecialCharactersAndKeepsTabs) {
  const Tei tei("special");
  EXPECT_NE(tei.xml.find("<w xml:id=\"w2\">x</w> <pc xml:id=\"w3\" type=\"symbol\">&lt;</pc>"),
            std::string::npos);
  EXPECT_NE(tei.xml.find("<pc xml:id=\"w5\" type=\"symbol\">&amp;</pc>"), std::string::npos);
  EXPECT_NE(tei.xml.find("</pc>\t<w"), std::string::npos);
  EXPECT_EQ(text_of(tei.at("//titleStmt/title")), "Special <&> \"characters\"");
  EXPECT_EQ(text_of(tei.at("//f[@name='latex']/string")), "x < y \\& z > w \"'\n\ttwo lines");
}

TEST(TeiWriter, TokenKindsGoInTypeOrNEscaped) {
  const Tei tei("odd-kinds");  // "città & <tag> \"q\"\tend\n"
  EXPECT_EQ(raw_xml(tei.inline_at("//s")),
            "<s xml:id=\"s1\"><w xml:id=\"w1\" type=\"parola\">citt\u00e0</w> "
            "<w xml:id=\"w2\" n=\"amp &amp; &lt;lt> &quot;quot&quot;\">&amp;</w> "
            "<w xml:id=\"w3\" n=\"tab&#09;here\" join=\"right\">&lt;</w>"
            "<w xml:id=\"w4\" type=\"qualit\u00e0\" join=\"right\">tag</w>"
            "<w xml:id=\"w5\" n=\"two words\">&gt;</w> "
            "<w xml:id=\"w6\" n=\"control \uFFFD char\" join=\"right\">\"</w>"
            "<w xml:id=\"w7\" join=\"right\">q</w><pc xml:id=\"w8\" type=\"symbol\">\"</pc>\t"
            "<w xml:id=\"w9\" type=\"url\">end</w></s>");
}

// lemma, pos, msd and norm in that order whatever order they were set in, escaped as attribute
// values are; a token without any keeps its old shape.
TEST(TeiWriter, TokenLemmasAndPartsOfSpeechGoOnWAndPc) {
  const Tei tei("linguistic");  // "Le città crebbero & \"fiorirono\".\n"
  EXPECT_EQ(raw_xml(tei.inline_at("//s")),
            "<s xml:id=\"s1\"><w xml:id=\"w1\" lemma=\"il\" pos=\"DET\" "
            "msd=\"Definite=Def|Gender=Fem\">Le</w> "
            "<w xml:id=\"w2\" lemma=\"citt\u00e0\" pos=\"NOUN\">citt\u00e0</w> "
            "<w xml:id=\"w3\" lemma=\"crescere\" msd=\"Mood=Ind&#13;&#10;Tense=Past\" "
            "norm=\"crebbero\">crebbero</w> "
            "<pc xml:id=\"w4\" type=\"symbol\" lemma=\"e&#09;and &quot;et&quot;\" "
            "pos=\"CCONJ &amp; &lt;&amp;>\">&amp;</pc> "
            "<pc xml:id=\"w5\" join=\"right\">\"</pc>"
            "<w xml:id=\"w6\" lemma=\"fiorire \uFFFD\" pos=\"\" join=\"right\">fiorirono</w>"
            "<pc xml:id=\"w7\" join=\"right\">\"</pc><pc xml:id=\"w8\" pos=\"PUNCT\">.</pc></s>");
}

// Only string features: TEI's lemma and pos are strings, and a number is no lemma.
TEST(TeiWriter, TokenFeaturesOfTheseNamesThatAreNoStringsAreNotWritten) {
  Document document("numbers", "ab cd");
  Layer& tokens = document.add_layer("tokens");
  for (const Offset begin : {0u, 3u}) {
    tokens.set_string(tokens.add(begin, begin + 2, "token"), "kind", "word");
  }
  tokens.set_int(0, "pos", 7);
  tokens.set_bool(1, "lemma", true);
  tokens.set_string(1, "norm", "CD");
  pugi::xml_document tei;
  testing::parse_xml(tei, testing::tei_string(document));
  EXPECT_EQ(raw_xml(select(tei, "//body/p")),
            "<p xml:id=\"p1\"><w xml:id=\"w1\">ab</w> <w xml:id=\"w2\" norm=\"CD\">cd</w></p>");
}

// The body is written by hand, not through pugixml, yet must be what pugixml writes for the
// same elements, attributes and text, byte for byte; except that p and s, written open and
// closed around their content, stay so when they are empty ("<p xml:id="p1"></p>").
TEST(TeiWriter, BodyIsWrittenExactlyAsPugixmlWritesIt) {
  const std::regex empty_container("<(p|s) (xml:id=\"[ps][0-9]+\")/>");
  for (const auto& named : testing::sample_documents()) {
    const std::string xml = testing::tei_string(named.make(), named.run);
    const std::size_t begin = xml.find("<body");
    const std::size_t end = xml.find("</body>") + std::string_view("</body>").size();
    ASSERT_NE(begin, std::string::npos) << named.name;
    const std::string body = xml.substr(begin, end - begin);
    pugi::xml_document parsed;
    // No end-of-line or attribute whitespace normalization: the values come back exactly.
    ASSERT_TRUE(
        parsed.load_buffer(body.data(), body.size(), pugi::parse_escapes | pugi::parse_ws_pcdata))
        << named.name;
    EXPECT_EQ(std::regex_replace(raw_xml(parsed.first_child()), empty_container, "<$1 $2></$1>"),
              body)
        << named.name;
  }
}

TEST(TeiWriter, PutsValuesTeiAttributesCannotTakeWhereTheyAreValid) {
  const Tei tei("odd");
  EXPECT_FALSE(tei.at("/TEI").attribute("xml:lang"));  // "not a language"
  const pugi::xml_node span = tei.at("//span[@xml:id='odd-0']");
  EXPECT_STREQ(span.attribute("n").value(), "Named Entity");  // @type cannot hold a space
  EXPECT_FALSE(span.attribute("type"));
  std::vector<std::string> names;
  for (pugi::xml_node f : span.child("fs").children("f"))
    names.push_back(f.attribute("name").value());
  EXPECT_EQ(names, (std::vector<std::string>{"pos_x0020_tag", "_x0031_st", "_x005F_x41_",
                                             "infinite", "not_x0020_a_x0020_number", "huge",
                                             "negative", "qualit_x00E0__x0020__x0001F600_"}));
  EXPECT_EQ(text_of(tei.at("//f[@name='_x0031_st']/string")),
            "control \xEF\xBF\xBD char and bad UTF-8 \xEF\xBF\xBD here");
  EXPECT_EQ(tei.attribute("//f[@name='infinite']/numeric", "value"), "INF");
  EXPECT_EQ(tei.attribute("//f[@name='not_x0020_a_x0020_number']/numeric", "value"), "NaN");
  EXPECT_EQ(tei.attribute("//f[@name='huge']/numeric", "value"), "1e+300");
  EXPECT_EQ(tei.attribute("//f[@name='negative']/numeric", "value"), "-42");
  // Versions TEI cannot take whole keep what it can, and the whole goes in a label.
  EXPECT_EQ(tei.attribute("//application[@xml:id='strata']", "version"), "0.1.0");
  EXPECT_EQ(text_of(tei.at("//application[@xml:id='strata']/label[@type='version']")), "0.1.0-dev");
  EXPECT_EQ(tei.attribute("//application[@xml:id='app.ner']", "version"), "0");
  EXPECT_EQ(tei.attribute("//application[@xml:id='app.ner.2']", "version"), "2.0");
  // A timestamp that is not a W3C date stays in the text of the change.
  const pugi::xml_node change = tei.at("//revisionDesc/change");
  EXPECT_FALSE(change.attribute("when"));
  EXPECT_NE(text_of(change).find("yesterday"), std::string::npos);
  // Who made each layer: strata itself for the host's, no one for an unknown producer.
  EXPECT_EQ(tei.attribute("//spanGrp[@type='by-the-host']", "resp"), "#strata");
  EXPECT_FALSE(tei.at("//spanGrp[@type='unclaimed']").attribute("resp"));
  EXPECT_FALSE(tei.at("//spanGrp[@type='empty-layer']"));
}

TEST(TeiWriter, RefusesStructuralLayersThatDoNotNest) {
  {
    Document d("crossing-sentence", "One two.\n\nThree four.");
    d.add_layer("paragraphs").add(0, 8, "paragraph");
    d.add_layer("sentences").add(4, 16, "sentence");
    EXPECT_EQ(error_of(d),
              "cannot write document 'crossing-sentence' as TEI: sentences 0 [4, 16) crosses the "
              "end of paragraphs 0 [0, 8) (byte offsets): the structural layers do not nest");
  }
  {
    Document d("crossing-token", "One two three.");
    d.add_layer("sentences").add(0, 5, "sentence");
    d.add_layer("tokens").add(4, 7, "token");
    EXPECT_NE(error_of(d).find("tokens 0 [4, 7) crosses the end of sentences 0 [0, 5)"),
              std::string::npos)
        << error_of(d);
  }
  {
    Document d("token-over-sentence-start", "One two three.");
    d.add_layer("sentences").add(4, 14, "sentence");
    d.add_layer("tokens").add(0, 7, "token");
    EXPECT_NE(error_of(d).find("sentences 0 [4, 14) overlaps tokens 0 [0, 7)"), std::string::npos)
        << error_of(d);
  }
  {
    Document d("overlapping-tokens", "One two three.");
    Layer& tokens = d.add_layer("tokens");
    tokens.add(0, 3, "token");
    tokens.add(2, 7, "token");
    EXPECT_NE(error_of(d).find("layer 'tokens': annotations 0 [0, 3) and 1 [2, 7) overlap"),
              std::string::npos)
        << error_of(d);
  }
}

TEST(TeiWriter, RefusesAReferenceToAnAnnotationThatDoesNotExist) {
  Document d("dangling", "Some text.");
  Layer& layer = d.add_layer("quotes");
  layer.set_ref(layer.add(0, 4, "quote"), "speaker", {"entities", 3});
  EXPECT_NE(error_of(d).find("refers to annotation 3 of layer 'entities', which does not exist"),
            std::string::npos)
      << error_of(d);
}

}  // namespace
}  // namespace strata::formats
