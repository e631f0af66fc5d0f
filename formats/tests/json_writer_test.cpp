#include "strata/formats/json_writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "sample_documents.hpp"

namespace strata::formats {
namespace {

using testing::add_layer_by;

std::string json_string(const Document& document, const RunInfo& run) {
  std::ostringstream out;
  write_json(document, run, out);
  return std::move(out).str();
}

TEST(JsonWriter, WritesTheDocumentedShapeExactly) {
  Document d("d1", "Ciao \U0001F44B\U0001F3FD mondo");
  d.set_language("it");
  Layer& tokens = d.add_layer("tokens");
  tokens.set_string(tokens.add(0, 4, "token"), "kind", "word");
  tokens.set_string(tokens.add(5, 13, "token"), "kind", "symbol");
  tokens.set_string(tokens.add(14, 19, "token"), "kind", "word");
  Layer& entities = add_layer_by(d, "ner", "entities");
  const AnnotationId loc = entities.add(14, 19, "LOC");
  entities.set_string(loc, "name", "world");
  entities.set_int(loc, "rank", 3);
  entities.set_real(loc, "score", 0.5);
  entities.set_bool(loc, "ok", false);
  Layer& mentions = add_layer_by(d, "ner", "mentions");
  mentions.set_ref(mentions.add(0, 4, "mention"), "of", {"entities", loc});
  const RunInfo run{"0.1.0", "2026-11-29T05:04:54Z", {{"ner", "0.3.1", "NER", {{"model", "x"}}}}};

  EXPECT_EQ(json_string(d, run),
            R"({"id":"d1","lang":"it","text":"Ciao )"
            "\U0001F44B\U0001F3FD"
            R"( mondo","layers":{)"
            R"("tokens":[{"id":0,"begin":0,"end":4,"type":"token","features":{"kind":"word"}},)"
            R"({"id":1,"begin":5,"end":7,"type":"token","features":{"kind":"symbol"}},)"
            R"({"id":2,"begin":8,"end":13,"type":"token","features":{"kind":"word"}}],)"
            R"("entities":[{"id":0,"begin":8,"end":13,"type":"LOC",)"
            R"("features":{"name":"world","rank":3,"score":0.5,"ok":false}}],)"
            R"("mentions":[{"id":0,"begin":0,"end":4,"type":"mention",)"
            R"("features":{"of":{"layer":"entities","id":0}}}]},)"
            R"("metadata":{},)"
            R"("strata":{"version":"0.1.0","timestamp":"2026-11-29T05:04:54Z",)"
            R"("plugins":[{"name":"ner","version":"0.3.1","options":{"model":"x"}}],)"
            R"("producers":{"entities":"ner","mentions":"ner"}}})"
            "\n");
}

TEST(JsonWriter, CountsOffsetsInCodePointsOfEmojiAndCombiningMarks) {
  const auto json = nlohmann::json::parse(json_string(testing::sample("unicode").make(), {}));
  // "Café 👋🏽 naïve q́ 🇮🇹 fine.": the emoji, the flag and q + U+0301 are two code
  // points each.
  const auto& marks = json["layers"]["marks"];
  ASSERT_EQ(marks.size(), 4u);
  EXPECT_EQ(marks[0]["type"], "partial");  // "afé 👋" starts first
  EXPECT_EQ(marks[0]["begin"], 1);
  EXPECT_EQ(marks[0]["end"], 6);
  EXPECT_EQ(marks[1]["type"], "emoji");
  EXPECT_EQ(marks[1]["begin"], 5);
  EXPECT_EQ(marks[1]["end"], 7);
  EXPECT_EQ(marks[2]["type"], "phrase");
  EXPECT_EQ(marks[2]["begin"], 8);
  EXPECT_EQ(marks[2]["end"], 16);
  EXPECT_EQ(marks[3]["type"], "flag");
  EXPECT_EQ(marks[3]["begin"], 17);
  EXPECT_EQ(marks[3]["end"], 19);
  EXPECT_EQ(json["text"].template get<std::string>().substr(0, 6), "Caf\u00e9 ");
}

TEST(JsonWriter, SortsAnnotationsByOffsetAndKeepsLayersInCreationOrder) {
  const auto json = nlohmann::ordered_json::parse(json_string(testing::sample("news").make(), {}));
  std::vector<std::string> layers;
  for (const auto& [name, annotations] : json["layers"].items()) layers.push_back(name);
  EXPECT_EQ(layers, (std::vector<std::string>{"paragraphs", "sentences", "tokens", "entities",
                                              "quotes", "highlights", "sentiment"}));
  const auto& entities = json["layers"]["entities"];
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(entities[0]["type"], "PER");
  EXPECT_EQ(entities[1]["type"], "DATE");  // added last, but it comes before the bank
  EXPECT_EQ(entities[1]["id"], 2);
  EXPECT_EQ(entities[2]["type"], "ORG");
  EXPECT_EQ(json["metadata"]["title"], "A news item");
}

TEST(JsonWriter, ReplacesInvalidUtf8InFeatureValuesInsteadOfFailing) {
  const auto json = nlohmann::json::parse(json_string(testing::sample("odd").make(), {}));
  const std::string value = json["layers"]["odd"][0]["features"]["1st"];
  EXPECT_NE(value.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(json["layers"]["odd"][0]["features"]["negative"], -42);
}

}  // namespace
}  // namespace strata::formats
