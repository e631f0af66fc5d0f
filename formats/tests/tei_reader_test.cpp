#include "strata/formats/tei_reader.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "inline_documents.hpp"
#include "sample_documents.hpp"
#include "strata/error.hpp"
#include "strata/formats/json_writer.hpp"
#include "strata/formats/tei_writer.hpp"
#include "tei_reader_parsing.hpp"
#include "written.hpp"

namespace strata::formats {
namespace {

using testing::json_of;
using testing::tei_of;

// Samples whose paragraphs layer cannot come back as it was: without one the writer still
// writes p elements (body needs them), and text outside every paragraph gets a p of its own.
const std::set<std::string> kParagraphsMadeByTheWriter = {
    "no-paragraphs", "tokens-only", "plain", "empty", "whitespace", "uncovered"};

// The original's JSON with what TEI cannot carry made as read_tei gives it back: a language the
// writer leaves out reads as "auto", empty layers are not written, C0 controls become U+FFFD and
// an empty token kind reads as the element's ("word").
nlohmann::json expected_json(const std::string& json, const std::string& tei) {
  std::string safe = json;
  for (std::size_t at; (at = safe.find("\\u0001")) != std::string::npos;) {
    safe.replace(at, 6, "\xEF\xBF\xBD");
  }
  auto expected = nlohmann::json::parse(safe);
  if (tei.find("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">") != std::string::npos) {
    expected["lang"] = "auto";
  }
  for (auto layer = expected["layers"].begin(); layer != expected["layers"].end();) {
    layer = layer->empty() ? expected["layers"].erase(layer) : std::next(layer);
  }
  if (expected["layers"].contains("tokens")) {
    for (auto& token : expected["layers"]["tokens"]) {
      if (token["features"]["kind"] == "") token["features"]["kind"] = "word";
    }
  }
  // The body does not say who made paragraphs, sentences and tokens, and unwritten (empty)
  // layers have no maker; a maker the run does not list is not named in standOff: unknown.
  if (!expected["strata"].contains("producers")) return expected;
  nlohmann::json producers = nlohmann::json::object();
  for (const auto& [layer, producer] : expected["strata"]["producers"].items()) {
    if (!expected["layers"].contains(layer) || layer == "paragraphs" || layer == "sentences" ||
        layer == "tokens") {
      continue;
    }
    const auto& plugins = expected["strata"]["plugins"];
    const bool listed = std::any_of(plugins.begin(), plugins.end(),
                                    [&](const auto& plugin) { return plugin["name"] == producer; });
    producers[layer] = listed ? producer : "?";
  }
  expected["strata"].erase("producers");
  if (!producers.empty()) expected["strata"]["producers"] = producers;
  return expected;
}

// The non-empty layers in the order read_tei makes them: the body's first, as paragraphs,
// sentences, tokens, whatever order they were made in.
std::vector<std::string> written_layers(const Document& document, bool with_paragraphs) {
  std::vector<std::string> names;
  for (const char* name : {"paragraphs", "sentences", "tokens"}) {
    const Layer* layer = document.find_layer(name);
    if (layer && !layer->empty() && (with_paragraphs || name != std::string("paragraphs"))) {
      names.emplace_back(name);
    }
  }
  for (const std::string& name : document.layer_names()) {
    const bool in_body = name == "paragraphs" || name == "sentences" || name == "tokens";
    if (!document.layer(name).empty() && !in_body) names.push_back(name);
  }
  return names;
}

// Every test reads both ways: parsed into a tree first, and streamed.
class TeiReader : public ::testing::TestWithParam<TeiParsing> {
 protected:
  Document read_back(std::string_view xml) const { return read_tei(xml, false, GetParam()); }
  Document read_back_strata(std::string_view xml) const { return read_tei(xml, true, GetParam()); }
  std::string error_of(std::string_view xml) const {
    try {
      read_back(xml);
    } catch (const Error& e) {
      return e.what();
    }
    return "no error";
  }
};

INSTANTIATE_TEST_SUITE_P(TreeAndStream, TeiReader,
                         ::testing::Values(TeiParsing::tree, TeiParsing::stream),
                         [](const auto& info) {
                           return info.param == TeiParsing::tree ? "Tree" : "Stream";
                         });

// write_tei → read_tei → write_json gives the original's JSON: layers, offsets, ids, labels,
// features and references survive. Compared as unordered JSON, since a reference feature comes
// back after the plain ones and TEI's numeric does not say whether 0 was 0.0; the order of the
// layers is compared apart.
TEST_P(TeiReader, RoundTripsEverySample) {
  for (const auto& sample : testing::sample_documents()) {
    const Document original = sample.make();
    const std::string tei = tei_of(original, sample.run);
    const Document read = read_back(tei);
    auto expected = expected_json(json_of(original, sample.run), tei);
    auto actual = nlohmann::json::parse(json_of(read, sample.run));
    const bool same_paragraphs = !kParagraphsMadeByTheWriter.contains(sample.name);
    if (!same_paragraphs) {
      expected["layers"].erase("paragraphs");
      actual["layers"].erase("paragraphs");
    }
    EXPECT_EQ(actual, expected) << sample.name << "\n" << tei;
    EXPECT_EQ(written_layers(read, same_paragraphs), written_layers(original, same_paragraphs))
        << sample.name;
  }
}

// Whatever their order in the file, in the order the writer writes them; a token without them
// has its kind alone.
TEST_P(TeiReader, TokenAttributesComeBackAsTheTokensFeatures) {
  std::string tei = tei_of(testing::sample("linguistic").make(), {});
  const std::string written = " lemma=\"il\" pos=\"DET\"";
  const std::size_t at = tei.find(written);
  ASSERT_NE(at, std::string::npos);
  tei.replace(at, written.size(), " pos=\"DET\" lemma=\"il\"");
  const Document read = read_back(tei);
  const Layer& tokens = read.layer("tokens");
  std::vector<std::string> names;
  for (const Feature& feature : tokens.features(0)) names.emplace_back(feature.name);
  EXPECT_EQ(names, (std::vector<std::string>{"kind", "lemma", "pos", "msd"}));
  EXPECT_EQ(tokens.string_feature(0, "lemma"), "il");
  EXPECT_EQ(tokens.string_feature(0, "pos"), "DET");
  EXPECT_EQ(tokens.string_feature(2, "msd"), "Mood=Ind\r\nTense=Past");
  EXPECT_EQ(tokens.string_feature(3, "pos"), "CCONJ & <&>");
  EXPECT_EQ(tokens.features(4).size(), 1u);  // the opening quote
}

TEST_P(TeiReader, WriterMadeParagraphsComeBackAsParagraphs) {
  const Document read = read_back(tei_of(testing::sample("uncovered").make(), {}));
  const Layer& paragraphs = read.layer("paragraphs");
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(read.text(paragraphs.begin(0), paragraphs.end(0)), "Heading line");
  EXPECT_EQ(read.text(paragraphs.begin(1), paragraphs.end(1)), "A b c d.");
  EXPECT_EQ(read.text(paragraphs.begin(2), paragraphs.end(2)), "Tail words\n\n\nLast line");
}

TEST_P(TeiReader, ReadsIdTitleMetadataAndLanguage) {
  const Document read = read_back(tei_of(testing::sample("news").make(), {}));
  EXPECT_EQ(read.id(), "news-1");
  EXPECT_EQ(read.language(), "en");
  EXPECT_EQ(read.metadata().at("title"), "A news item");
  EXPECT_EQ(read.metadata().at("source"), "https://example.org/news/1");
  const Layer& quotes = read.layer("quotes");
  EXPECT_EQ(std::get<AnnotationRef>(*quotes.feature(0, "speaker")), (AnnotationRef{"entities", 0}));
  // Undetermined, which a missing xml:lang would turn into "to be detected".
  EXPECT_EQ(read_back(tei_of(testing::sample("plain").make(), {})).language(), "und");
}

constexpr std::string_view kMinimal =
    R"x(<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>d</title>)x"
    R"x(</titleStmt></fileDesc></teiHeader><text><body xml:id="body"><p xml:id="p1">)x"
    R"x(<w xml:id="w1">ab</w> <w xml:id="w2">cd</w></p></body></text>)x";

TEST_P(TeiReader, ReadsAHandWrittenFile) {
  const Document read = read_back(
      std::string(kMinimal) +
      R"x(<standOff><spanGrp type="e"><span xml:id="e-1" target="#string-range(body,3,2)" n="a b"/>)x"
      R"x(<span xml:id="e-0" from="#w1" to="#w2" type="X"><fs><f name="pos_x0020_tag"><string>N</string></f>)x"
      R"x(<f name="n"><numeric value="2"/></f><f name="r"><numeric value="-INF"/></f>)x"
      R"x(<f name="b"><binary value="true"/></f></fs></span></spanGrp>)x"
      R"x(<linkGrp type="e.head"><link target="#e-0 #w2"/></linkGrp></standOff></TEI>)x");
  EXPECT_EQ(read.id(), "d");
  EXPECT_EQ(read.language(), "auto");
  EXPECT_EQ(read.text(), "ab cd");
  const Layer& e = read.layer("e");
  EXPECT_EQ(read.text(e.begin(0), e.end(0)), "ab cd");
  EXPECT_EQ(read.text(e.begin(1), e.end(1)), "cd");
  EXPECT_EQ(e.type(1), "a b");
  EXPECT_EQ(e.string_feature(0, "pos tag"), "N");
  EXPECT_EQ(std::get<std::int64_t>(*e.feature(0, "n")), 2);
  EXPECT_EQ(std::get<double>(*e.feature(0, "r")), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(std::get<bool>(*e.feature(0, "b")), true);
  EXPECT_EQ(std::get<AnnotationRef>(*e.feature(0, "head")), (AnnotationRef{"tokens", 1}));
}

// Only the attributes of these names, as XML reads them: references resolved, look-alikes and
// other attributes of TEI's (lemmaRef, a link to a dictionary entry) not features.
TEST_P(TeiReader, TokenAttributesAreReadAsXmlGivesThem) {
  std::string tei(kMinimal);
  const std::string_view start_tag = "<w xml:id=\"w1\">";
  tei.replace(tei.find(start_tag), start_tag.size(),
              R"x(<w xml:id="w1" lemmaRef="#x" lemma="a &amp; b&#10;" Lemma="c" orig="d">)x");
  tei += "</TEI>";
  const Document read = read_back(tei);
  EXPECT_EQ(read.text(), "ab cd");
  const Layer& tokens = read.layer("tokens");
  std::vector<std::string> names;
  for (const Feature& feature : tokens.features(0)) names.emplace_back(feature.name);
  EXPECT_EQ(names, (std::vector<std::string>{"kind", "lemma"}));
  EXPECT_EQ(tokens.string_feature(0, "lemma"), "a & b\n");
  EXPECT_EQ(tokens.features(1).size(), 1u);
}

TEST_P(TeiReader, ReadsIndentedFeaturesAndStandOffOutOfPlace) {
  // standOff before text and the header after it, a feature's value after a newline, its string
  // in pieces, an fs after the span outside it: the same layer as the file Strata writes.
  const std::string header =
      R"x(<teiHeader><fileDesc><titleStmt><title>d</title></titleStmt></fileDesc></teiHeader>)x";
  const std::string text =
      R"x(<text><body xml:id="body"><p xml:id="p1"><w xml:id="w1">ab</w> <w xml:id="w2">cd</w>)x"
      R"x(</p></body></text>)x";
  const std::string stand_off =
      "<standOff>\n <spanGrp type=\"e\">\n  <span xml:id=\"e-0\" from=\"#w1\" to=\"#w2\">\n"
      "   <fs>\n    <f name=\"s\">\n     <string>a &amp; <![CDATA[<b>]]></string>\n    </f>\n"
      "    <f name=\"n\"> <numeric value=\"2\"/></f>\n   </fs>\n  </span>\n"
      "  <note><fs><f name=\"x\"><string>not the span's</string></f></fs></note>\n"
      " </spanGrp>\n</standOff>";
  const std::string tei = R"x(<TEI xmlns="http://www.tei-c.org/ns/1.0">)x";
  for (const std::string& file :
       {tei + header + text + stand_off + "</TEI>", tei + stand_off + text + header + "</TEI>"}) {
    const Document read = read_back(file);
    const Layer& e = read.layer("e");
    ASSERT_EQ(e.size(), 1u) << file;
    EXPECT_EQ(read.text(e.begin(0), e.end(0)), "ab cd");
    EXPECT_EQ(e.string_feature(0, "s"), "a & <b>");
    EXPECT_EQ(std::get<std::int64_t>(*e.feature(0, "n")), 2);
    EXPECT_FALSE(e.feature(0, "x"));
  }
}

// f@name and linkGrp@type must be XML Names: "" was written as "_", which "_" is written as too,
// and came back as "_".
TEST_P(TeiReader, FeatureNamesComeBackExactlyTheEmptyOneToo) {
  Document document("d", "Anna e Carlo.");
  testing::add_structure(document);
  Layer& entities = testing::add_layer_by(document, "ner", "entities");
  const AnnotationId anna = testing::annotate(document, entities, "Anna", "PER");
  const AnnotationId carlo = testing::annotate(document, entities, "Carlo", "PER");
  entities.set_string(anna, "", "empty");
  entities.set_string(anna, "_", "underscore");
  entities.set_string(anna, "_x_", "escape-like");
  entities.set_ref(carlo, "", {"entities", anna});
  const Document read = read_back(tei_of(document, testing::sample_run()));
  const Layer& back = read.layer("entities");
  EXPECT_EQ(back.string_feature(anna, ""), "empty");
  EXPECT_EQ(back.string_feature(anna, "_"), "underscore");
  EXPECT_EQ(back.string_feature(anna, "_x_"), "escape-like");
  EXPECT_EQ(std::get<AnnotationRef>(*back.feature(carlo, "")), (AnnotationRef{"entities", anna}));
  EXPECT_FALSE(back.feature(carlo, "_"));
}

// The title element holds the id when there is no title: a title that was the id was lost.
TEST_P(TeiReader, ATitleThatIsTheIdComesBack) {
  Document document("Relazione 2024", "Anna e Carlo.");
  document.metadata()["title"] = "Relazione 2024";
  testing::add_structure(document);
  const Document read = read_back(tei_of(document, testing::sample_run()));
  EXPECT_EQ(read.id(), "Relazione 2024");
  ASSERT_EQ(read.metadata().count("title"), 1u);
  EXPECT_EQ(read.metadata().at("title"), "Relazione 2024");
  Document untitled("Relazione 2024", "Anna e Carlo.");
  testing::add_structure(untitled);
  EXPECT_EQ(read_back(tei_of(untitled, testing::sample_run())).metadata().count("title"), 0u);
}

// A CR in a value was written as it is, and a parser reads it back as LF (a CR LF as one LF).
TEST_P(TeiReader, CarriageReturnsInValuesComeBack) {
  Document document("d", "Anna e Carlo.");
  document.metadata()["title"] = "Line\r\nline";
  document.metadata()["note"] = "a\rb\r\n";
  testing::add_structure(document);
  Layer& entities = testing::add_layer_by(document, "ner", "entities");
  const AnnotationId anna = testing::annotate(document, entities, "Anna", "PER");
  entities.set_string(anna, "source", "one\rtwo\r\nthree");
  const std::string tei = tei_of(document, testing::sample_run());
  EXPECT_NE(tei.find("one&#13;two&#13;\nthree"), std::string::npos) << tei;
  const Document read = read_back(tei);
  EXPECT_EQ(read.metadata().at("title"), "Line\r\nline");
  EXPECT_EQ(read.metadata().at("note"), "a\rb\r\n");
  EXPECT_EQ(read.layer("entities").string_feature(anna, "source"), "one\rtwo\r\nthree");
}

TEST_P(TeiReader, ReadsIdsGivenByHand) {
  // Tokens with ids of any form, a standOff id with a leading zero, and pointers at all of them.
  const Document read = read_back(
      R"x(<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>d)x"
      R"x(</title></titleStmt></fileDesc></teiHeader><text><body xml:id="body"><p xml:id="p1">)x"
      R"x(<w xml:id="first">ab</w> <w xml:id="w2">cd</w> <w xml:id="w07">ef</w></p></body></text>)x"
      R"x(<standOff><spanGrp type="e"><span xml:id="e-00" from="#first" to="#w07"/>)x"
      R"x(<span xml:id="e-1" from="#w2" to="#w2"/></spanGrp>)x"
      R"x(<linkGrp type="e.head"><link target="#e-1 #e-00"/></linkGrp></standOff></TEI>)x");
  const Layer& e = read.layer("e");
  EXPECT_EQ(read.text(e.begin(0), e.end(0)), "ab cd ef");
  EXPECT_EQ(read.text(e.begin(1), e.end(1)), "cd");
  EXPECT_EQ(std::get<AnnotationRef>(*e.feature(1, "head")), (AnnotationRef{"e", 0}));
  // "w1" and "w3" name no element: the first and third tokens have other ids.
  const std::string tokens =
      R"x(<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>d)x"
      R"x(</title></titleStmt></fileDesc></teiHeader><text><body xml:id="body"><p xml:id="p1">)x"
      R"x(<w xml:id="first">ab</w> <w xml:id="w2">cd</w> <w xml:id="w07">ef</w></p></body></text>)x"
      R"x(<standOff><spanGrp type="e"><span xml:id="e-0" from="#w1" to="#w3"/>)x"
      R"x(</spanGrp></standOff></TEI>)x";
  EXPECT_EQ(error_of(tokens), "layer \"e\": pointer \"#w1\" resolves to nothing");
  // An id given by hand that another element has by its number.
  EXPECT_EQ(
      error_of(std::string(kMinimal).replace(std::string(kMinimal).find("\"w1\""), 4, "\"w2\"") +
               "</TEI>"),
      "xml:id \"w2\" is used twice");
}

TEST_P(TeiReader, BadInputSaysWhatIsWrong) {
  EXPECT_NE(error_of("<TEI><text>").find("not well-formed XML"), std::string::npos);
  EXPECT_EQ(error_of("<TEI><teiHeader><fileDesc/></teiHeader></TEI>"),
            "not a Strata TEI file: no text");
  EXPECT_EQ(error_of("<TEI><teiHeader><fileDesc/></teiHeader><text/></TEI>"),
            "not a Strata TEI file: no text/body");
  const std::string spans = std::string(kMinimal) + R"x(<standOff><spanGrp type="e">)x";
  EXPECT_EQ(
      error_of(spans + R"x(<span xml:id="e-0" from="#w1" to="#w9"/></spanGrp></standOff></TEI>)x"),
      "layer \"e\": pointer \"#w9\" resolves to nothing");
  EXPECT_EQ(
      error_of(spans + R"x(<span xml:id="e-1" from="#w1" to="#w1"/></spanGrp></standOff></TEI>)x"),
      "layer \"e\": span ids must be e-0..e-0, each once");
  EXPECT_EQ(
      error_of(
          spans +
          R"x(<span xml:id="e-0" target="#string-range(body,3,9)"/></spanGrp></standOff></TEI>)x"),
      "layer \"e\": offset 12 is past the end of the text");
  EXPECT_EQ(
      error_of(
          spans + R"x(<span xml:id="e-0" from="#w1" to="#w1"/></spanGrp>)x" +
          R"x(<linkGrp type="e.x"><link target="#e-0 #nowhere"/></linkGrp></standOff></TEI>)x"),
      "linkGrp \"e.x\": pointer \"#nowhere\" resolves to nothing");
}

// A group named after a layer of the body adds features to its elements; anything but a
// target at one of that layer's elements is refused.
TEST_P(TeiReader, AddsStandOffFeaturesToTheBodysElements) {
  const std::string tokens = std::string(kMinimal) + R"x(<standOff><spanGrp type="tokens">)x";
  const Document read = read_back(
      tokens + R"x(<span target="#w2"><fs><f name="gloss"><string>x</string></f></fs></span>)x" +
      R"x(</spanGrp><linkGrp type="tokens.head"><link target="#w1 #w2"/></linkGrp></standOff></TEI>)x");
  EXPECT_EQ(read.layer("tokens").string_feature(1, "gloss"), "x");
  EXPECT_EQ(read.layer("tokens").string_feature(1, "kind"), "word");
  EXPECT_EQ(read.layer("tokens").feature(0, "head"), FeatureValue(AnnotationRef{"tokens", 1}));
  const std::string refused =
      "layer \"tokens\" in standOff: each span must point at one of the body's elements of "
      "that layer with target alone";
  EXPECT_EQ(error_of(tokens + R"x(<span from="#w1" to="#w1"/></spanGrp></standOff></TEI>)x"),
            refused);
  EXPECT_EQ(error_of(tokens + R"x(<span target="#w1" type="X"/></spanGrp></standOff></TEI>)x"),
            refused);
  EXPECT_EQ(error_of(tokens + R"x(<span target="#p1"/></spanGrp></standOff></TEI>)x"), refused);
  EXPECT_EQ(error_of(tokens + R"x(<span target="#w3"/></spanGrp></standOff></TEI>)x"),
            "layer \"tokens\" in standOff: pointer \"#w3\" resolves to nothing");
  EXPECT_EQ(error_of(tokens + R"x(<span target="#w1"/><span target="#w1"/></spanGrp>)x" +
                     "</standOff></TEI>"),
            "layer \"tokens\" in standOff: two items point at #w1");
  EXPECT_EQ(error_of(tokens + R"x(</spanGrp><spanGrp type="tokens"></spanGrp></standOff></TEI>)x"),
            "layer \"tokens\" in standOff: a second group of its features");
}

TEST_P(TeiReader, RefusesAReferenceToACharacterXmlDoesNotAllow) {
  // A NUL would silently end the value it is in (pugixml's values are C strings): "a".
  const std::string span =
      std::string(kMinimal) +
      R"x(<standOff><spanGrp type="e"><span xml:id="e-0" from="#w1" to="#w2")x";
  for (const std::string& tei :
       {span + R"x(><fs><f name="s"><string>a&#0;b</string></f></fs></span>)x",
        span + R"x( n="a&#x0;b"/>)x", span + R"x( n="a&#1;b"/>)x"}) {
    const std::string error = error_of(tei + "</spanGrp></standOff></TEI>");
    EXPECT_EQ(error.find("not well-formed XML"), 0u) << error;
  }
  const std::string whole = span + "/></spanGrp></standOff></TEI>";
  EXPECT_EQ(error_of(whole + std::string(1, '\0') + "<TEI/>").find("not well-formed XML"), 0u);
}

// -f tei-inline leaves the annotations it writes inline, and their other features, out of
// standOff: read back, they were silently lost, or a pointer at one of them resolved to nothing.
TEST_P(TeiReader, RefusesInlineTeiAndWhatElseTheBodyWouldLose) {
  constexpr std::string_view kWhy =
      ">, which Strata's stand-off TEI never has: inline TEI (-f tei-inline, -f tei-inline-rs) is "
      "not read back; write -f tei for output that is to be read back";
  for (const auto& sample : testing::inline_documents()) {
    for (const bool rs : {false, true}) {
      const std::string error = error_of(testing::tei_inline_string(sample.make(), rs));
      EXPECT_EQ(error.find("body has <"), 0u) << sample.name << ": " << error;
      EXPECT_NE(error.find(kWhy), std::string::npos) << sample.name << ": " << error;
    }
  }
  // Inline TEI with nothing inline is the stand-off TEI, and reads back whole.
  const Document structure_only = testing::sample("joined").make();
  EXPECT_EQ(json_of(read_back(testing::tei_inline_string(structure_only)), {}),
            json_of(read_back(tei_of(structure_only, {})), {}));
  // Markup added by hand would be lost as well.
  std::string hand = std::string(kMinimal) + "</TEI>";
  const std::string_view token = "<w xml:id=\"w2\">cd</w>";
  hand.replace(hand.find(token), token.size(), "<hi>" + std::string(token) + "</hi>");
  EXPECT_EQ(error_of(hand), "body has <hi" + std::string(kWhy));
}

TEST_P(TeiReader, RefusesADoctypeAndOtherRoots) {
  // The entity would name a local file: it must be neither read nor expanded.
  const std::string doctype = R"x(<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>)x";
  const std::string tei = tei_of(testing::sample("joined").make(), {});
  EXPECT_EQ(error_of(doctype + tei.substr(tei.find("<TEI"))),
            "XML with a DOCTYPE is not read (its entities are never fetched or expanded)");
  EXPECT_EQ(error_of("<html><body/></html>"),
            "not a TEI file: the root element is <html>, not <TEI>");
}

// A file from kStreamTeiFrom bytes on is streamed, a smaller one parsed into a tree first: their
// parsers word the same fault differently.
TEST(TeiReaderBySize, StreamsFromEightMegabytesOn) {
  const std::string bad = "<TEI><text></TEI>";
  const auto error_at_size = [&](std::size_t size) {
    const std::string xml = "<!--" + std::string(size - bad.size() - 7, ' ') + "-->" + bad;
    EXPECT_EQ(xml.size(), size);
    try {
      read_tei(xml);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string tree = error_at_size(kStreamTeiFrom - 1);
  EXPECT_NE(tree.find("not well-formed XML"), std::string::npos) << tree;
  EXPECT_EQ(tree.find("</TEI> closes <text>"), std::string::npos) << tree;
  const std::string stream = error_at_size(kStreamTeiFrom);
  EXPECT_NE(stream.find("</TEI> closes <text>"), std::string::npos) << stream;
  const std::string tei = tei_of(testing::sample("news").make(), {});
  const std::string padding = "<!--" + std::string(kStreamTeiFrom, ' ') + "-->";
  EXPECT_EQ(json_of(read_tei(tei + padding), {}), json_of(read_tei(tei), {}));
}

TEST_P(TeiReader, StrataOnlyReadingRefusesTeiFromElsewhere) {
  const std::string written = tei_of(testing::sample("joined").make(), testing::sample_run());
  EXPECT_EQ(read_back_strata(written).text(), read_back(written).text());
  try {
    read_back_strata(std::string(kMinimal) + "</TEI>");
    ADD_FAILURE() << "a TEI without Strata's header was read";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "not a Strata TEI file: its teiHeader lacks Strata's appInfo application and "
              "sourceDesc");
  }
}

TEST_P(TeiReader, RefusesATextThatIsNotTheHeaders) {
  std::string tei = tei_of(testing::sample("joined").make(), {});
  tei.replace(tei.find(">Yes<"), 5, ">Yep<");
  EXPECT_NE(error_of(tei).find("the header says"), std::string::npos) << error_of(tei);
}

}  // namespace
}  // namespace strata::formats
