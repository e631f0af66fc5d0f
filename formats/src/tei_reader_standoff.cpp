#include "tei_reader_standoff.hpp"

#include <string>
#include <unordered_map>
#include <vector>

#include "application_ids.hpp"
#include "produced_layer.hpp"
#include "strata/error.hpp"
#include "tei_pointer.hpp"
#include "tei_reader_features.hpp"

namespace strata::formats {
namespace {

XmlIdTarget resolve(const XmlIds& ids, std::string_view pointer, const std::string& where) {
  const TeiPointer parsed = parse_tei_pointer(pointer);
  if (parsed.kind == TeiPointer::Kind::id) {
    if (const std::optional<XmlIdTarget> found = ids.find(parsed.id)) return *found;
  }
  throw Error(where + ": pointer \"" + std::string(pointer) + "\" resolves to nothing");
}

Offset byte_offset(const Document& document, std::size_t code_point, const std::string& where) {
  if (code_point > document.offsets().code_point_count()) {
    throw Error(where + ": offset " + std::to_string(code_point) + " is past the end of the text");
  }
  return static_cast<Offset>(document.offsets().byte_offset_of_code_point(code_point));
}

struct Range {
  Offset begin;
  Offset end;
};

// A span's from/to (token ids) or either element's target (a string-range of body).
Range range_of(pugi::xml_node node, const Document& document, const XmlIds& ids,
               const std::string& where) {
  if (const pugi::xml_attribute target = node.attribute("target")) {
    const TeiPointer pointer = parse_tei_pointer(target.value());
    if (pointer.kind != TeiPointer::Kind::string_range || pointer.id != "body") {
      throw Error(where + ": target \"" + target.value() + "\" is not a string-range of body");
    }
    return {byte_offset(document, pointer.offset, where),
            byte_offset(document, pointer.offset + pointer.length, where)};
  }
  const XmlIdTarget from = resolve(ids, node.attribute("from").value(), where);
  const XmlIdTarget to = resolve(ids, node.attribute("to").value(), where);
  return {document.layer(from.layer).begin(from.id), document.layer(to.layer).end(to.id)};
}

// The id in "LAYER-ID", or -1 when `xml_id` is not of that form.
long long annotation_id(std::string_view xml_id, std::string_view layer) {
  if (xml_id.size() <= layer.size() + 1 || !xml_id.starts_with(layer) ||
      xml_id[layer.size()] != '-') {
    return -1;
  }
  long long id = 0;
  for (const char c : xml_id.substr(layer.size() + 1)) {
    if (c < '0' || c > '9' || id > 0xFFFFFFFFLL) return -1;
    id = id * 10 + (c - '0');
  }
  return id;
}

// The plugin @resp points at: "" for strata itself. Without @resp (the writer leaves it out for
// a maker its run does not list) or with one the header does not list, the maker is unknown:
// kUnknownProducer, which no run lists either, so that the layer is written again without @resp.
std::string producer_of(pugi::xml_node group, pugi::xml_node app_info) {
  const std::string_view resp = group.attribute("resp").value();
  if (resp == std::string("#") + ApplicationIds::kStrata) return "";
  if (!resp.starts_with('#')) return kUnknownProducer;
  const pugi::xml_node application = app_info.find_child_by_attribute(
      "application", "xml:id", std::string(resp.substr(1)).c_str());
  return application ? application.child_value("label") : kUnknownProducer;
}

Layer& read_layer(pugi::xml_node group, pugi::xml_node app_info, Document& document, XmlIds& ids) {
  const std::string name = group.attribute("type").value();
  const std::string where = "layer \"" + name + "\"";
  const bool spans = std::string_view(group.name()) == "spanGrp";
  const char* element = spans ? "span" : "annotation";
  // Added in id order, so that every annotation gets back its id and references stay right.
  std::vector<pugi::xml_node> by_id(static_cast<std::size_t>(
      std::distance(group.children(element).begin(), group.children(element).end())));
  for (pugi::xml_node node : group.children(element)) {
    const long long id = annotation_id(node.attribute("xml:id").value(), name);
    if (id < 0 || static_cast<std::size_t>(id) >= by_id.size() || by_id[id]) {
      throw Error(where + ": " + element + " ids must be " + name + "-0.." + name + "-" +
                  std::to_string(by_id.size() - 1) + ", each once");
    }
    by_id[id] = node;
  }
  Layer& layer = add_produced_layer(document, producer_of(group, app_info), name);
  for (pugi::xml_node node : by_id) {
    const Range range = range_of(node, document, ids, where);
    // A span carries its label and its fs; an annotation may not, so both are in note/fs.
    const pugi::xml_node fs = spans ? node.child("fs") : node.child("note").child("fs");
    const AnnotationId id = layer.add(range.begin, range.end, read_label(spans ? node : fs));
    read_features(fs, layer, id, where);
    ids.add_standoff(name, id, node.attribute("xml:id").value());
  }
  return layer;
}

// linkGrp type="LAYER.FEATURE": each link "#THIS #TARGET" sets FEATURE on THIS.
// `layers` are the layers read_layer made: the only ones a link may add a feature to.
void read_links(pugi::xml_node group, const std::unordered_map<std::string, Layer*>& layers,
                const XmlIds& ids) {
  const std::string_view type = group.attribute("type").value();
  const std::size_t dot = type.find('.');
  const std::string where = "linkGrp \"" + std::string(type) + "\"";
  if (dot == std::string_view::npos) throw Error(where + ": type is not LAYER.FEATURE");
  const std::string layer_name(type.substr(0, dot));
  const std::string feature = decode_xml_name(type.substr(dot + 1));
  const auto found = layers.find(layer_name);
  if (found == layers.end())
    throw Error(where + ": there is no standOff layer \"" + layer_name + "\"");
  Layer& layer = *found->second;
  for (pugi::xml_node link : group.children("link")) {
    const std::string_view target = link.attribute("target").value();
    const std::size_t space = target.find(' ');
    const std::size_t second = target.find_first_not_of(' ', space);
    if (second == std::string_view::npos) throw Error(where + ": a link needs two targets");
    const XmlIdTarget from = resolve(ids, target.substr(0, space), where);
    const XmlIdTarget to = resolve(ids, target.substr(second), where);
    if (from.layer != layer_name) {
      throw Error(where + ": link from \"" + std::string(target.substr(0, space)) +
                  "\", which is not in layer \"" + layer_name + "\"");
    }
    layer.set_ref(from.id, feature, AnnotationRef{std::string(to.layer), to.id});
  }
}

}  // namespace

void read_standoff(pugi::xml_node stand_off, pugi::xml_node app_info, Document& document,
                   XmlIds& ids) {
  std::unordered_map<std::string, Layer*> layers;
  for (pugi::xml_node group : stand_off.children()) {
    const std::string_view name = group.name();
    if (name == "spanGrp" || name == "listAnnotation") {
      Layer& layer = read_layer(group, app_info, document, ids);
      layers.emplace(layer.name(), &layer);
    }
  }
  for (pugi::xml_node group : stand_off.children("linkGrp")) read_links(group, layers, ids);
}

}  // namespace strata::formats
