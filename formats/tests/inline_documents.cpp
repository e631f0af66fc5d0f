#include "inline_documents.hpp"

#include <functional>
#include <sstream>
#include <utility>

#include "strata/formats/tei_inline_writer.hpp"

namespace strata::formats::testing {
namespace {

// A document with its structure and an entity layer, one entity (needle, type) per pair, ids
// from 0 in the order given; `finish` may then add features to the layer.
Document with_entities(std::string id, std::string_view text,
                       std::vector<std::pair<std::string_view, std::string_view>> entities,
                       const std::function<void(Layer&)>& finish = {}) {
  Document d(std::move(id), text);
  add_structure(d);
  Layer& layer = add_layer_by(d, "ner", "entities");
  for (const auto& [needle, type] : entities) annotate(d, layer, needle, type);
  if (finish) finish(layer);
  return d;
}

// A quotation with a speaker holding an entity; a date; sentence sentiment.
Document nested() {
  Document d = with_entities(
      "nested", "Mario Rossi said: \"Rome is big\" and smiled. On 3 March 2021 he left.\n",
      {{"Mario Rossi", "PER"}, {"Rome", "LOC"}, {"3 March 2021", "DATE"}},
      [](Layer& entities) { entities.set_string(2, "when", "2021-03-03"); });
  d.set_language("en");
  const AnnotationId rossi = 0;
  Layer& quotations = add_layer_by(d, "quotes", "quotations");
  const AnnotationId quote = annotate(d, quotations, "\"Rome is big\"", "quote");
  quotations.set_ref(quote, "speaker", {"entities", rossi});
  annotate(d, quotations, "he left", "quote");  // no speaker: a quote
  Layer& sentiment = add_layer_by(d, "sentiment", "sentiment");
  const Layer& sentences = d.layer("sentences");
  sentiment.set_real(sentiment.add(sentences.begin(0), sentences.end(0), "positive"), "score", 0.5);
  const AnnotationId whole = sentiment.add(0, static_cast<Offset>(d.text().size()), "neutral");
  sentiment.set_string(whole, "scope", "document");
  return d;
}

// An entity across a sentence boundary, a quotation across two paragraphs.
Document crossing() {
  Document d =
      with_entities("crossing", "He met Anna. Bianchi left.\n\n\"First part.\n\nSecond part.\"\n",
                    {{"Anna. Bianchi", "PER"}});
  annotate(d, add_layer_by(d, "quotes", "quotations"), "\"First part.\n\nSecond part.\"", "quote");
  return d;
}

// A citation that an entity overlaps: the entity starts inside the citation and ends after it.
Document citation() {
  Document d("citation", "See Regulation 2016/679 Brussels rules and legge 241/1990 too.\n");
  add_structure(d);
  Layer& citations = add_layer_by(d, "legal", "citations");
  citations.set_string(annotate(d, citations, "Regulation 2016/679", "eu"), "id", "32016R0679");
  citations.set_string(annotate(d, citations, "legge 241/1990", "legislation"), "id",
                       "urn:nir:stato:legge:1990-08-07;241~art2");
  annotate(d, add_layer_by(d, "ner", "entities"), "679 Brussels", "ORG");
  return d;
}

// "<" and "&" in the text, inside and around an entity.
Document escaping() {
  return with_entities("escaping", "A < B & C wrote R&D Labs <today>.\n", {{"R&D Labs", "ORG"}});
}

// An entity that ends inside a token cannot be an element around tokens.
Document off_tokens() {
  return with_entities("off-tokens", "Mario Rossi met Anna.\n",
                       {{"Mario Ros", "PER"}, {"Anna", "PER"}});
}

}  // namespace

const std::vector<NamedDocument>& inline_documents() {
  static const std::vector<NamedDocument> documents = {{"nested", nested},
                                                       {"crossing", crossing},
                                                       {"citation", citation},
                                                       {"escaping", escaping},
                                                       {"off-tokens", off_tokens}};
  return documents;
}

std::string tei_inline_string(const Document& document, bool rs, std::vector<std::string>* notes) {
  std::ostringstream out;
  TeiInlineOptions options{rs, {}};
  if (notes) options.note = [notes](const std::string& line) { notes->push_back(line); };
  write_tei_inline(document, sample_run(), out, options);
  return out.str();
}

}  // namespace strata::formats::testing
