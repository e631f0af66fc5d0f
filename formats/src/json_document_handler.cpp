#include "json_document_handler.hpp"

#include <algorithm>
#include <limits>
#include <utility>

#include "json_string.hpp"

namespace strata::formats {

bool JsonDocumentHandler::null() {
  return scalar(
      {FeatureView::Kind::real, nullptr, 0, false, std::numeric_limits<double>::quiet_NaN()});
}

bool JsonDocumentHandler::boolean(bool value) {
  return scalar({FeatureView::Kind::boolean, nullptr, value ? 1 : 0, false, 0.0});
}

bool JsonDocumentHandler::number_integer(std::int64_t value) {
  return scalar({FeatureView::Kind::integer, nullptr, value, false, 0.0});
}

bool JsonDocumentHandler::number_unsigned(std::uint64_t value) {
  return scalar({FeatureView::Kind::integer, nullptr, static_cast<std::int64_t>(value), true, 0.0});
}

bool JsonDocumentHandler::number_float(double value, const std::string&) {
  return scalar({FeatureView::Kind::real, nullptr, 0, false, value});
}

bool JsonDocumentHandler::string(std::string& value) {
  return scalar({FeatureView::Kind::string, &value, 0, false, 0.0});
}

bool JsonDocumentHandler::binary(binary_t&) {
  return true;
}  // never in JSON text

bool JsonDocumentHandler::start_object(std::size_t) {
  places_.push_back(opened(true));
  return true;
}

bool JsonDocumentHandler::start_array(std::size_t) {
  places_.push_back(opened(false));
  return true;
}

bool JsonDocumentHandler::key(std::string& key) {
  key_.assign(key);
  return true;
}

bool JsonDocumentHandler::end_object() {
  if (places_.back() == Place::reference) {
    if (reference_has_layer_ && reference_has_id_) {
      add_feature(reference_);
    } else {
      feature_of_unknown_kind(layer().strings[reference_.name]);
    }
  }
  places_.pop_back();
  return true;
}

bool JsonDocumentHandler::end_array() {
  places_.pop_back();
  return true;
}

bool JsonDocumentHandler::parse_error(std::size_t, const std::string&,
                                      const nlohmann::detail::exception& error) {
  parts_.syntax_error = error.what();
  return false;
}

bool JsonDocumentHandler::scalar(const Scalar& value) {
  const auto take_text = [&] { return std::move(*value.text); };
  const bool is_string = value.kind == FeatureView::Kind::string;
  switch (places_.back()) {
    case Place::start:
    case Place::skipped:
      break;
    case Place::root:
      if (key_ == "id") {
        if (is_string) parts_.id = take_text();
        parts_.id_wrong_type = !is_string;
      } else if (key_ == "text") {
        if (is_string) parts_.text = take_text();
        parts_.text_wrong_type = !is_string;
      } else if (key_ == "lang") {
        if (is_string) parts_.language = take_text();
        parts_.language_wrong_type = !is_string;
      } else if (key_ == "metadata") {
        metadata_of_wrong_type();
      } else if (key_ == "layers") {
        parts_.layers_key = JsonDocumentParts::LayersKey::wrong_type;
      }
      break;
    case Place::metadata:
      if (is_string) {
        parts_.metadata.emplace_back(key_, take_text());
      } else {
        metadata_value_of_wrong_type();
      }
      break;
    case Place::producers:
      if (is_string) parts_.producers.emplace_back(key_, take_text());
      break;
    case Place::layers:
      start_layer(false);
      break;
    case Place::layer:
      layer().annotations.emplace_back();  // not an object: it has no id
      break;
    case Place::annotation: {
      JsonAnnotation& annotation = this->annotation();
      const auto set = [&](std::uint64_t& field, JsonAnnotation::Key key) {
        if (value.is_unsigned) {
          field = static_cast<std::uint64_t>(value.integer);
          annotation.present |= key;
        } else {
          annotation.wrong_type |= key;
        }
      };
      if (key_ == "id") set(annotation.id, JsonAnnotation::kId);
      if (key_ == "begin") set(annotation.begin, JsonAnnotation::kBegin);
      if (key_ == "end") set(annotation.end, JsonAnnotation::kEnd);
      if (key_ == "type") {
        if (is_string) {
          annotation.type = layer().strings.add(*value.text);
          annotation.present |= JsonAnnotation::kType;
        } else {
          annotation.wrong_type |= JsonAnnotation::kType;
        }
      }
      break;
    }
    case Place::features: {
      StringTable& strings = layer().strings;
      if (value.is_unsigned && value.integer < 0) {
        // Beyond a feature's 64-bit integers: a real, as nlohmann gives a number larger still,
        // rather than the negative number its bits would make.
        const auto real = static_cast<double>(static_cast<std::uint64_t>(value.integer));
        add_feature({strings.add(key_), FeatureView::Kind::real, 0, 0, real});
        break;
      }
      add_feature({strings.add(key_), value.kind, is_string ? strings.add(*value.text) : 0,
                   value.integer, value.real});
      break;
    }
    case Place::reference:
      if (key_ == "layer" && is_string) {
        reference_.text = layer().strings.add(*value.text);
        reference_has_layer_ = true;
      } else if (key_ == "id" && value.is_unsigned) {
        // Kept whole: the reader refuses an id no annotation can have, which an AnnotationId
        // would cut down to one that may exist.
        reference_.integer = value.integer;
        reference_has_id_ = true;
      }
      break;
    case Place::strata:
      break;
  }
  return true;
}

JsonDocumentHandler::Place JsonDocumentHandler::opened(bool is_object) {
  switch (places_.back()) {
    case Place::start:
      parts_.is_object = is_object;
      return is_object ? Place::root : Place::skipped;
    case Place::root:
      if (key_ == "id") parts_.id_wrong_type = true;
      if (key_ == "text") parts_.text_wrong_type = true;
      if (key_ == "lang") parts_.language_wrong_type = true;
      if (key_ == "metadata") {
        if (!is_object) {
          metadata_of_wrong_type();
          return Place::skipped;
        }
        parts_.metadata.clear();  // a key given twice keeps its last value, as JSON has it
        parts_.metadata_error.reset();
        return Place::metadata;
      }
      if (key_ == "layers") {
        parts_.layers.clear();
        parts_.layers_key = is_object ? JsonDocumentParts::LayersKey::object
                                      : JsonDocumentParts::LayersKey::wrong_type;
        return is_object ? Place::layers : Place::skipped;
      }
      if (key_ == "strata" && is_object) {
        parts_.has_strata = true;
        return Place::strata;
      }
      return Place::skipped;
    case Place::layers:
      start_layer(!is_object);
      return is_object ? Place::skipped : Place::layer;
    case Place::layer: {
      JsonAnnotation& annotation = layer().annotations.emplace_back();
      annotation.first_feature = layer().features.size();
      return is_object ? Place::annotation : Place::skipped;
    }
    case Place::annotation:
      if (key_ == "id") annotation().wrong_type |= JsonAnnotation::kId;
      if (key_ == "begin") annotation().wrong_type |= JsonAnnotation::kBegin;
      if (key_ == "end") annotation().wrong_type |= JsonAnnotation::kEnd;
      if (key_ == "type") annotation().wrong_type |= JsonAnnotation::kType;
      return key_ == "features" && is_object ? Place::features : Place::skipped;
    case Place::features:
      if (!is_object) {
        feature_of_unknown_kind(key_);
        return Place::skipped;
      }
      reference_ = {layer().strings.add(key_), FeatureView::Kind::reference, 0, 0, 0.0};
      reference_has_layer_ = false;
      reference_has_id_ = false;
      return Place::reference;
    case Place::strata:
      if (key_ == "producers" && is_object) {
        parts_.producers.clear();
        return Place::producers;
      }
      return Place::skipped;
    case Place::metadata:
      metadata_value_of_wrong_type();
      return Place::skipped;
    case Place::reference:
    case Place::producers:
    case Place::skipped:
      return Place::skipped;
  }
  return Place::skipped;
}

void JsonDocumentHandler::add_feature(const JsonFeature& feature) {
  layer().features.push_back(feature);
  ++annotation().feature_count;
}

void JsonDocumentHandler::start_layer(bool is_array) {
  // A layer named twice keeps the last, as a JSON object keeps the last value of a key.
  std::erase_if(parts_.layers, [&](const JsonLayer& layer) { return layer.name == key_; });
  JsonLayer& layer = parts_.layers.emplace_back();
  layer.name = key_;
  layer.is_array = is_array;
}

void JsonDocumentHandler::metadata_of_wrong_type() {
  parts_.metadata.clear();
  parts_.metadata_error = "\"metadata\" has the wrong type";
}

void JsonDocumentHandler::metadata_value_of_wrong_type() {
  if (parts_.metadata_error) return;
  std::string error = "metadata ";
  append_json_string(error, key_);  // quoted as JSON: a key may hold a line break
  parts_.metadata_error = error + " has the wrong type: metadata values are strings";
}

void JsonDocumentHandler::feature_of_unknown_kind(std::string_view name) {
  if (!layer().feature_error) {
    layer().feature_error = "feature \"" + std::string(name) + "\" has a value of an unknown kind";
  }
}

}  // namespace strata::formats
