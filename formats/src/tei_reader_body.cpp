#include "tei_reader_body.hpp"

#include <limits>

#include "strata/error.hpp"
#include "strata/layer_names.hpp"
#include "tei_reader_features.hpp"

namespace strata::formats {
namespace {

const char* structural_layer(std::string_view element) {
  if (element == "p") return layer_names::paragraphs;
  if (element == "s") return layer_names::sentences;
  if (element == "w" || element == "pc") return layer_names::tokens;
  return nullptr;
}

Offset offset_of(const std::string& text) {
  if (text.size() > std::numeric_limits<Offset>::max()) throw Error("the text is over 4 GiB");
  return static_cast<Offset>(text.size());
}

void walk(pugi::xml_node node, InlineBody& body) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      body.text += child.value();
    } else if (child.type() == pugi::node_element) {
      const char* layer = structural_layer(child.name());
      // Pushed before the children, so that elements stay in document order (p before its s).
      const std::size_t index = body.elements.size();
      if (layer) body.elements.push_back({layer, offset_of(body.text), 0, child});
      walk(child, body);
      if (layer) body.elements[index].end = offset_of(body.text);
    }
  }
}

// A token's kind: the writer puts kinds other than word/punct in @type (or @n when @type cannot
// hold them); otherwise the element says which.
std::string token_kind(pugi::xml_node token) {
  const std::string label = read_label(token);
  if (!label.empty()) return label;
  return std::string_view(token.name()) == "pc" ? "punct" : "word";
}

const char* annotation_type(const char* layer) {
  if (std::string_view(layer) == layer_names::paragraphs) return "paragraph";
  if (std::string_view(layer) == layer_names::sentences) return "sentence";
  return "token";
}

}  // namespace

InlineBody read_inline_body(pugi::xml_node body) {
  InlineBody result;
  walk(body, result);
  return result;
}

void add_structural_layers(Document& document, const InlineBody& body, XmlIds& ids) {
  for (const char* name : {layer_names::paragraphs, layer_names::sentences, layer_names::tokens}) {
    Layer* layer = nullptr;
    for (const InlineElement& element : body.elements) {
      if (std::string_view(element.layer) != name) continue;
      if (!layer) layer = &document.add_layer(name);
      const AnnotationId id = layer->add(element.begin, element.end, annotation_type(name));
      if (name == layer_names::tokens) layer->set_string(id, "kind", token_kind(element.node));
      ids.add_inline(name, id, element.node.attribute("xml:id").value());
    }
  }
  ids.check_inline_ids();
}

}  // namespace strata::formats
