#include "eval_corpus.hpp"

#include <optional>
#include <span>
#include <variant>

#include "detokenizer.hpp"
#include "document_input.hpp"
#include "setup_error.hpp"
#include "strata/conll.hpp"
#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/formats/json_reader.hpp"
#include "strata/formats/tei_input.hpp"
#include "strata/formats/tei_reader.hpp"
#include "strata/layer_names.hpp"
#include "strata/offset_map.hpp"
#include "strata/text.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

// The value of feature `name` of an annotation, if it has one that is a string.
std::optional<std::string> string_feature(const Layer& layer, AnnotationId id,
                                          const std::string& name) {
  if (name.empty()) return std::nullopt;
  const auto value = layer.feature(id, name);
  if (!value) return std::nullopt;
  if (const auto* text = std::get_if<std::string>(&*value)) return *text;
  return std::nullopt;
}

ScoredDocument scored(const Document& document, const std::string& layer_name,
                      const std::string& attribute) {
  ScoredDocument result{document.text(), {}, {}};
  const OffsetMap& offsets = document.offsets();
  const Layer* layer = document.find_layer(layer_name);
  result.has_layer = layer != nullptr;
  if (layer != nullptr) {
    for (AnnotationId id : layer->ids_by_offset()) {
      result.spans.push_back({offsets.code_point_offset(layer->begin(id)),
                              offsets.code_point_offset(layer->end(id)),
                              std::string(layer->type(id)), string_feature(*layer, id, attribute)});
      if (auto identifier = string_feature(*layer, id, "id")) {
        result.ids.push_back(std::move(*identifier));
      }
    }
  }
  if (const Layer* tokens = document.find_layer(layer_names::tokens)) {
    for (AnnotationId id : tokens->ids_by_offset()) {
      result.tokens.push_back({offsets.code_point_offset(tokens->begin(id)),
                               offsets.code_point_offset(tokens->end(id))});
    }
  }
  return result;
}

std::string canonical_token(const std::string& token, const fs::path& file) {
  try {
    return canonicalize_text(token);
  } catch (const Error& e) {
    throw SetupError(file.string() + ": token '" + token + "': " + e.what());
  }
}

bool is_annotated_file(const fs::path& file) {
  return file.extension() == ".json" || file.extension() == ".xml";
}

// The sentences of a CoNLL file cut into documents: at each -DOCSTART- mark, and after every
// `document_sentences` sentences of a document when that is not 0.
std::vector<std::span<const ConllSentence>> document_parts(
    const std::vector<ConllSentence>& sentences, std::size_t document_sentences) {
  std::vector<std::span<const ConllSentence>> parts;
  std::size_t begin = 0;
  for (std::size_t i = 1; i <= sentences.size(); ++i) {
    const bool cut = i == sentences.size() || sentences[i].starts_document ||
                     (document_sentences != 0 && i - begin == document_sentences);
    if (!cut) continue;
    parts.emplace_back(sentences.data() + begin, i - begin);
    begin = i;
  }
  if (parts.empty()) parts.emplace_back();  // an empty file is one empty document
  return parts;
}

// A document's number as part of its key: 0001, so keys sort in the file's order.
std::string numbered(std::size_t n) {
  std::string digits = std::to_string(n);
  if (digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
  return digits;
}

// One document of CoNLL sentences: their tokens detokenized, one sentence a line.
ScoredDocument conll_document(std::span<const ConllSentence> sentences) {
  DetokenizedText joined;
  std::vector<LabelledTokens> entities;  // with token indexes over the whole document
  std::size_t first_token = 0;
  for (const auto& sentence : sentences) {
    if (!joined.text.empty()) joined.text += '\n';
    append_detokenized(sentence.tokens, joined);
    for (auto entity : bio_entities(sentence.labels)) {
      entity.first += first_token;
      entity.last += first_token;
      entities.push_back(std::move(entity));
    }
    first_token += sentence.tokens.size();
  }
  joined.text += '\n';
  const OffsetMap offsets(joined.text);
  ScoredDocument document{joined.text, {}, {}};
  for (std::size_t i = 0; i < joined.token_begins.size(); ++i) {
    document.tokens.push_back({offsets.code_point_offset(joined.token_begins[i]),
                               offsets.code_point_offset(joined.token_ends[i])});
  }
  for (const auto& entity : entities) {
    document.spans.push_back(
        {document.tokens[entity.first].begin, document.tokens[entity.last - 1].end, entity.type});
  }
  return document;
}

}  // namespace

Document read_document(const fs::path& file) {
  if (file.extension() == ".json") return formats::read_json(read_file(file));
  if (file.extension() == ".xml") {
    formats::TeiInput input = formats::read_tei_input(read_file(file), file.stem().string());
    if (input.foreign) throw SetupError(file.string() + ": " + kForeignTeiHasNoLayers);
    return std::move(input.document);
  }
  throw SetupError(file.string() + ": cannot read " + file.extension().string() +
                   " files (Strata JSON, *.json, and TEI, *.xml, are supported)");
}

std::vector<std::pair<std::string, fs::path>> annotated_files(const fs::path& path) {
  std::vector<std::pair<std::string, fs::path>> files;
  if (fs::is_directory(path)) {
    for (const auto& entry : fs::recursive_directory_iterator(path)) {
      if (entry.is_regular_file() && is_annotated_file(entry.path())) {
        files.emplace_back(
            entry.path().lexically_relative(path).replace_extension().generic_string(),
            entry.path());
      }
    }
    if (files.empty()) throw SetupError("no *.json or *.xml files under " + path.string());
  } else if (fs::is_regular_file(path)) {
    files.emplace_back(path.stem().string(), path);
  } else {
    throw SetupError("not found: " + path.string());
  }
  return files;
}

ScoredCorpus read_strata_corpus(const fs::path& path, const std::string& layer,
                                const std::string& attribute) {
  ScoredCorpus corpus;
  for (const auto& [key, file] : annotated_files(path)) {
    try {
      ScoredDocument document = scored(read_document(file), layer, attribute);
      document.keeps_empty_layers = file.extension() == ".json";
      if (!corpus.emplace(key, std::move(document)).second) {
        throw SetupError(file.string() + ": a second file for document " + key);
      }
    } catch (const Error& e) {
      throw SetupError(file.string() + ": " + e.what());
    }
  }
  return corpus;
}

ScoredCorpus read_conll_corpus(const std::vector<fs::path>& files, std::size_t document_sentences) {
  ScoredCorpus corpus;
  for (const auto& file : files) {
    ConllData data;
    try {
      data = read_conll_file(file);
    } catch (const Error& e) {
      throw SetupError(e.what());
    }
    for (auto& sentence : data.sentences) {
      // Canonical as strata makes every text (NFC), so the prediction's text can equal ours.
      for (auto& token : sentence.tokens) token = canonical_token(token, file);
    }
    const auto parts = document_parts(data.sentences, document_sentences);
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const std::string key =
          parts.size() == 1 ? file.stem().string() : file.stem().string() + "-" + numbered(i + 1);
      if (!corpus.emplace(key, conll_document(parts[i])).second) {
        throw SetupError("two gold files for document " + key);
      }
    }
  }
  return corpus;
}

}  // namespace strata::host
