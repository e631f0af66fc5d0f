#include "html_text.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string_view>

#include "cwb_names.hpp"
#include "html_links.hpp"
#include "html_segments.hpp"
#include "strata/formats/html_escape.hpp"
#include "strata/layer_names.hpp"

namespace strata::formats {
namespace {

// The text's own structure: its line breaks already show it, and a span per token would bury
// the layers worth reading.
bool structural(std::string_view layer) {
  return layer == layer_names::tokens || layer == layer_names::sentences ||
         layer == layer_names::paragraphs;
}

// Layers the style sheet draws in their own way; any other is outlined alike.
bool styled(std::string_view layer) {
  static constexpr std::array<std::string_view, 4> kStyled = {"entities", "quotations", "citations",
                                                              "entity-sentiment"};
  return std::find(kStyled.begin(), kStyled.end(), layer) != kStyled.end();
}

// Layers whose spans carry no label: a quotation names its speaker instead, and an entity's
// sentiment is the colour of its line.
bool unlabelled(std::string_view layer) {
  return layer == "quotations" || layer == "entity-sentiment";
}

std::string anchor(std::string_view layer, AnnotationId id) {
  return std::string(layer) + "-" + std::to_string(id);
}

// "layer:N", annotation N of the layer as the page numbers it.
std::string reference(std::string_view layer, AnnotationId id, const WindowStart& start) {
  return std::string(layer) + ":" + std::to_string(start.numbered(layer, id));
}

// data-layer, data-id and data-type, in that order, which the DOM tests rely on.
void identity(std::string& out, const Layer& layer, AnnotationId id, const WindowStart& start) {
  append_html_attribute(out, "data-layer", layer.name());
  append_html_attribute(out, "data-id", std::to_string(start.numbered(layer.name(), id)));
  append_html_attribute(out, "data-type", layer.type(id));
}

// The attributes every part of an annotation's element shares: its identity, its features as
// a tooltip and what its reference features point to.
std::string shared_attributes(const Layer& layer, AnnotationId id, const WindowStart& start) {
  std::string out;
  identity(out, layer, id, start);
  std::string title = layer.name() + ": " + std::string(layer.type(id));
  std::string refs;
  for (const Feature& f : layer.features(id)) {
    title += "\n" + std::string(f.name) + ": " + feature_text(start.numbered(f.value));
    if (const auto* ref = std::get_if<AnnotationRef>(&f.value)) {
      if (!refs.empty()) refs += ' ';
      refs += reference(ref->layer, ref->id, start);
    }
  }
  append_html_attribute(out, "title", title);
  if (!refs.empty()) append_html_attribute(out, "data-refs", refs);
  return out;
}

std::string label(const Layer& layer, AnnotationId id) {
  if (unlabelled(layer.name())) return "";
  const std::string_view own_id = layer.string_feature(id, "id");
  return std::string(own_id.empty() ? layer.type(id) : own_id);
}

// What follows an annotation's last part: a link to its speaker, to its official source.
std::string after(const Document& document, const Layer& layer, AnnotationId id,
                  const WindowStart& start) {
  std::string out;
  const auto speaker = layer.feature(id, "speaker");
  const auto* ref = speaker ? std::get_if<AnnotationRef>(&*speaker) : nullptr;
  std::string name(layer.string_feature(id, "speaker_name"));
  if (name.empty()) name = layer.string_feature(id, "speaker_text");
  const Layer* target = ref ? document.find_layer(ref->layer) : nullptr;
  if (name.empty() && target && ref->id < target->size()) {
    name = document.text(target->begin(ref->id), target->end(ref->id));
  }
  if (!name.empty()) {
    out += "<a class=\"who\"";
    identity(out, layer, id, start);
    append_html_attribute(out, "data-name", name);
    if (target && !structural(target->name())) {
      append_html_attribute(out, "href",
                            "#" + anchor(ref->layer, start.numbered(ref->layer, ref->id)));
      append_html_attribute(out, "data-refs", reference(ref->layer, ref->id, start));
    }
    append_html_attribute(out, "title", "speaker: " + name);
    out += "></a>";
  }
  const std::string_view citation = layer.string_feature(id, "id");
  if (const auto source = official_source(citation)) {
    out += "<a class=\"src\"";
    identity(out, layer, id, start);
    append_html_attribute(out, "href", *source);
    append_html_attribute(out, "title", "official text of " + std::string(citation));
    out += "></a>";
  }
  return out;
}

// Where a quotation's speaker is named, from its speaker_begin and speaker_end features (code
// points, as the quotations plugin writes them), in bytes; nullopt without them or out of range.
std::optional<std::pair<Offset, Offset>> speaker_mention(const Document& document,
                                                         const Layer& layer, AnnotationId id) {
  const auto begin = layer.feature(id, "speaker_begin");
  const auto end = layer.feature(id, "speaker_end");
  const auto* first = begin ? std::get_if<std::int64_t>(&*begin) : nullptr;
  const auto* last = end ? std::get_if<std::int64_t>(&*end) : nullptr;
  const auto count = static_cast<std::int64_t>(document.offsets().code_point_count());
  if (!first || !last || *first < 0 || *first >= *last || *last > count) return std::nullopt;
  const OffsetMap& offsets = document.offsets();
  return std::pair{static_cast<Offset>(offsets.byte_offset_of_code_point(*first)),
                   static_cast<Offset>(offsets.byte_offset_of_code_point(*last))};
}

std::string score_note(const Layer& layer, AnnotationId id) {
  const auto score = layer.feature(id, "score");
  return std::string(layer.type(id)) + (score ? " (" + feature_text(*score) + ")" : "");
}

// The page's body text: segments with one element per covering annotation, and what is inserted
// between them (sentence markers, empty spans, links) at its offset.
class TextWriter {
 public:
  TextWriter(const Document& document, const WindowStart& start, std::string& out)
      : document_(document), start_(start), out_(out) {}

  void add_layer(const Layer& layer) {
    for (AnnotationId id : layer.ids_by_offset()) {
      const std::string_view scope = layer.string_feature(id, "scope");
      if (scope == "document") continue;  // in the header
      // A window of a larger document is scored as a passage (docs/large-documents.md).
      if (scope == "sentence" || scope == "window") {
        std::string& at = inserted_[layer.end(id)];
        at += "<sup class=\"mark\"" + shared_attributes(layer, id, start_) + "></sup>";
        continue;
      }
      if (layer.begin(id) == layer.end(id)) {
        inserted_[layer.begin(id)] +=
            "<span class=\"a empty\"" + shared_attributes(layer, id, start_) + "></span>";
        continue;
      }
      spans_.push_back({layers_.size(), id, layer.begin(id), layer.end(id)});
      openings_.push_back({shared_attributes(layer, id, start_), label(layer, id), false});
      const std::string links = after(document_, layer, id, start_);
      if (!links.empty()) inserted_[layer.end(id)] += links;
      if (const auto mention = speaker_mention(document_, layer, id)) {
        spans_.push_back({layers_.size(), id, mention->first, mention->second});
        std::string attributes;
        append_html_attribute(attributes, "data-mention", reference(layer.name(), id, start_));
        openings_.push_back({attributes, "", true});
      }
    }
    layers_.push_back(&layer);
  }

  void write() {
    std::vector<Offset> cuts;
    for (const auto& [offset, html] : inserted_) cuts.push_back(offset);
    const auto text_size = static_cast<Offset>(document_.text().size());
    for (const Segment& segment : segments(spans_, text_size, cuts)) {
      insert_at(segment.begin);
      for (std::size_t i : segment.covering) open(i, segment);
      append_html_escaped(out_, document_.text(segment.begin, segment.end));
      for (std::size_t n = 0; n < segment.covering.size(); ++n) out_ += "</span>";
    }
    insert_at(text_size);
  }

 private:
  void insert_at(Offset offset) {
    const auto found = inserted_.find(offset);
    if (found != inserted_.end()) out_ += found->second;
  }

  void open(std::size_t i, const Segment& segment) {
    const ShownSpan& span = spans_[i];
    const Opening& opening = openings_[i];
    if (opening.mention) {
      out_ += "<span class=\"mention\"" + opening.attributes + ">";
      return;
    }
    const bool last = segment.end == span.end;
    out_ += "<span class=\"a";
    if (!styled(layers_[span.layer]->name())) out_ += " generic";
    if (last) out_ += " end";
    out_ += '"';
    out_ += opening.attributes;
    if (segment.begin == span.begin) {
      const std::string_view layer = layers_[span.layer]->name();
      append_html_attribute(out_, "id", anchor(layer, start_.numbered(layer, span.id)));
    }
    if (last && !opening.label.empty()) append_html_attribute(out_, "data-label", opening.label);
    out_ += '>';
  }

  // How a span's elements begin: an annotation's, or the mention of a quotation's speaker.
  struct Opening {
    std::string attributes;  // what every part has
    std::string label;       // on the last part
    bool mention = false;
  };

  const Document& document_;
  const WindowStart& start_;
  std::string& out_;
  std::vector<const Layer*> layers_;
  std::vector<ShownSpan> spans_;
  std::vector<Opening> openings_;  // by span
  std::map<Offset, std::string> inserted_;
};

}  // namespace

void append_html_attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_html_escaped(out, value);
  out += '"';
}

bool is_shown_layer(std::string_view layer) {
  return !structural(layer);
}

void append_page_text(const Document& document, const WindowStart& start, std::string& out) {
  TextWriter text(document, start, out);
  for (const std::string& name : document.layer_names()) {
    if (is_shown_layer(name)) text.add_layer(document.layer(name));
  }
  text.write();
}

void append_document_notes(const Document& document, const WindowStart& start, std::string& out) {
  for (const std::string& name : document.layer_names()) {
    if (!is_shown_layer(name)) continue;
    const Layer& layer = document.layer(name);
    for (AnnotationId id = 0; id < layer.size(); ++id) {
      if (layer.string_feature(id, "scope") != "document") continue;
      out += " &middot; <span class=\"doc-sentiment\"" + shared_attributes(layer, id, start) + ">";
      append_html_escaped(out, "document " + layer.name() + ": " + score_note(layer, id));
      out += "</span>";
    }
  }
}

}  // namespace strata::formats
