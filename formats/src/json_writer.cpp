#include "strata/formats/json_writer.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

#include "code_point_cursor.hpp"
#include "json_string.hpp"
#include "output_buffer.hpp"

namespace strata::formats {
namespace {

using Json = nlohmann::ordered_json;

// Feature values and metadata are not checked for UTF-8 by anyone: replace rather than fail.
std::string dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void append_number(std::string& out, std::int64_t value) {
  char buffer[24];
  const char* end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out.append(buffer, static_cast<std::size_t>(end - buffer));  // (pointer, size): the cheap append
}

// Strings, integers and booleans are written by hand; reals keep nlohmann's spelling (and its
// null for NaN and infinities).
void append_feature_value(std::string& out, const FeatureValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) {
    append_json_string(out, *text);
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    append_number(out, *integer);
  } else if (const auto* boolean = std::get_if<bool>(&value)) {
    out += *boolean ? "true" : "false";
  } else if (const auto* real = std::get_if<double>(&value)) {
    out += dump(*real);
  } else if (const auto* ref = std::get_if<AnnotationRef>(&value)) {
    out += "{\"layer\":";
    append_json_string(out, ref->layer);
    out += ",\"id\":";
    append_number(out, ref->id);
    out += '}';
  }
}

// A layer's annotations, written one at a time into the buffer: a document-wide JSON tree, or
// a nlohmann value per annotation, would cost many times the memory and time.
void write_layer(const Document& document, const Layer& layer, OutputBuffer& buffer) {
  std::string& out = buffer.text();
  append_json_string(out, layer.name());
  out += ":[";
  CodePointCursor code_points(document.text(), document.offsets());
  std::vector<Feature> features;  // reused: one allocation per layer, not per annotation
  bool first = true;
  for (AnnotationId id : layer.ids_by_offset()) {
    out += first ? "{\"id\":" : ",{\"id\":";
    first = false;
    append_number(out, id);
    out += ",\"begin\":";
    append_number(out, static_cast<std::int64_t>(code_points.code_point_offset(layer.begin(id))));
    out += ",\"end\":";
    append_number(out, static_cast<std::int64_t>(code_points.code_point_offset(layer.end(id))));
    out += ",\"type\":";
    append_json_string(out, layer.type(id));
    out += ",\"features\":{";
    layer.features(id, features);
    for (std::size_t i = 0; i < features.size(); ++i) {
      if (i > 0) out += ',';
      append_json_string(out, features[i].name);
      out += ':';
      append_feature_value(out, features[i].value);
    }
    out += "}}";
    buffer.flush_if_full();
  }
  out += ']';
}

// Who made the annotations: after the required keys, so readers of the documented shape are
// not disturbed.
Json run_json(const RunInfo& run) {
  Json plugins = Json::array();
  for (const AppliedPlugin& plugin : run.plugins) {
    Json options = Json::object();
    for (const auto& [name, value] : plugin.options) options[name] = value;
    plugins.push_back(
        Json{{"name", plugin.name}, {"version", plugin.version}, {"options", std::move(options)}});
  }
  return Json{{"version", run.program_version},
              {"timestamp", run.timestamp},
              {"plugins", std::move(plugins)}};
}

}  // namespace

void write_json(const Document& document, const RunInfo& run, std::ostream& out) {
  Json metadata = Json::object();
  for (const auto& [key, value] : document.metadata()) metadata[key] = value;
  OutputBuffer buffer(out);
  std::string& text = buffer.text();
  text += "{\"id\":";
  append_json_string(text, document.id());
  text += ",\"lang\":";
  append_json_string(text, document.language());
  text += ",\"text\":";
  append_json_string(text, document.text());
  text += ",\"layers\":{";
  bool first = true;
  for (const std::string& name : document.layer_names()) {
    if (!first) text += ',';
    write_layer(document, document.layer(name), buffer);
    first = false;
  }
  Json strata = run_json(run);
  // Who made each layer, for a reader to give it back; layers strata made itself are not named.
  Json producers = Json::object();
  for (const std::string& name : document.layer_names()) {
    const std::string& producer = document.layer(name).producer();
    if (!producer.empty()) producers[name] = producer;
  }
  if (!producers.empty()) strata["producers"] = std::move(producers);
  text += "},\"metadata\":" + dump(metadata) + ",\"strata\":" + dump(strata) + "}\n";
  buffer.flush();
}

}  // namespace strata::formats
