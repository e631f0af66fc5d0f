#include "strata/formats/json_reader.hpp"

#include <limits>
#include <nlohmann/json.hpp>

#include "code_point_cursor.hpp"
#include "json_document_handler.hpp"
#include "produced_layer.hpp"
#include "strata/error.hpp"
#include "strata/text.hpp"

namespace strata::formats {
namespace {

// The error for a key of an annotation or of the document that is missing or of another type.
void check_key(bool present, bool wrong_type, const char* key, const std::string& where) {
  if (wrong_type && !present) throw Error(where + ": \"" + key + "\" has the wrong type");
  if (!present) throw Error(where + ": missing \"" + key + "\"");
}

void check_key(const JsonAnnotation& annotation, JsonAnnotation::Key key, const char* name,
               const std::string& where) {
  check_key((annotation.present & key) != 0 && (annotation.wrong_type & key) == 0,
            (annotation.wrong_type & key) != 0, name, where);
}

// `code_points` as a byte offset: through a cursor, since annotations in id order mostly come in
// text order too.
Offset byte_offset(CodePointCursor& cursor, std::size_t code_point_count, std::uint64_t code_points,
                   const std::string& where) {
  if (code_points > code_point_count) {
    throw Error(where + ": offset " + std::to_string(code_points) + " is past the end of the text");
  }
  return static_cast<Offset>(cursor.byte_offset_of_code_point(code_points));
}

void set_feature(Layer& layer, AnnotationId id, const JsonFeature& feature,
                 const StringTable& strings, const std::string& where) {
  const std::string_view name = strings[feature.name];
  switch (feature.kind) {
    case FeatureView::Kind::string:
      layer.set_string(id, name, strings[feature.text]);
      break;
    case FeatureView::Kind::boolean:
      layer.set_bool(id, name, feature.integer != 0);
      break;
    case FeatureView::Kind::integer:
      layer.set_int(id, name, feature.integer);
      break;
    case FeatureView::Kind::real:
      layer.set_real(id, name, feature.real);
      break;
    case FeatureView::Kind::reference:
      // Read as unsigned, so a negative integer is one beyond 2^63.
      if (feature.integer < 0 || feature.integer > std::numeric_limits<AnnotationId>::max()) {
        throw Error(where + ": feature \"" + std::string(name) + "\" refers to annotation " +
                    std::to_string(static_cast<std::uint64_t>(feature.integer)) +
                    ", an id no annotation can have");
      }
      layer.set_ref(
          id, name,
          {std::string(strings[feature.text]), static_cast<AnnotationId>(feature.integer)});
      break;
  }
}

void read_layer(Document& document, const JsonLayer& read, const std::string& producer) {
  const std::string where = "layer \"" + read.name + "\"";
  if (!read.is_array) throw Error(where + " is not an array");
  // Added in id order, so that every annotation gets back its id and references stay right.
  std::vector<const JsonAnnotation*> by_id(read.annotations.size(), nullptr);
  for (const JsonAnnotation& annotation : read.annotations) {
    check_key(annotation, JsonAnnotation::kId, "id", where);
    if (annotation.id >= by_id.size() || by_id[annotation.id]) {
      throw Error(where + ": annotation ids must be 0.." + std::to_string(by_id.size() - 1) +
                  ", each once");
    }
    by_id[annotation.id] = &annotation;
  }
  if (read.feature_error) throw Error(where + ": " + *read.feature_error);
  Layer& layer = add_produced_layer(document, producer, read.name);
  layer.reserve(read.annotations.size(), read.features.size());
  CodePointCursor cursor(document.text(), document.offsets());
  const std::size_t code_point_count = document.offsets().code_point_count();
  for (const JsonAnnotation* annotation : by_id) {
    check_key(*annotation, JsonAnnotation::kBegin, "begin", where);
    check_key(*annotation, JsonAnnotation::kEnd, "end", where);
    check_key(*annotation, JsonAnnotation::kType, "type", where);
    const Offset begin = byte_offset(cursor, code_point_count, annotation->begin, where);
    const Offset end = byte_offset(cursor, code_point_count, annotation->end, where);
    const AnnotationId id = layer.add(begin, end, read.strings[annotation->type]);
    for (std::size_t i = 0; i < annotation->feature_count; ++i) {
      set_feature(layer, id, read.features[annotation->first_feature + i], read.strings, where);
    }
  }
}

// The maker of `layer`: as "producers" names it; else strata itself in a file Strata wrote,
// which names only plugins; else "?", a maker a file made elsewhere did not name.
std::string producer_of(const JsonDocumentParts& parts, const std::string& layer) {
  for (auto it = parts.producers.rbegin(); it != parts.producers.rend(); ++it) {
    if (it->first == layer) return it->second;  // the last, as a JSON object keeps it
  }
  return parts.has_strata ? std::string() : std::string("?");
}

}  // namespace

Document read_json(std::string json_text) {
  // Read as UTF-8, it would be "invalid literal", quoting a byte that is not UTF-8.
  if (looks_like_utf16(json_text)) throw Error(utf16_refusal("JSON"));
  JsonDocumentParts parts;
  JsonDocumentHandler handler(parts);
  nlohmann::ordered_json::sax_parse(json_text.begin(), json_text.end(), &handler);
  std::string().swap(json_text);  // the parts hold all of it now: a large file is not kept
  if (parts.syntax_error) throw Error("not valid JSON: " + *parts.syntax_error);
  if (!parts.is_object) throw Error("not a Strata JSON document (expected an object)");
  check_key(parts.text.has_value(), parts.text_wrong_type, "text", "document");
  check_key(parts.id.has_value(), parts.id_wrong_type, "id", "document");
  Document document(std::move(*parts.id), *parts.text);
  if (document.text() != *parts.text) throw Error("the document's text is not in canonical form");
  parts.text.reset();  // the document holds it now
  if (parts.language_wrong_type) throw Error("document: \"lang\" has the wrong type");
  if (parts.language) document.set_language(*parts.language);
  if (parts.metadata_error) throw Error("document: " + *parts.metadata_error);
  for (auto& [key, value] : parts.metadata) document.metadata()[key] = std::move(value);
  check_key(parts.layers_key == JsonDocumentParts::LayersKey::object,
            parts.layers_key == JsonDocumentParts::LayersKey::wrong_type, "layers", "document");
  for (JsonLayer& layer : parts.layers) {
    read_layer(document, layer, producer_of(parts, layer.name));
    layer = JsonLayer();  // its records, once in the document
  }
  return document;
}

}  // namespace strata::formats
