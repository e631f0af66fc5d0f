#include "window_documents.hpp"

#include "sample_documents.hpp"

namespace strata::formats::testing {

Document annotated_piece(std::string_view piece) {
  Document document("doc", piece);
  add_structure(document, {.tokens = false});
  // Features TEI keeps in standOff, the reference within the window as windows are cut between
  // paragraphs: each token's length, and the first token of its sentence.
  Layer& tokens = add_tokens(document);
  const Layer& sentences = document.layer("sentences");
  AnnotationId first = 0;
  for (AnnotationId id = 0, sentence = 0; id < tokens.size(); ++id) {
    while (sentence < sentences.size() && sentences.end(sentence) <= tokens.begin(id)) ++sentence;
    if (id == 0 || (sentence < sentences.size() && tokens.begin(id) == sentences.begin(sentence))) {
      first = id;
    }
    tokens.set_int(id, "length", tokens.end(id) - tokens.begin(id));
    tokens.set_ref(id, "head", {"tokens", first});
  }
  Layer& entities = add_layer_by(document, "ner", "entities");
  Layer& quotes = add_layer_by(document, "quotes", "quotes");
  Layer& parts = add_layer_by(document, "sentiment", "parts");
  Layer& quotations = add_layer_by(document, "quotes", "quotations");
  Layer& sentiment = add_layer_by(document, "sentiment", "sentiment");
  const std::string_view text = document.text();
  const auto quote_at = text.find("\"no\"");
  AnnotationId speaker = 0;  // the last Bianchi before the quote
  // Each name's occurrences in turn: every name's come after the names before it in the text of
  // each window, so a window's ids follow on from the window before as the whole's do.
  for (std::string_view name : {"Rossi", "Roma", "Bianchi", "Müller"}) {
    int n = 0;
    for (auto at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
      const AnnotationId id = annotate(document, entities, name, "NAME", n++);
      entities.set_real(id, "confidence", 0.5);
      if (name == "Bianchi" && at < quote_at) speaker = id;
    }
  }
  if (quote_at != std::string_view::npos) {
    quotes.set_ref(annotate(document, quotes, "\"no\"", "quote"), "speaker", {"entities", speaker});
    quotations.set_ref(annotate(document, quotations, "\"no\"", "quote"), "speaker",
                       {"entities", speaker});
  }
  // Each sentence's label, one of them not among the usual three.
  for (AnnotationId id : sentences.ids_by_offset()) {
    const std::string_view sentence =
        text.substr(sentences.begin(id), sentences.end(id) - sentences.begin(id));
    const char* label = sentence.find("Müller") != std::string_view::npos  ? "ironic"
                        : sentence.find("Rossi") != std::string_view::npos ? "positive"
                                                                           : "negative";
    sentiment.add(sentences.begin(id), sentences.end(id), label);
  }
  if (text.find("affè") != std::string_view::npos) annotate(document, parts, "affè", "x");
  return document;
}

void write_windows(WindowWriter& writer, const std::vector<std::string_view>& pieces) {
  for (std::string_view piece : pieces) writer.write(annotated_piece(piece));
  writer.finish();
}

}  // namespace strata::formats::testing
