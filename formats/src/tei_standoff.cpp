#include "tei_standoff.hpp"

#include <optional>
#include <ostream>
#include <utility>
#include <vector>

#include "body_features.hpp"
#include "decimal.hpp"
#include "strata/error.hpp"
#include "strata/formats/layer_references.hpp"
#include "tei_body.hpp"
#include "tei_features.hpp"
#include "tei_label.hpp"
#include "window_start.hpp"
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

// The annotation a reference feature points at.
AnnotationRef reference(const FeatureView& feature) {
  return {std::string(feature.text), static_cast<AnnotationId>(feature.integer)};
}

// The links of one reference feature of a layer, written as a linkGrp after the layer.
struct LinkGroup {
  std::string feature;
  std::vector<std::string> targets;  // "#from #to" each
};

// Writes the standOff by hand, an element or more per annotation: building each as pugixml
// nodes and saving them took several times as long. The bytes are the same as pugixml's raw
// output (see start_element). With a sink, the text goes there a chunk at a time, so that a
// large document's standOff (ten times its text with sentence sentiment) is never held whole.
class StandoffWriter {
 public:
  StandoffWriter(const Document& document, const TextStructure& structure,
                 const ApplicationIds& ids, const AnnotationFilter& written_inline,
                 StructureLayers structure_layers, const TokenRangeFilter& token_range_ok,
                 const WindowStart& start = kWholeDocument)
      : document_(document),
        structure_(structure),
        ids_(ids),
        written_inline_(written_inline),
        structure_layers_(structure_layers),
        token_range_ok_(token_range_ok),
        start_(start) {}

  std::string write() && {
    write_all();
    return std::move(out_);
  }

  void write_to(std::ostream& sink) && {
    sink_ = &sink;
    write_all();
    flush();
  }

  // Each layer's annotations and links to their own part, without the elements around them.
  void write_parts(StandoffParts& parts) && {
    for (const std::string& name : standoff_layer_order(document_, structure_layers_)) {
      const Layer& layer = document_.layer(name);
      const std::vector<AnnotationId> ids = kept(layer);
      if (ids.empty()) continue;
      sink_ = &parts.annotations(layer, container());
      const std::vector<LinkGroup> link_groups = write_annotations(layer, ids);
      flush();
      for (const LinkGroup& group : link_groups) {
        sink_ = &parts.links(layer, group.feature);
        write_links(group);
        flush();
      }
    }
  }

  // Throws the Error write() would throw, without writing.
  void check() const {
    for (const std::string& name : document_.layer_names()) {
      const Layer& layer = document_.layer(name);
      // A layer in the body writes references only in its group of features.
      if (is_in_body(name) && !(layer.has_references() && has_body_features_group(layer))) {
        continue;
      }
      if (auto error = first_broken_reference(document_, layer)) throw Error(*error);
    }
  }

 private:
  void write_all() {
    bool open = false;
    for (const std::string& name : standoff_layer_order(document_, structure_layers_)) {
      const Layer& layer = document_.layer(name);
      const std::vector<AnnotationId> ids = kept(layer);
      if (ids.empty()) continue;
      if (!open) out_ += "  <standOff>\n";
      open = true;
      write_layer(layer, ids);
    }
    if (open) out_ += "  </standOff>\n";
  }

  void flush() {
    sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
  }
  void flush_if_full() {
    if (sink_ && out_.size() >= kChunk) flush();
  }

  // The annotations of `layer` that belong in standOff, in offset order. For a layer in the
  // body, all of them when some has features the body does not carry (feature_keys lists only
  // features an annotation has), none otherwise; write_annotations passes over the others.
  std::vector<AnnotationId> kept(const Layer& layer) const {
    if (is_in_body(layer.name())) {
      return has_body_features_group(layer) ? layer.ids_by_offset() : std::vector<AnnotationId>{};
    }
    std::vector<AnnotationId> ids = layer.ids_by_offset();
    if (written_inline_) {
      std::erase_if(ids, [&](AnnotationId id) { return written_inline_(layer.name(), id); });
    }
    return ids;
  }

  // Strata's own TEI keeps a structural layer's features that its p, s, w and pc have no room
  // for in a group of its own, under the layer's name: an item per annotation that has such
  // features, pointing at the annotation's element, with those features alone and no label.
  bool has_body_features_group(const Layer& layer) const {
    return structure_layers_ == StructureLayers::in_body && has_features_beyond_body(layer);
  }

  const char* container() const { return structure_.has_tokens() ? "spanGrp" : "listAnnotation"; }

  void write_layer(const Layer& layer, const std::vector<AnnotationId>& ids) {
    const auto resp = standoff_resp(ids_, layer, structure_layers_);
    out_ += layer_group_start(container(), layer.name(), resp);
    const std::vector<LinkGroup> link_groups = write_annotations(layer, ids);
    out_ += group_end(container());
    for (const LinkGroup& group : link_groups) {
      out_ += link_group_start(layer.name(), group.feature, resp);
      write_links(group);
      out_ += group_end("linkGrp");
    }
  }

  // The layer's annotations, one a line; returns the links of its reference features. Of a layer
  // in the body, only those with features the body does not carry.
  std::vector<LinkGroup> write_annotations(const Layer& layer,
                                           const std::vector<AnnotationId>& ids) {
    std::vector<LinkGroup> link_groups;
    // "entities-" and the number of the layer's annotations in the windows before, once.
    const std::string id_prefix = standoff_id_prefix(layer.name());
    const std::size_t ids_before = start_.annotations_before(layer.name());
    token_cursor_ = 0;
    const bool in_body = is_in_body(layer.name());
    for (AnnotationId id : ids) {
      layer.features(id, features_);
      if (in_body) {
        drop_carried_in_body(layer.name(), features_);
        if (features_.empty()) continue;
      }
      out_ += "      ";
      if (in_body) {
        xml_id_ = *structure_.inline_id(layer.name(), id);
        append_body_features(layer);
      } else {
        xml_id_ = id_prefix;
        append_decimal(xml_id_, id + ids_before);
        if (structure_.has_tokens()) {
          append_span(layer, id);
        } else {
          append_annotation(xml_id_, string_range(layer, id), layer.type(id));
        }
      }
      out_ += '\n';
      flush_if_full();
      for (const FeatureView& feature : features_) {
        if (feature.kind == FeatureView::Kind::reference) {
          link_group(link_groups, feature.name)
              .targets.push_back("#" + xml_id_ + " #" +
                                 target_id(layer, id, feature.name, reference(feature)));
        }
      }
    }
    return link_groups;
  }

  void write_links(const LinkGroup& group) {
    for (const std::string& target : group.targets) {
      out_ += "      ";
      start_element(out_, "link");
      append_attribute(out_, "target", target);
      out_ += "/>\n";
      flush_if_full();
    }
  }

  // The id of `layer`'s annotation `id` in the file: numbered on from the windows before.
  std::string numbered_id(std::string_view layer, AnnotationId id) const {
    return standoff_id(layer, id + start_.annotations_before(layer));
  }

  // A span is the most frequent element of a file after the tokens: its start tag is put
  // together from whole pieces, the bytes start_element and append_attribute would write.
  void append_span(const Layer& layer, AnnotationId id) {
    out_ += "<span xml:id=\"";
    append_escaped_attribute(out_, xml_id_);
    if (const auto tokens = structure_.token_span(layer.begin(id), layer.end(id), token_cursor_);
        tokens && (!token_range_ok_ || token_range_ok_(tokens->first, tokens->second))) {
      // Token ids are a letter and digits: nothing to escape.
      out_ += "\" from=\"#";
      TextStructure::append_xml_id(out_, TextStructure::token,
                                   structure_.number(TextStructure::token, tokens->first));
      out_ += "\" to=\"#";
      TextStructure::append_xml_id(out_, TextStructure::token,
                                   structure_.number(TextStructure::token, tokens->second));
      out_ += '"';
    } else {
      out_ += '"';
      append_attribute(out_, "target", string_range(layer, id));
    }
    out_ += labels_.of(layer.type(id));
    const std::size_t content = end_start_tag(out_);
    feature_structures_.append(out_, features_, "");
    end_element(out_, "span", content);
  }

  // A structural annotation's features that its element in the body does not carry: a span, or
  // without tokens an annotation, that points at the element (xml_id_) and holds them. Its own
  // xml:id, which annotation must have, is the layer's name and the element's ("tokens-w3"):
  // unlike the other layers' ("entities-3"), not a number after the '-'.
  void append_body_features(const Layer& layer) {
    const std::string own_id = standoff_id_prefix(layer.name()) + xml_id_;
    const std::string target = "#" + xml_id_;
    if (!structure_.has_tokens()) return append_annotation(own_id, target, {});
    start_element(out_, "span");
    append_attribute(out_, "xml:id", own_id);
    append_attribute(out_, "target", target);
    const std::size_t content = end_start_tag(out_);
    feature_structures_.append(out_, features_, "");
    end_element(out_, "span", content);
  }

  // annotation has no @type, so its label goes on the feature structure, inside a note (the
  // only one of annotation's children that may hold an fs).
  void append_annotation(const std::string& xml_id, const std::string& target,
                         std::string_view label) {
    start_element(out_, "annotation");
    append_attribute(out_, "xml:id", xml_id);
    append_attribute(out_, "target", target);
    const std::size_t content = end_start_tag(out_);
    if (!label.empty() || has_plain_features(features_)) {
      start_element(out_, "note");
      const std::size_t note = end_start_tag(out_);
      feature_structures_.append(out_, features_, label);
      end_element(out_, "note", note);
    }
    end_element(out_, "annotation", content);
  }

  // TEI counts string-range offsets in characters (code points) of body's text.
  std::string string_range(const Layer& layer, AnnotationId id) const {
    const OffsetMap& offsets = document_.offsets();
    const std::size_t begin = start_.code_points + offsets.code_point_offset(layer.begin(id));
    const std::size_t end = start_.code_points + offsets.code_point_offset(layer.end(id));
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
    if (auto error = broken_reference(document_, layer, id, feature, ref)) throw Error(*error);
    if (is_in_body(ref.layer)) return *structure_.inline_id(ref.layer, ref.id);
    return numbered_id(ref.layer, ref.id);
  }

  bool is_in_body(std::string_view layer) const { return is_body_layer(layer, structure_layers_); }

  const Document& document_;
  const TextStructure& structure_;
  const ApplicationIds& ids_;
  const AnnotationFilter& written_inline_;
  const StructureLayers structure_layers_;
  const TokenRangeFilter& token_range_ok_;
  const WindowStart& start_;
  static const WindowStart kWholeDocument;
  static constexpr std::size_t kChunk = 64 * 1024;
  std::ostream* sink_ = nullptr;  // none: the whole standOff stays in out_
  std::string out_;
  // Of the annotation being written, reused from one to the next.
  std::string xml_id_;
  std::vector<FeatureView> features_;
  std::size_t token_cursor_ = 0;  // where the last span's tokens start, in the layer's order
  FeatureStructureWriter feature_structures_;
  LabelAttributes labels_;
};

const WindowStart StandoffWriter::kWholeDocument{};

}  // namespace

bool is_body_layer(std::string_view name, StructureLayers paragraphs_and_sentences) {
  return is_structural(name) && (paragraphs_and_sentences == StructureLayers::in_body ||
                                 name == TextStructure::layer_name(TextStructure::token));
}

std::vector<std::string> standoff_layer_order(const Document& document,
                                              StructureLayers paragraphs_and_sentences) {
  std::vector<std::string> names;
  for (auto level : {TextStructure::paragraph, TextStructure::sentence, TextStructure::token}) {
    const char* name = TextStructure::layer_name(level);
    if (is_body_layer(name, paragraphs_and_sentences) && document.find_layer(name)) {
      names.emplace_back(name);
    }
  }
  for (std::string& name : document.layer_names()) {
    if (!is_body_layer(name, paragraphs_and_sentences)) names.push_back(std::move(name));
  }
  return names;
}

std::optional<std::string> standoff_resp(const ApplicationIds& ids, const Layer& layer,
                                         StructureLayers paragraphs_and_sentences) {
  if (is_body_layer(layer.name(), paragraphs_and_sentences)) return std::nullopt;
  return ids.resp(layer.producer());
}

std::string layer_group_start(std::string_view container, std::string_view layer,
                              const std::optional<std::string>& resp) {
  std::vector<XmlAttribute> attributes = {{"type", layer}};
  if (resp) attributes.emplace_back("resp", *resp);
  return "    " + start_tag(container, attributes) + "\n";
}

std::string link_group_start(std::string_view layer, std::string_view feature,
                             const std::optional<std::string>& resp) {
  return layer_group_start("linkGrp", std::string(layer) + "." + encode_xml_name(feature), resp);
}

std::string group_end(std::string_view container) {
  return "    </" + std::string(container) + ">\n";
}

std::string standoff_id_prefix(std::string_view layer) {
  return std::string(layer) + "-";
}

std::string standoff_id(std::string_view layer, AnnotationId id) {
  return standoff_id_prefix(layer) + std::to_string(id);
}

std::string standoff_xml(const Document& document, const TextStructure& structure,
                         const ApplicationIds& ids, const AnnotationFilter& written_inline,
                         StructureLayers paragraphs_and_sentences,
                         const TokenRangeFilter& token_range_ok) {
  return StandoffWriter(document, structure, ids, written_inline, paragraphs_and_sentences,
                        token_range_ok)
      .write();
}

void check_standoff(const Document& document, const TextStructure& structure,
                    const ApplicationIds& ids) {
  StandoffWriter(document, structure, ids, {}, StructureLayers::in_body, {}).check();
}

void write_standoff(const Document& document, const TextStructure& structure,
                    const ApplicationIds& ids, std::ostream& out) {
  StandoffWriter(document, structure, ids, {}, StructureLayers::in_body, {}).write_to(out);
}

void write_standoff_parts(const Document& window, const TextStructure& structure,
                          const ApplicationIds& ids, const WindowStart& start, StandoffParts& parts,
                          const AnnotationFilter& written_inline,
                          StructureLayers paragraphs_and_sentences,
                          const TokenRangeFilter& token_range_ok) {
  StandoffWriter(window, structure, ids, written_inline, paragraphs_and_sentences, token_range_ok,
                 start)
      .write_parts(parts);
}

}  // namespace strata::formats
