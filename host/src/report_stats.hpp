// What strata report counts over a corpus of annotated documents.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "strata/document.hpp"

namespace strata::host {

// A name and how often it was seen, for the "most frequent" tables.
struct Tally {
  std::string name;
  std::size_t count = 0;
};

// One document's overall sentiment (its annotation with scope "document").
struct DocumentSentimentRow {
  std::string document;
  std::string label;
  double score = 0;
};

// The sentiment toward one entity (target and type of the entity-sentiment layer) over the
// corpus: its mentions and the documents it is in, and the mean of its per-document scores
// weighted by mentions.
struct EntitySentimentRow {
  std::string target;
  std::string type;
  std::size_t mentions = 0;
  std::size_t documents = 0;
  double weighted_score = 0;  // the sum of score x mentions; mean_score() divides
  double mean_score() const { return mentions ? weighted_score / mentions : 0; }
};

// An act (a citation's id without its partition after '~') and how often it is cited.
struct ActRow {
  std::string id;
  std::string instrument;  // the "instrument" feature of its first citation that has one
  std::size_t citations = 0;
  std::size_t documents = 0;
};

// The counts over every document added: tokens, entities by type and text, quotations by
// speaker, sentiment per document and toward entities, citations by act. Reads the layers of
// the built-in plugins (tokens, entities, quotations, sentiment, entity-sentiment, citations);
// a document without one of them adds nothing to its counts.
class CorpusStats {
 public:
  void add(const Document& document);

  std::size_t documents() const { return documents_; }
  std::size_t tokens() const { return tokens_; }
  std::size_t entities() const { return entity_count_; }
  std::size_t quotations() const { return quotations_; }
  std::size_t unattributed_quotations() const { return unattributed_; }
  std::size_t citations() const { return citations_; }

  // Entity types in name order.
  std::vector<std::string> entity_types() const;
  // The `n` most frequent texts of that type, most frequent first (ties by name).
  std::vector<Tally> top_entities(const std::string& type, std::size_t n) const;
  // The `n` most quoted speakers, by number of quotations.
  std::vector<Tally> top_speakers(std::size_t n) const;
  // Every document with a document sentiment, in the order added.
  const std::vector<DocumentSentimentRow>& document_sentiment() const { return sentiment_; }
  // The `n` entities with the most mentions in the entity-sentiment layer.
  std::vector<EntitySentimentRow> top_entity_sentiment(std::size_t n) const;
  // The `n` most cited acts.
  std::vector<ActRow> top_acts(std::size_t n) const;

 private:
  std::size_t documents_ = 0;
  std::size_t tokens_ = 0;
  std::size_t entity_count_ = 0;
  std::size_t quotations_ = 0;
  std::size_t unattributed_ = 0;
  std::size_t citations_ = 0;
  std::map<std::string, std::map<std::string, std::size_t>> entities_;  // type -> text -> count
  std::map<std::string, std::size_t> speakers_;
  std::vector<DocumentSentimentRow> sentiment_;
  std::map<std::pair<std::string, std::string>, EntitySentimentRow> entity_sentiment_;
  std::map<std::string, ActRow> acts_;
};

}  // namespace strata::host
