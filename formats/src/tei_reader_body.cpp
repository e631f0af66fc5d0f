#include "tei_reader_body.hpp"

#include <limits>

#include "strata/error.hpp"
#include "strata/layer_names.hpp"
#include "tei_reader_features.hpp"
#include "token_attributes.hpp"

namespace strata::formats {
namespace {

Offset offset_of(const std::string& text) {
  if (text.size() > std::numeric_limits<Offset>::max()) throw Error("the text is over 4 GiB");
  return static_cast<Offset>(text.size());
}

template <typename Range>
void add_layer(Document& document, const char* name, const char* type,
               const std::vector<Range>& ranges, std::vector<Layer*>& added) {
  if (ranges.empty()) return;
  Layer& layer = *added.emplace_back(&document.add_layer(name));
  for (const Range& range : ranges) layer.add(range.begin, range.end, type);
}

}  // namespace

void BodyReader::start_element(std::string_view name, const XmlAttributes& attributes) {
  const Offset begin = offset_of(body_.text);
  const std::string_view xml_id = attributes.value("xml:id");
  Open open;
  if (name == "p") {
    open = {Structure::paragraph, body_.paragraphs.size()};
    ids_.add_inline(layer_names::paragraphs, static_cast<AnnotationId>(open.index), xml_id);
    body_.paragraphs.push_back({begin, begin});
  } else if (name == "s") {
    open = {Structure::sentence, body_.sentences.size()};
    ids_.add_inline(layer_names::sentences, static_cast<AnnotationId>(open.index), xml_id);
    body_.sentences.push_back({begin, begin});
  } else if (name == "w" || name == "pc") {
    open = {Structure::token, body_.tokens.size()};
    ids_.add_inline(layer_names::tokens, static_cast<AnnotationId>(open.index), xml_id);
    // The writer puts kinds other than word/punct in @type (or @n when @type cannot hold them);
    // otherwise the element says which.
    std::string_view kind = read_label(attributes);
    if (kind.empty()) kind = name == "pc" ? "punct" : "word";
    body_.tokens.push_back({begin, begin, kind_index(kind)});
    for (const char* const* pair = attributes.pairs(); *pair; pair += 2) {
      const std::size_t attribute = token_attribute_index(pair[0]);
      if (attribute == kTokenAttributes.size()) continue;
      body_.token_attributes.push_back({static_cast<std::uint32_t>(open.index),
                                        static_cast<std::uint32_t>(attribute),
                                        body_.strings.add(pair[1])});
    }
  } else {
    // Anything else would be lost when the document is written again: above all the elements
    // -f tei-inline puts around annotations, which it leaves out of standOff.
    throw Error("body has <" + std::string(name) +
                ">, which Strata's stand-off TEI never has: inline TEI (-f tei-inline, "
                "-f tei-inline-rs) is not read back; write -f tei for output that is to be read "
                "back");
  }
  open_.push_back(open);
}

void BodyReader::end_element() {
  const Open open = open_.back();
  open_.pop_back();
  const Offset end = offset_of(body_.text);
  switch (open.structure) {
    case Structure::paragraph:
      body_.paragraphs[open.index].end = end;
      break;
    case Structure::sentence:
      body_.sentences[open.index].end = end;
      break;
    case Structure::token:
      body_.tokens[open.index].end = end;
      break;
  }
}

std::uint32_t BodyReader::kind_index(std::string_view kind) {
  // Nearly every token is of the kind of the one before; the map is for TEI edited by hand.
  if (body_.strings[last_kind_] == kind) return last_kind_;
  return last_kind_ = body_.strings.add(kind);
}

std::vector<Layer*> add_structural_layers(Document& document, const InlineBody& body,
                                          const XmlIds& ids) {
  std::vector<Layer*> added;
  add_layer(document, layer_names::paragraphs, "paragraph", body.paragraphs, added);
  add_layer(document, layer_names::sentences, "sentence", body.sentences, added);
  if (!body.tokens.empty()) {
    Layer& tokens = *added.emplace_back(&document.add_layer(layer_names::tokens));
    for (const InlineToken& token : body.tokens) {
      const AnnotationId id = tokens.add(token.begin, token.end, "token");
      tokens.set_string(id, "kind", body.strings[token.kind]);
    }
    // Token ids are their indices: the tokens were added in order. Set in kTokenAttributes'
    // order, the order the writer writes them in, whatever the order in the file.
    for (const std::string_view name : kTokenAttributes) {
      const auto index = static_cast<std::uint32_t>(token_attribute_index(name));
      for (const InlineTokenAttribute& attribute : body.token_attributes) {
        if (attribute.name == index) {
          tokens.set_string(attribute.token, name, body.strings[attribute.value]);
        }
      }
    }
  }
  ids.check_inline_ids();
  return added;
}

}  // namespace strata::formats
