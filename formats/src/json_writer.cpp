#include "strata/formats/json_writer.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

namespace strata::formats {
namespace {

using Json = nlohmann::ordered_json;

// Feature values and metadata are not checked for UTF-8 by anyone: replace rather than fail.
std::string dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json feature_value(const FeatureValue& value) {
  return std::visit(
      [](const auto& v) -> Json {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, AnnotationRef>) {
          return Json{{"layer", v.layer}, {"id", v.id}};
        } else {
          return v;
        }
      },
      value);
}

// `value` as JSON text; any other value goes through dump.
std::string number(std::uint64_t value) {
  char buffer[24];
  return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
}

// A layer's annotations, written one at a time with only their strings and feature values
// going through nlohmann: a document-wide JSON tree would take many times the memory of the
// layers and most of the time.
void write_layer(const Layer& layer, const OffsetMap& offsets, std::ostream& out) {
  out << dump(layer.name()) << ":[";
  std::string annotation;
  for (AnnotationId id : layer.ids_by_offset()) {
    annotation = annotation.empty() ? "{\"id\":" : ",{\"id\":";
    annotation += number(id);
    annotation += ",\"begin\":" + number(offsets.code_point_offset(layer.begin(id)));
    annotation += ",\"end\":" + number(offsets.code_point_offset(layer.end(id)));
    annotation += ",\"type\":" + dump(layer.type(id)) + ",\"features\":{";
    bool first = true;
    for (const Feature& feature : layer.features(id)) {
      if (!first) annotation += ',';
      annotation += dump(feature.name) + ":" + dump(feature_value(feature.value));
      first = false;
    }
    annotation += "}}";
    out << annotation;
  }
  out << ']';
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
  out << "{\"id\":" << dump(document.id()) << ",\"lang\":" << dump(document.language())
      << ",\"text\":" << dump(document.text()) << ",\"layers\":{";
  bool first = true;
  for (const std::string& name : document.layer_names()) {
    if (!first) out << ',';
    write_layer(document.layer(name), document.offsets(), out);
    first = false;
  }
  out << "},\"metadata\":" << dump(metadata) << ",\"strata\":" << dump(run_json(run)) << "}\n";
}

}  // namespace strata::formats
