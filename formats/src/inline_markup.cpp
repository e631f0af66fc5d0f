#include "inline_markup.hpp"

#include <variant>

#include "identifier_uri.hpp"
#include "tei_datatypes.hpp"
#include "tei_label.hpp"
#include "tei_standoff.hpp"

namespace strata::formats {
namespace {

void add_type(InlineMarkup& markup, std::string_view label) {
  std::string scratch;
  const LabelAttribute attribute = label_attribute(label, scratch);
  if (!label.empty()) markup.attributes.emplace_back(attribute.name, attribute.value);
}

InlineMarkup entity(const Layer& layer, AnnotationId id, EntityElements elements) {
  const std::string_view type = layer.type(id);
  InlineMarkup markup{"rs", {}, 2};
  if (elements == EntityElements::rs) {
    add_type(markup, type);
    return markup;
  }
  if (type == "PER" || type == "LOC" || type == "ORG") {
    markup.element = type == "PER" ? "persName" : type == "LOC" ? "placeName" : "orgName";
  } else if (type == "DATE") {
    markup.element = "date";
    // A range "from/to" becomes @from and @to.
    const std::string_view when = layer.string_feature(id, "when");
    const std::size_t slash = when.find('/');
    if (slash == std::string_view::npos && is_w3c_when(when)) {
      markup.attributes.emplace_back("when", when);
    } else if (slash != std::string_view::npos && is_w3c_when(when.substr(0, slash)) &&
               is_w3c_when(when.substr(slash + 1))) {
      markup.attributes.emplace_back("from", when.substr(0, slash));
      markup.attributes.emplace_back("to", when.substr(slash + 1));
    }
    return markup;
  } else {
    markup.element = "name";
    add_type(markup, type);
  }
  if (const auto uri = identifier_uri(layer.string_feature(id, "ref"))) {
    markup.attributes.emplace_back("ref", *uri);
  }
  return markup;
}

InlineMarkup quotation(const Layer& layer, AnnotationId id, const WindowStart& start) {
  const auto speaker = layer.feature(id, "speaker");
  const auto* ref = speaker ? std::get_if<AnnotationRef>(&*speaker) : nullptr;
  if (!ref) return {"quote", {}, 0};
  return {"said", {{"who", "#" + standoff_id(ref->layer, start.numbered(ref->layer, ref->id))}}, 0};
}

InlineMarkup citation(const Layer& layer, AnnotationId id) {
  InlineMarkup markup{"ref", {{"type", "legal"}}, 1};
  const std::string_view identifier = layer.string_feature(id, "id");
  if (const auto uri = identifier_uri(identifier)) {
    markup.attributes.emplace_back("target", *uri);
  } else if (!identifier.empty()) {
    markup.attributes.emplace_back("n", identifier);  // kept, though no URI resolves it
  }
  return markup;
}

}  // namespace

std::optional<InlineMarkup> inline_markup(const Layer& layer, AnnotationId id,
                                          EntityElements entities, const WindowStart& start) {
  if (layer.name() == "entities") return entity(layer, id, entities);
  if (layer.name() == "quotations") return quotation(layer, id, start);
  if (layer.name() == "citations") return citation(layer, id);
  return std::nullopt;
}

}  // namespace strata::formats
