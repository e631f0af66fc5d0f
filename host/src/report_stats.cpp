#include "report_stats.hpp"

#include <algorithm>
#include <set>

#include "strata/layer_names.hpp"

namespace strata::host {
namespace {

// The text as one line: an entity split over a line break is still the same name.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string span_text(const Document& document, const Layer& layer, AnnotationId id) {
  return one_line(document.text(layer.begin(id), layer.end(id)));
}

double number(const Layer& layer, AnnotationId id, std::string_view name) {
  const auto value = layer.feature(id, name);
  if (!value) return 0;
  if (const auto* real = std::get_if<double>(&*value)) return *real;
  if (const auto* integer = std::get_if<std::int64_t>(&*value))
    return static_cast<double>(*integer);
  return 0;
}

// Who said a quotation: its speaker_name, else the text of the entity its speaker points at,
// else its speaker_text; "" when nobody is named.
std::string speaker(const Document& document, const Layer& quotes, AnnotationId id) {
  std::string name = one_line(quotes.string_feature(id, "speaker_name"));
  if (!name.empty()) return name;
  if (const auto ref = quotes.feature(id, "speaker")) {
    if (const auto* target = std::get_if<AnnotationRef>(&*ref)) {
      const Layer* layer = document.find_layer(target->layer);
      if (layer && target->id < layer->size()) return span_text(document, *layer, target->id);
    }
  }
  return one_line(quotes.string_feature(id, "speaker_text"));
}

std::vector<Tally> top(const std::map<std::string, std::size_t>& counts, std::size_t n) {
  std::vector<Tally> all;
  for (const auto& [name, count] : counts) all.push_back({name, count});
  std::stable_sort(all.begin(), all.end(),
                   [](const Tally& a, const Tally& b) { return a.count > b.count; });
  if (all.size() > n) all.resize(n);
  return all;
}

}  // namespace

void CorpusStats::add(const Document& document) {
  ++documents_;
  if (const Layer* tokens = document.find_layer(layer_names::tokens)) tokens_ += tokens->size();
  if (const Layer* entities = document.find_layer("entities")) {
    entity_count_ += entities->size();
    for (AnnotationId id = 0; id < entities->size(); ++id) {
      ++entities_[std::string(entities->type(id))][span_text(document, *entities, id)];
    }
  }
  if (const Layer* quotes = document.find_layer("quotations")) {
    quotations_ += quotes->size();
    for (AnnotationId id = 0; id < quotes->size(); ++id) {
      const std::string name = speaker(document, *quotes, id);
      if (name.empty()) {
        ++unattributed_;
      } else {
        ++speakers_[name];
      }
    }
  }
  if (const Layer* sentiment = document.find_layer("sentiment")) {
    for (AnnotationId id = 0; id < sentiment->size(); ++id) {
      if (sentiment->string_feature(id, "scope") != "document") continue;
      sentiment_.push_back(
          {document.id(), std::string(sentiment->type(id)), number(*sentiment, id, "score")});
      break;
    }
  }
  if (const Layer* targets = document.find_layer("entity-sentiment")) {
    for (AnnotationId id = 0; id < targets->size(); ++id) {
      std::string target = one_line(targets->string_feature(id, "target"));
      if (target.empty()) target = span_text(document, *targets, id);
      std::string type(targets->string_feature(id, "target_type"));
      EntitySentimentRow& row = entity_sentiment_[{target, type}];
      row.target = target;
      row.type = type;
      const double mentions = std::max(1.0, number(*targets, id, "mentions"));
      row.mentions += static_cast<std::size_t>(mentions);
      ++row.documents;
      row.weighted_score += number(*targets, id, "score") * mentions;
    }
  }
  if (const Layer* citations = document.find_layer("citations")) {
    citations_ += citations->size();
    std::set<std::string> seen;
    for (AnnotationId id = 0; id < citations->size(); ++id) {
      const std::string_view full = citations->string_feature(id, "id");
      std::string act(full.substr(0, full.find('~')));
      if (act.empty()) act = span_text(document, *citations, id);
      ActRow& row = acts_[act];
      row.id = act;
      if (row.instrument.empty()) row.instrument = citations->string_feature(id, "instrument");
      ++row.citations;
      if (seen.insert(act).second) ++row.documents;
    }
  }
}

std::vector<std::string> CorpusStats::entity_types() const {
  std::vector<std::string> types;
  for (const auto& [type, texts] : entities_) types.push_back(type);
  return types;
}

std::vector<Tally> CorpusStats::top_entities(const std::string& type, std::size_t n) const {
  const auto found = entities_.find(type);
  return found == entities_.end() ? std::vector<Tally>{} : top(found->second, n);
}

std::vector<Tally> CorpusStats::top_speakers(std::size_t n) const {
  return top(speakers_, n);
}

std::vector<EntitySentimentRow> CorpusStats::top_entity_sentiment(std::size_t n) const {
  std::vector<EntitySentimentRow> rows;
  for (const auto& [key, row] : entity_sentiment_) rows.push_back(row);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.mentions > b.mentions; });
  if (rows.size() > n) rows.resize(n);
  return rows;
}

std::vector<ActRow> CorpusStats::top_acts(std::size_t n) const {
  std::vector<ActRow> rows;
  for (const auto& [id, row] : acts_) rows.push_back(row);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.citations > b.citations; });
  if (rows.size() > n) rows.resize(n);
  return rows;
}

}  // namespace strata::host
