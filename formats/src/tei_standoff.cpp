#include "tei_standoff.hpp"

#include <pugixml.hpp>
#include <utility>
#include <vector>

#include "strata/error.hpp"
#include "tei_body.hpp"
#include "tei_features.hpp"
#include "tei_label.hpp"
#include "xml_names.hpp"
#include "xml_output.hpp"

namespace strata::formats {
namespace {

bool is_structural(std::string_view layer) {
  for (auto level : {TextStructure::paragraph, TextStructure::sentence, TextStructure::token}) {
    if (layer == TextStructure::layer_name(level)) return true;
  }
  return false;
}

// The xml:id of a standoff annotation. Unique: splitting at the last '-' gives back the layer
// and the id; the inline ids (p1, s1, w1, body) have no '-' and application ids contain '.',
// which layer names cannot.
std::string standoff_id(std::string_view layer, AnnotationId id) {
  return std::string(layer) + "-" + std::to_string(id);
}

// The links of one reference feature of a layer, written as a linkGrp after the layer.
struct LinkGroup {
  std::string feature;
  std::vector<std::string> targets;  // "#from #to" each
};

class StandoffWriter {
 public:
  StandoffWriter(const Document& document, const TextStructure& structure,
                 const ApplicationIds& ids)
      : document_(document), structure_(structure), ids_(ids), writer_(out_) {}

  std::string write() && {
    for (const std::string& name : document_.layer_names()) {
      const Layer& layer = document_.layer(name);
      if (is_structural(name) || layer.empty()) continue;
      if (out_.empty()) out_ = "  <standOff>\n";
      write_layer(layer);
    }
    if (!out_.empty()) out_ += "  </standOff>\n";
    return std::move(out_);
  }

 private:
  void write_layer(const Layer& layer) {
    const char* container = structure_.has_tokens() ? "spanGrp" : "listAnnotation";
    const auto resp = ids_.resp(layer.producer());
    std::vector<XmlAttribute> attributes = {{"type", layer.name()}};
    if (resp) attributes.emplace_back("resp", *resp);
    out_ += "    " + start_tag(container, attributes) + "\n";
    std::vector<LinkGroup> link_groups;
    for (AnnotationId id : layer.ids_by_offset()) {
      const std::string xml_id = standoff_id(layer.name(), id);
      const std::vector<Feature> features = layer.features(id);
      if (structure_.has_tokens()) {
        append_span(layer, id, xml_id, features);
      } else {
        append_annotation(layer, id, xml_id, features);
      }
      write_line();
      for (const Feature& feature : features) {
        if (const auto* ref = std::get_if<AnnotationRef>(&feature.value)) {
          link_group(link_groups, feature.name)
              .targets.push_back("#" + xml_id + " #" + target_id(layer, id, feature.name, *ref));
        }
      }
    }
    out_ += "    </" + std::string(container) + ">\n";
    for (const LinkGroup& group : link_groups) {
      const std::string type = layer.name() + "." + encode_xml_name(group.feature);
      attributes = {{"type", type}};
      if (resp) attributes.emplace_back("resp", *resp);
      out_ += "    " + start_tag("linkGrp", attributes) + "\n";
      for (const std::string& target : group.targets) {
        fragment_.append_child("link").append_attribute("target").set_value(target.c_str());
        write_line();
      }
      out_ += "    </linkGrp>\n";
    }
  }

  // Writes what the fragment holds as one indented line.
  void write_line() {
    out_ += "      ";
    flush_fragment(fragment_, writer_);
    out_ += '\n';
  }

  void append_span(const Layer& layer, AnnotationId id, const std::string& xml_id,
                   const std::vector<Feature>& features) {
    pugi::xml_node span = fragment_.append_child("span");
    span.append_attribute("xml:id").set_value(xml_id.c_str());
    if (const auto tokens = structure_.token_span(layer.begin(id), layer.end(id))) {
      const std::string from = "#" + TextStructure::xml_id(TextStructure::token, tokens->first);
      const std::string to = "#" + TextStructure::xml_id(TextStructure::token, tokens->second);
      span.append_attribute("from").set_value(from.c_str());
      span.append_attribute("to").set_value(to.c_str());
    } else {
      span.append_attribute("target").set_value(string_range(layer, id).c_str());
    }
    set_label(span, layer.type(id), scratch_);
    append_feature_structure(span, features, "", scratch_);
  }

  // annotation has no @type, so its label goes on the feature structure, inside a note (the
  // only one of annotation's children that may hold an fs).
  void append_annotation(const Layer& layer, AnnotationId id, const std::string& xml_id,
                         const std::vector<Feature>& features) {
    pugi::xml_node annotation = fragment_.append_child("annotation");
    annotation.append_attribute("xml:id").set_value(xml_id.c_str());
    annotation.append_attribute("target").set_value(string_range(layer, id).c_str());
    const std::string_view label = layer.type(id);
    if (label.empty() && !has_plain_features(features)) return;
    append_feature_structure(annotation.append_child("note"), features, label, scratch_);
  }

  // TEI counts string-range offsets in characters (code points) of body's text.
  std::string string_range(const Layer& layer, AnnotationId id) const {
    const OffsetMap& offsets = document_.offsets();
    const std::size_t begin = offsets.code_point_offset(layer.begin(id));
    const std::size_t end = offsets.code_point_offset(layer.end(id));
    return "#string-range(" + std::string(kBodyId) + "," + std::to_string(begin) + "," +
           std::to_string(end - begin) + ")";
  }

  static LinkGroup& link_group(std::vector<LinkGroup>& groups, std::string_view feature) {
    for (LinkGroup& group : groups) {
      if (group.feature == feature) return group;
    }
    return groups.emplace_back(LinkGroup{std::string(feature), {}});
  }

  std::string target_id(const Layer& layer, AnnotationId id, std::string_view feature,
                        const AnnotationRef& ref) const {
    const Layer* target = document_.find_layer(ref.layer);
    if (!target || ref.id >= target->size()) {
      throw Error("layer '" + layer.name() + "', annotation " + std::to_string(id) + ": feature '" +
                  std::string(feature) + "' refers to annotation " + std::to_string(ref.id) +
                  " of layer '" + ref.layer + "', which does not exist");
    }
    if (auto inline_id = structure_.inline_id(ref.layer, ref.id)) return *inline_id;
    return standoff_id(ref.layer, ref.id);
  }

  const Document& document_;
  const TextStructure& structure_;
  const ApplicationIds& ids_;
  std::string out_;
  StringXmlWriter writer_;
  pugi::xml_document fragment_;
  std::string scratch_;
};

}  // namespace

std::string standoff_xml(const Document& document, const TextStructure& structure,
                         const ApplicationIds& ids) {
  return StandoffWriter(document, structure, ids).write();
}

}  // namespace strata::formats
