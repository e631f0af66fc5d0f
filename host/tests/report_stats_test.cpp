#include "report_stats.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

AnnotationId over(const Document& d, Layer& layer, std::string_view needle, std::string_view type,
                  std::size_t from = 0) {
  const auto at = static_cast<Offset>(d.text().find(needle, from));
  return layer.add(at, at + static_cast<Offset>(needle.size()), type);
}

// "Rossi: "piove". Bianchi\nRossi disse "sole". Roma" with entities, two quotations (one by
// reference, one by name), sentiment, entity sentiment and two citations of one act.
Document news(const std::string& id) {
  Document d(id, "Mario Rossi disse \"piove\" a Roma. Bianchi \"sole\" Mario\nRossi legge 241.");
  Layer& tokens = d.add_layer("tokens");
  tokens.add(0, 5, "token");
  tokens.add(6, 11, "token");
  Layer& entities = d.add_layer("entities");
  const AnnotationId rossi = over(d, entities, "Mario Rossi", "PER");
  over(d, entities, "Roma", "LOC");
  over(d, entities, "Mario\nRossi", "PER");
  Layer& quotes = d.add_layer("quotations");
  quotes.set_ref(over(d, quotes, "piove", "quote"), "speaker", {"entities", rossi});
  quotes.set_string(over(d, quotes, "sole", "quote"), "speaker_name", "Bianchi");
  over(d, quotes, "legge", "quote");  // nobody named
  Layer& sentiment = d.add_layer("sentiment");
  const AnnotationId whole = sentiment.add(0, 10, "positive");
  sentiment.set_string(whole, "scope", "document");
  sentiment.set_real(whole, "score", 0.25);
  Layer& targets = d.add_layer("entity-sentiment");
  const AnnotationId target = over(d, targets, "Mario Rossi", "positive");
  targets.set_string(target, "target", "Mario Rossi");
  targets.set_string(target, "target_type", "PER");
  targets.set_int(target, "mentions", 2);
  targets.set_real(target, "score", 0.5);
  Layer& citations = d.add_layer("citations");
  citations.set_string(over(d, citations, "legge 241", "act"), "id",
                       "urn:nir:stato:legge:1990;241~art2");
  const AnnotationId plain = over(d, citations, "241", "act");
  citations.set_string(plain, "id", "urn:nir:stato:legge:1990;241");
  citations.set_string(plain, "instrument", "legge");
  return d;
}

TEST(ReportStats, CountsEveryLayerOfTheBuiltInPlugins) {
  CorpusStats stats;
  stats.add(news("a"));
  EXPECT_EQ(stats.documents(), 1u);
  EXPECT_EQ(stats.tokens(), 2u);
  EXPECT_EQ(stats.entities(), 3u);
  ASSERT_EQ(stats.entity_types(), (std::vector<std::string>{"LOC", "PER"}));
  const auto people = stats.top_entities("PER", 10);
  ASSERT_EQ(people.size(), 1u);  // a line break inside a name does not make another name
  EXPECT_EQ(people[0].name, "Mario Rossi");
  EXPECT_EQ(people[0].count, 2u);
  EXPECT_EQ(stats.quotations(), 3u);
  EXPECT_EQ(stats.unattributed_quotations(), 1u);
  const auto speakers = stats.top_speakers(10);
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0].name, "Bianchi");  // ties in name order
  EXPECT_EQ(speakers[1].name, "Mario Rossi");
  ASSERT_EQ(stats.document_sentiment().size(), 1u);
  EXPECT_EQ(stats.document_sentiment()[0].label, "positive");
  EXPECT_DOUBLE_EQ(stats.document_sentiment()[0].score, 0.25);
  const auto acts = stats.top_acts(10);
  ASSERT_EQ(acts.size(), 1u);  // an article is cited as its act
  EXPECT_EQ(acts[0].id, "urn:nir:stato:legge:1990;241");
  EXPECT_EQ(acts[0].instrument, "legge");
  EXPECT_EQ(acts[0].citations, 2u);
  EXPECT_EQ(acts[0].documents, 1u);
}

TEST(ReportStats, AddsUpOverDocumentsAndRanksByFrequency) {
  CorpusStats stats;
  stats.add(news("a"));
  stats.add(news("b"));
  Document other("c", "Roma e Roma e Milano.");
  Layer& entities = other.add_layer("entities");
  over(other, entities, "Roma", "LOC");
  over(other, entities, "Roma", "LOC", 2);
  over(other, entities, "Milano", "LOC");
  Layer& targets = other.add_layer("entity-sentiment");
  const AnnotationId target = over(other, targets, "Roma", "negative");
  targets.set_string(target, "target", "Mario Rossi");
  targets.set_string(target, "target_type", "PER");
  targets.set_int(target, "mentions", 4);
  targets.set_real(target, "score", -0.5);
  stats.add(other);
  EXPECT_EQ(stats.documents(), 3u);
  const auto places = stats.top_entities("LOC", 1);
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].name, "Roma");
  EXPECT_EQ(places[0].count, 4u);
  EXPECT_EQ(stats.document_sentiment().size(), 2u);  // c has none
  const auto rows = stats.top_entity_sentiment(5);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].mentions, 8u);
  EXPECT_EQ(rows[0].documents, 3u);
  EXPECT_DOUBLE_EQ(rows[0].mean_score(), (0.5 * 2 + 0.5 * 2 - 0.5 * 4) / 8);
  EXPECT_EQ(stats.top_acts(10)[0].documents, 2u);
}

TEST(ReportStats, ADocumentWithoutLayersCountsOnlyAsADocument) {
  CorpusStats stats;
  stats.add(Document("plain", "Solo testo."));
  EXPECT_EQ(stats.documents(), 1u);
  EXPECT_EQ(stats.tokens(), 0u);
  EXPECT_TRUE(stats.entity_types().empty());
  EXPECT_TRUE(stats.top_speakers(10).empty());
  EXPECT_TRUE(stats.top_acts(10).empty());
  EXPECT_TRUE(stats.document_sentiment().empty());
}

}  // namespace
}  // namespace strata::host
