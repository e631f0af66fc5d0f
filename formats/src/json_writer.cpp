#include "strata/formats/json_writer.hpp"

#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>

#include "code_point_cursor.hpp"
#include "decimal.hpp"
#include "json_string.hpp"
#include "json_writer_parts.hpp"
#include "output_buffer.hpp"

namespace strata::formats {
namespace {

using Json = nlohmann::ordered_json;

// Feature values and metadata are not checked for UTF-8 by anyone: replace rather than fail.
std::string dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Strings, integers and booleans are written by hand; reals keep nlohmann's spelling (and its
// null for NaN and infinities). A reference's id is numbered on from the windows before.
void append_feature_value(std::string& out, const FeatureView& feature, const WindowStart& start) {
  using Kind = FeatureView::Kind;
  switch (feature.kind) {
    case Kind::string:
      append_json_string(out, feature.text);
      break;
    case Kind::integer:
      append_decimal(out, feature.integer);
      break;
    case Kind::boolean:
      out += feature.integer != 0 ? "true" : "false";
      break;
    case Kind::real:
      out += dump(feature.real);
      break;
    case Kind::reference:
      out += "{\"layer\":";
      append_json_string(out, feature.text);
      out += ",\"id\":";
      append_decimal(
          out, feature.integer + static_cast<std::int64_t>(start.annotations_before(feature.text)));
      out += '}';
      break;
  }
}

// An annotation's fixed start is put together on the stack and appended at once: one append in
// place of seven small ones, each a call and a check of the string's room.
class AnnotationStart {
 public:
  template <std::size_t N>
  void put(const char (&piece)[N]) {
    std::memcpy(end_, piece, N - 1);  // a size known when compiled: a few moves, no call
    end_ += N - 1;
  }
  void put(std::size_t number) { end_ = std::to_chars(end_, bytes_ + sizeof bytes_, number).ptr; }
  void append_to(std::string& out) const {
    out.append(bytes_, static_cast<std::size_t>(end_ - bytes_));
  }

 private:
  char bytes_[128];  // three numbers of 20 digits at most and 40 bytes of keys
  char* end_ = bytes_;
};

}  // namespace

void write_json_annotations(const Document& document, const Layer& layer, const WindowStart& start,
                            OutputBuffer& buffer, bool& first) {
  using namespace std::string_view_literals;  // lengths known when compiled: no strlen per piece
  std::string& out = buffer.text();
  CodePointCursor code_points(document.text(), document.offsets());
  const std::size_t ids_before = start.annotations_before(layer.name());
  std::vector<FeatureView> features;  // reused: one allocation per layer, not per annotation
  for (AnnotationId id : layer.ids_by_offset()) {
    AnnotationStart head;
    if (first) {
      head.put("{\"id\":");
    } else {
      head.put(",{\"id\":");
    }
    first = false;
    head.put(id + ids_before);
    head.put(",\"begin\":");
    head.put(start.code_points + code_points.code_point_offset(layer.begin(id)));
    head.put(",\"end\":");
    head.put(start.code_points + code_points.code_point_offset(layer.end(id)));
    head.put(",\"type\":\"");
    head.append_to(out);
    append_json_characters(out, layer.type(id));
    out += "\",\"features\":{"sv;
    layer.features(id, features);
    for (std::size_t i = 0; i < features.size(); ++i) {
      if (i > 0) out += ',';
      append_json_string(out, features[i].name);
      out += ':';
      append_feature_value(out, features[i], start);
    }
    out += "}}"sv;
    buffer.flush_if_full();
  }
}

namespace {

// A layer, its annotations written one at a time into the buffer: a document-wide JSON tree, or
// a nlohmann value per annotation, would cost many times the memory and time.
void write_layer(const Document& document, const Layer& layer, OutputBuffer& buffer) {
  append_json_string(buffer.text(), layer.name());
  buffer.text() += ":[";
  bool first = true;
  write_json_annotations(document, layer, WindowStart{}, buffer, first);
  buffer.text() += ']';
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

void write_json_head(const Document& document, std::string_view language, OutputBuffer& buffer) {
  std::string& text = buffer.text();
  text += "{\"id\":";
  append_json_string(text, document.id());
  text += ",\"lang\":";
  append_json_string(text, language);
  text += ",\"text\":\"";
  // A chunk at a time, cut between characters, so that a large text is never held twice.
  constexpr std::size_t kChunk = 64 * 1024;
  const std::string_view all = document.text();
  for (std::size_t from = 0; from < all.size();) {
    std::size_t to = std::min(all.size(), from + kChunk);
    while (to < all.size() && (static_cast<unsigned char>(all[to]) & 0xC0) == 0x80) ++to;
    append_json_characters(text, all.substr(from, to - from));
    buffer.flush_if_full();
    from = to;
  }
  text += "\",\"layers\":{";
}

void write_json_tail(const Document& document, const RunInfo& run,
                     const std::vector<std::pair<std::string, std::string>>& producers,
                     OutputBuffer& buffer) {
  Json metadata = Json::object();
  for (const auto& [key, value] : document.metadata()) metadata[key] = value;
  Json strata = run_json(run);
  // Who made each layer, for a reader to give it back; layers strata made itself are not named.
  Json by_layer = Json::object();
  for (const auto& [layer, producer] : producers) {
    if (!producer.empty()) by_layer[layer] = producer;
  }
  if (!by_layer.empty()) strata["producers"] = std::move(by_layer);
  buffer.text() += "},\"metadata\":" + dump(metadata) + ",\"strata\":" + dump(strata) + "}\n";
}

void write_json(const Document& document, const RunInfo& run, std::ostream& out) {
  OutputBuffer buffer(out);
  write_json_head(document, document.language(), buffer);
  std::vector<std::pair<std::string, std::string>> producers;
  for (const std::string& name : document.layer_names()) {
    if (!producers.empty()) buffer.text() += ',';
    const Layer& layer = document.layer(name);
    write_layer(document, layer, buffer);
    producers.emplace_back(name, layer.producer());
  }
  write_json_tail(document, run, producers, buffer);
  buffer.flush();
}

}  // namespace strata::formats
