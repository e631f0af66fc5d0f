#include "document_sentiment.hpp"

#include <optional>
#include <stdexcept>
#include <variant>

#include "eval_corpus.hpp"
#include "setup_error.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

// A real feature may come back as an integer when it has no fraction (JSON "score": 1).
std::optional<double> number(const std::optional<FeatureValue>& value) {
  if (!value) return std::nullopt;
  if (const auto* real = std::get_if<double>(&*value)) return *real;
  if (const auto* integer = std::get_if<std::int64_t>(&*value)) {
    return static_cast<double>(*integer);
  }
  return std::nullopt;
}

std::optional<DocumentSentiment> document_sentiment(const Document& document,
                                                    const std::string& layer_name) {
  const Layer* layer = document.find_layer(layer_name);
  if (!layer) return std::nullopt;
  std::optional<DocumentSentiment> found;
  for (AnnotationId id : layer->ids_by_offset()) {
    if (layer->string_feature(id, "scope") != "document") continue;
    if (found) throw SetupError("two annotations with scope \"document\" in " + layer_name);
    const auto score = number(layer->feature(id, "score"));
    if (!score) throw SetupError("the document annotation's score is not a number");
    found = DocumentSentiment{std::string(layer->type(id)), *score, document.text()};
  }
  if (!found) throw SetupError("no annotation with scope \"document\" in " + layer_name);
  return found;
}

}  // namespace

std::map<std::string, DocumentSentiment> read_document_sentiments(const fs::path& path,
                                                                  const std::string& layer) {
  std::map<std::string, DocumentSentiment> sentiments;
  for (const auto& [key, file] : annotated_files(path)) {
    try {
      if (auto sentiment = document_sentiment(read_document(file), layer)) {
        sentiments.emplace(key, std::move(*sentiment));
      }
    } catch (const std::runtime_error& e) {  // strata::Error from the reader, or ours
      throw SetupError(file.string() + ": " + e.what());
    }
  }
  return sentiments;
}

}  // namespace strata::host
