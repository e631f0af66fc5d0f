// The HTML writer: escaping, one element per part of every annotation with shared ids, nesting
// kept where spans cross, the links and markers of the built-in layers, and every sample.
#include "strata/formats/html_writer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "sample_documents.hpp"

namespace strata::formats {
namespace {

using testing::add_layer_by;
using testing::annotate;

std::string html_of(const Document& document) {
  std::ostringstream out;
  write_html(document, testing::sample_run(), out);
  return std::move(out).str();
}

std::string main_part(const std::string& html) {
  const auto begin = html.find("<main id=\"text\">");
  const auto end = html.find("</main>");
  EXPECT_NE(begin, std::string::npos);
  EXPECT_NE(end, std::string::npos);
  return html.substr(begin + 16, end - begin - 16);
}

// The text a browser shows for markup without character references other than the five the
// writer makes (every inserted element is empty: its words come from the style sheet).
std::string shown_text(const std::string& markup) {
  std::string out;
  bool in_tag = false;
  for (char c : markup) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>') in_tag = false;
  }
  for (const auto& [entity, c] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}}) {
    for (auto at = out.find(entity); at != std::string::npos; at = out.find(entity, at + 1)) {
      out.replace(at, entity.size(), c);
    }
  }
  return out;
}

// Whether every element of `markup` closes in the order it opened.
bool well_nested(const std::string& markup) {
  static const std::regex tag("<(/?)(span|a|sup)\\b[^>]*>");
  std::vector<std::string> open;
  for (std::sregex_iterator it(markup.begin(), markup.end(), tag), end; it != end; ++it) {
    if ((*it)[1].length() == 0) {
      open.push_back((*it)[2]);
    } else if (open.empty() || open.back() != (*it)[2]) {
      return false;
    } else {
      open.pop_back();
    }
  }
  return open.empty();
}

// How many elements carry data-layer="layer" data-id="id".
std::size_t parts(const std::string& html, const std::string& layer, AnnotationId id) {
  const std::string key = "data-layer=\"" + layer + "\" data-id=\"" + std::to_string(id) + "\"";
  std::size_t n = 0;
  for (auto at = html.find(key); at != std::string::npos; at = html.find(key, at + 1)) ++n;
  return n;
}

TEST(HtmlWriter, EscapesTextAndFeatureValues) {
  Document d("d<1>", "Disse: <script>alert(\"x\")</script> & 'basta' </script>.");
  testing::add_structure(d);
  Layer& notes = add_layer_by(d, "ner", "notes");
  notes.set_string(annotate(d, notes, "<script>", "tag"), "value", "</script><b>\"'&");
  const std::string html = html_of(d);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("</script><b>"), std::string::npos);
  EXPECT_NE(html.find("value: &lt;/script&gt;&lt;b&gt;&quot;&#39;&amp;"), std::string::npos);
  EXPECT_NE(html.find("<title>d&lt;1&gt;</title>"), std::string::npos);
  // Exactly one script element: ours, at the end.
  EXPECT_EQ(html.find("<script>"), html.rfind("<script>"));
  EXPECT_EQ(shown_text(main_part(html)), d.text());
}

TEST(HtmlWriter, ForbidsEveryRequestInItsContentSecurityPolicy) {
  Document d("d", "Testo.");
  const std::string html = html_of(d);
  EXPECT_NE(html.find("content=\"default-src 'none'; style-src 'unsafe-inline'; script-src "
                      "'unsafe-inline'; img-src data:\""),
            std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
}

TEST(HtmlWriter, CrossingSpansShareTheirIdAcrossNestedParts) {
  Document d("d", "Anna Maria Rossi vive a Roma.");
  Layer& a = add_layer_by(d, "ner", "entities");
  annotate(d, a, "Anna Maria", "PER");
  Layer& b = add_layer_by(d, "x", "other");
  annotate(d, b, "Maria Rossi", "NAME");
  const std::string html = html_of(d);
  EXPECT_EQ(parts(html, "entities", 0), 2u);  // "Anna " and "Maria"
  EXPECT_EQ(parts(html, "other", 0), 2u);     // "Maria" and " Rossi"
  EXPECT_NE(html.find("id=\"entities-0\""), std::string::npos);
  EXPECT_EQ(html.find("id=\"entities-0\""), html.rfind("id=\"entities-0\""));
  EXPECT_NE(html.find("class=\"a generic\""), std::string::npos);  // a layer with no own style
  EXPECT_TRUE(well_nested(main_part(html)));
  EXPECT_EQ(shown_text(main_part(html)), d.text());
}

TEST(HtmlWriter, LinksCitationsToTheirOfficialSource) {
  Document d("d", "La legge 241/1990, il regolamento 2016/679 e il trattato.");
  Layer& citations = add_layer_by(d, "legal", "citations");
  citations.set_string(annotate(d, citations, "legge 241/1990", "act"), "id",
                       "urn:nir:stato:legge:1990-08-07;241");
  citations.set_string(annotate(d, citations, "regolamento 2016/679", "act"), "id", "32016R0679");
  citations.set_string(annotate(d, citations, "trattato", "treaty"), "id", "doc:trattato");
  const std::string html = html_of(d);
  EXPECT_NE(html.find("href=\"https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:"
                      "1990-08-07;241\""),
            std::string::npos);
  EXPECT_NE(html.find("href=\"https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:"
                      "32016R0679\""),
            std::string::npos);
  EXPECT_EQ(parts(html, "citations", 2), 1u);  // the span; no link for doc:
  EXPECT_NE(html.find("data-label=\"doc:trattato\""), std::string::npos);
}

TEST(HtmlWriter, NamesAndLinksAQuotationsSpeaker) {
  Document d("d", "Rossi ha detto: \"oggi piove molto forte\".");
  Layer& entities = add_layer_by(d, "ner", "entities");
  const AnnotationId rossi = annotate(d, entities, "Rossi", "PER");
  Layer& quotes = add_layer_by(d, "quotes", "quotations");
  const AnnotationId quote = annotate(d, quotes, "oggi piove molto forte", "quote");
  quotes.set_ref(quote, "speaker", {"entities", rossi});
  const std::string html = html_of(d);
  EXPECT_NE(html.find("<a class=\"who\" data-layer=\"quotations\" data-id=\"0\" "
                      "data-type=\"quote\" data-name=\"Rossi\" href=\"#entities-0\" "
                      "data-refs=\"entities:0\""),
            std::string::npos);
  EXPECT_NE(html.find("data-refs=\"entities:0\""), std::string::npos);
}

TEST(HtmlWriter, MarksTheMentionOfASpeakerGivenInCodePoints) {
  Document d("d", "Già Rossi ha detto: \"oggi piove\".");
  Layer& quotes = add_layer_by(d, "quotes", "quotations");
  const AnnotationId quote = annotate(d, quotes, "oggi piove", "quote");
  quotes.set_int(quote, "speaker_begin", 4);  // "Rossi", after the two-byte à
  quotes.set_int(quote, "speaker_end", 9);
  const AnnotationId wrong = annotate(d, quotes, "piove", "quote");
  quotes.set_int(wrong, "speaker_begin", 4);
  quotes.set_int(wrong, "speaker_end", 99);  // past the text: no mention
  const std::string text = main_part(html_of(d));
  EXPECT_NE(text.find("Già <span class=\"mention\" data-mention=\"quotations:0\">Rossi</span>"),
            std::string::npos);
  EXPECT_EQ(text.find("quotations:1"), std::string::npos);
  EXPECT_EQ(shown_text(text), d.text());
}

TEST(HtmlWriter, SentenceSentimentIsAMarkerAndDocumentSentimentANote) {
  Document d("d", "Bello. Brutto.");
  Layer& sentiment = add_layer_by(d, "sentiment", "sentiment");
  const AnnotationId whole = sentiment.add(0, 14, "neutral");
  sentiment.set_string(whole, "scope", "document");
  const AnnotationId good = annotate(d, sentiment, "Bello.", "positive");
  sentiment.set_string(good, "scope", "sentence");
  sentiment.set_real(good, "score", 0.5);
  const std::string html = html_of(d);
  const std::string text = main_part(html);
  EXPECT_NE(text.find("Bello.<sup class=\"mark\" data-layer=\"sentiment\" data-id=\"1\" "
                      "data-type=\"positive\""),
            std::string::npos);
  EXPECT_NE(text.find("score: 0.5"), std::string::npos);
  EXPECT_EQ(text.find("data-id=\"0\""), std::string::npos);
  EXPECT_NE(html.find("class=\"doc-sentiment\" data-layer=\"sentiment\" data-id=\"0\""),
            std::string::npos);
}

TEST(HtmlWriter, ListsTheChainAndASwitchPerShownLayer) {
  Document d("d", "Anna vede Roma.");
  testing::add_structure(d);
  Layer& entities = add_layer_by(d, "ner", "entities");
  annotate(d, entities, "Roma", "LOC");
  const std::string html = html_of(d);
  EXPECT_NE(html.find("<td>ner</td><td>0.3.1</td><td>model=it-news; threshold=0.5</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<input type=\"checkbox\" checked value=\"entities\">"), std::string::npos);
  EXPECT_EQ(html.find("value=\"tokens\""), std::string::npos);
  EXPECT_EQ(html.find("data-layer=\"tokens\""), std::string::npos);
}

TEST(HtmlWriter, EverySampleKeepsItsTextNestingAndAnnotations) {
  for (const auto& sample : testing::sample_documents()) {
    const Document d = sample.make();
    std::ostringstream out;
    write_html(d, sample.run, out);
    const std::string html = out.str();
    const std::string text = main_part(html);
    EXPECT_EQ(shown_text(text), d.text()) << sample.name;
    EXPECT_TRUE(well_nested(text)) << sample.name;
    for (const auto& name : d.layer_names()) {
      if (name == "tokens" || name == "sentences" || name == "paragraphs") continue;
      const Layer& layer = d.layer(name);
      for (AnnotationId id = 0; id < layer.size(); ++id) {
        EXPECT_GE(parts(html, name, id), 1u) << sample.name << " " << name << " " << id;
      }
    }
  }
}

}  // namespace
}  // namespace strata::formats
