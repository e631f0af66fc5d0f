#include "strata/formats/json_reader.hpp"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

#include "produced_layer.hpp"
#include "strata/error.hpp"

namespace strata::formats {
namespace {

// Ordered, so that layers come back in the order they were written (their creation order).
using Json = nlohmann::ordered_json;

const Json& member(const Json& object, const char* key, Json::value_t type,
                   const std::string& where) {
  const auto found = object.find(key);
  if (found == object.end()) throw Error(where + ": missing \"" + key + "\"");
  const bool numeric = type == Json::value_t::number_unsigned;
  if (numeric ? !found->is_number_unsigned() : found->type() != type) {
    throw Error(where + ": \"" + key + "\" has the wrong type");
  }
  return *found;
}

Offset byte_offset(const Document& document, const Json& code_points, const std::string& where) {
  const auto offset = code_points.get<std::uint64_t>();
  if (offset > document.offsets().code_point_count()) {
    throw Error(where + ": offset " + std::to_string(offset) + " is past the end of the text");
  }
  return static_cast<Offset>(document.offsets().byte_offset_of_code_point(offset));
}

void set_feature(Layer& layer, AnnotationId id, const std::string& name, const Json& value,
                 const std::string& where) {
  if (value.is_string()) {
    layer.set_string(id, name, value.get<std::string>());
  } else if (value.is_boolean()) {
    layer.set_bool(id, name, value.get<bool>());
  } else if (value.is_number_integer()) {
    layer.set_int(id, name, value.get<std::int64_t>());
  } else if (value.is_number()) {
    layer.set_real(id, name, value.get<double>());
  } else if (value.is_null()) {  // how write_json spells NaN and infinities
    layer.set_real(id, name, std::numeric_limits<double>::quiet_NaN());
  } else if (value.is_object() && value.contains("layer") && value.contains("id")) {
    layer.set_ref(id, name, {value["layer"].get<std::string>(), value["id"].get<AnnotationId>()});
  } else {
    throw Error(where + ": feature \"" + name + "\" has a value of an unknown kind");
  }
}

void read_layer(Document& document, const std::string& name, const std::string& producer,
                const Json& annotations) {
  const std::string where = "layer \"" + name + "\"";
  if (!annotations.is_array()) throw Error(where + " is not an array");
  // Added in id order, so that every annotation gets back its id and references stay right.
  std::vector<const Json*> by_id(annotations.size(), nullptr);
  for (const Json& annotation : annotations) {
    const auto id =
        member(annotation, "id", Json::value_t::number_unsigned, where).get<std::size_t>();
    if (id >= by_id.size() || by_id[id]) {
      throw Error(where + ": annotation ids must be 0.." + std::to_string(by_id.size() - 1) +
                  ", each once");
    }
    by_id[id] = &annotation;
  }
  Layer& layer = add_produced_layer(document, producer, name);
  for (const Json* annotation : by_id) {
    const auto id = layer.add(
        byte_offset(document, member(*annotation, "begin", Json::value_t::number_unsigned, where),
                    where),
        byte_offset(document, member(*annotation, "end", Json::value_t::number_unsigned, where),
                    where),
        member(*annotation, "type", Json::value_t::string, where).get<std::string>());
    if (const auto features = annotation->find("features"); features != annotation->end()) {
      for (const auto& [feature, value] : features->items()) {
        set_feature(layer, id, feature, value, where);
      }
    }
  }
}

// The "producers" of the "strata" object: layer name → plugin; none in JSON from elsewhere.
Json producers_of(const Json& json) {
  const auto strata = json.find("strata");
  if (strata == json.end() || !strata->is_object()) return Json::object();
  const auto producers = strata->find("producers");
  return producers != strata->end() && producers->is_object() ? *producers : Json::object();
}

}  // namespace

Document read_json(std::string_view json_text) {
  Json json;
  try {
    json = Json::parse(json_text);
  } catch (const Json::parse_error& e) {
    throw Error(std::string("not valid JSON: ") + e.what());
  }
  if (!json.is_object()) throw Error("not a Strata JSON document (expected an object)");
  const std::string& text =
      member(json, "text", Json::value_t::string, "document").get_ref<const std::string&>();
  Document document(member(json, "id", Json::value_t::string, "document").get<std::string>(), text);
  if (document.text() != text) throw Error("the document's text is not in canonical form");
  if (const auto lang = json.find("lang"); lang != json.end() && lang->is_string()) {
    document.set_language(lang->get<std::string>());
  }
  if (const auto metadata = json.find("metadata");
      metadata != json.end() && metadata->is_object()) {
    for (const auto& [key, value] : metadata->items()) {
      if (value.is_string()) document.metadata()[key] = value.get<std::string>();
    }
  }
  const Json producers = producers_of(json);
  for (const auto& [name, annotations] :
       member(json, "layers", Json::value_t::object, "document").items()) {
    const auto producer = producers.find(name);
    read_layer(document, name,
               producer != producers.end() && producer->is_string() ? producer->get<std::string>()
                                                                    : std::string(),
               annotations);
  }
  return document;
}

}  // namespace strata::formats
