#include "tei_standoff_records.hpp"

#include "application_ids.hpp"
#include "produced_layer.hpp"
#include "strata/error.hpp"
#include "tei_pointer.hpp"

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
Range range_of(const StandoffItem& item, const Document& document, const XmlIds& ids,
               const std::string& where) {
  if (item.target) {
    const TeiPointer pointer = parse_tei_pointer(*item.target);
    if (pointer.kind != TeiPointer::Kind::string_range || pointer.id != "body") {
      throw Error(where + ": target \"" + *item.target + "\" is not a string-range of body");
    }
    return {byte_offset(document, pointer.offset, where),
            byte_offset(document, pointer.offset + pointer.length, where)};
  }
  const XmlIdTarget from = resolve(ids, item.from, where);
  const XmlIdTarget to = resolve(ids, item.to, where);
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
std::string producer_of(std::string_view resp, pugi::xml_node app_info) {
  if (resp == std::string("#") + ApplicationIds::kStrata) return "";
  if (!resp.starts_with('#')) return kUnknownProducer;
  const pugi::xml_node application = app_info.find_child_by_attribute(
      "application", "xml:id", std::string(resp.substr(1)).c_str());
  return application ? application.child_value("label") : kUnknownProducer;
}

}  // namespace

Layer& add_standoff_layer(const StandoffGroup& group, pugi::xml_node app_info, Document& document,
                          XmlIds& ids) {
  const std::string& name = group.type;
  const std::string where = "layer \"" + name + "\"";
  // Added in id order, so that every annotation gets back its id and references stay right.
  std::vector<const StandoffItem*> by_id(group.items.size());
  for (const StandoffItem& item : group.items) {
    const long long id = annotation_id(item.xml_id, name);
    if (id < 0 || static_cast<std::size_t>(id) >= by_id.size() || by_id[id]) {
      throw Error(where + ": " + (group.spans ? "span" : "annotation") + " ids must be " + name +
                  "-0.." + name + "-" + std::to_string(by_id.size() - 1) + ", each once");
    }
    by_id[id] = &item;
  }
  Layer& layer = add_produced_layer(document, producer_of(group.resp, app_info), name);
  for (const StandoffItem* item : by_id) {
    const Range range = range_of(*item, document, ids, where);
    const AnnotationId id = layer.add(range.begin, range.end, item->label);
    for (std::size_t f = item->first_feature; f < item->first_feature + item->feature_count; ++f) {
      set_feature(layer, id, group.features[f], where);
    }
    ids.add_standoff(name, id, item->xml_id);
  }
  return layer;
}

void add_body_features(const StandoffGroup& group, Layer& layer, const XmlIds& ids) {
  const std::string where = "layer \"" + layer.name() + "\" in standOff";
  const std::string refused = where + ": each " + (group.spans ? "span" : "annotation") +
                              " must point at one of the body's elements of that layer with "
                              "target alone";
  std::vector<bool> given(layer.size());
  for (const StandoffItem& item : group.items) {
    if (!item.target || !item.from.empty() || !item.to.empty() || !item.label.empty()) {
      throw Error(refused);
    }
    const XmlIdTarget element = resolve(ids, *item.target, where);
    if (element.layer != layer.name()) throw Error(refused);
    if (given[element.id]) throw Error(where + ": two items point at " + *item.target);
    given[element.id] = true;
    for (std::size_t f = item.first_feature; f < item.first_feature + item.feature_count; ++f) {
      set_feature(layer, element.id, group.features[f], where);
    }
  }
}

void add_links(const LinkGroup& group, const std::unordered_map<std::string, Layer*>& layers,
               const XmlIds& ids) {
  const std::string_view type = group.type;
  const std::size_t dot = type.find('.');
  const std::string where = "linkGrp \"" + group.type + "\"";
  if (dot == std::string_view::npos) throw Error(where + ": type is not LAYER.FEATURE");
  const std::string layer_name(type.substr(0, dot));
  const std::string feature = decode_xml_name(type.substr(dot + 1));
  const auto found = layers.find(layer_name);
  if (found == layers.end()) throw Error(where + ": there is no layer \"" + layer_name + "\"");
  Layer& layer = *found->second;
  for (const std::string_view target : group.targets) {
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

}  // namespace strata::formats
