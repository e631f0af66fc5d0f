#include "sample_documents.hpp"

#include <limits>
#include <utility>

#include "strata/error.hpp"
#include "strata/layer_names.hpp"

namespace strata::formats::testing {
namespace {

using Range = std::pair<Offset, Offset>;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Stretches of non-blank lines, without their leading and trailing whitespace.
std::vector<Range> paragraph_ranges(std::string_view text) {
  std::vector<Range> paragraphs;
  std::size_t line_begin = 0;
  std::size_t open = std::string_view::npos;  // where the current paragraph's text begins
  std::size_t last_text_end = 0;
  while (line_begin <= text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::size_t first = line_begin;
    while (first < line_end && is_space(text[first])) ++first;
    if (first == line_end) {  // a blank line closes the paragraph
      if (open != std::string_view::npos) paragraphs.emplace_back(open, last_text_end);
      open = std::string_view::npos;
    } else {
      if (open == std::string_view::npos) open = first;
      std::size_t last = line_end;
      while (is_space(text[last - 1])) --last;
      last_text_end = last;
    }
    line_begin = line_end + 1;
  }
  if (open != std::string_view::npos) paragraphs.emplace_back(open, last_text_end);
  return paragraphs;
}

std::string_view token_kind(std::string_view token) {
  if (token.find_first_not_of("0123456789") == std::string_view::npos) return "number";
  if (is_word_byte(token[0])) return "word";
  return std::string_view(".,;:!?'\"()-").find(token[0]) != std::string_view::npos ? "punct"
                                                                                   : "symbol";
}

std::vector<Range> token_ranges(std::string_view text) {
  std::vector<Range> tokens;
  for (std::size_t i = 0; i < text.size();) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    if (is_word_byte(text[i])) {
      while (end < text.size() && is_word_byte(text[end])) ++end;
    }
    tokens.emplace_back(i, end);
    i = end;
  }
  return tokens;
}

bool ends_sentence(std::string_view token) {
  return token == "." || token == "!" || token == "?";
}

}  // namespace

Layer& add_tokens(Document& document) {
  const std::string_view text = document.text();
  Layer& layer = document.add_layer(layer_names::tokens);
  for (const auto& [begin, end] : token_ranges(text)) {
    const AnnotationId id = layer.add(begin, end, "token");
    layer.set_string(id, "kind", token_kind(text.substr(begin, end - begin)));
  }
  return layer;
}

void add_structure(Document& document, Structure structure) {
  const std::string_view text = document.text();
  const std::vector<Range> paragraphs = paragraph_ranges(text);
  const std::vector<Range> tokens = token_ranges(text);
  if (structure.paragraphs) {
    Layer& layer = document.add_layer(layer_names::paragraphs);
    for (const auto& [begin, end] : paragraphs) layer.add(begin, end, "paragraph");
  }
  if (structure.sentences) {
    Layer& layer = document.add_layer(layer_names::sentences);
    std::size_t t = 0;
    for (const auto& [p_begin, p_end] : paragraphs) {
      while (t < tokens.size() && tokens[t].first < p_end) {
        const Offset begin = tokens[t].first;
        while (t + 1 < tokens.size() && tokens[t + 1].first < p_end &&
               !ends_sentence(text.substr(tokens[t].first, tokens[t].second - tokens[t].first))) {
          ++t;
        }
        layer.add(begin, tokens[t].second, "sentence");
        ++t;
      }
    }
  }
  if (structure.tokens) add_tokens(document);
}

AnnotationId annotate(const Document& document, Layer& layer, std::string_view needle,
                      std::string_view type, int occurrence) {
  std::size_t at = document.text().find(needle);
  for (int n = 0; n < occurrence && at != std::string::npos; ++n) {
    at = document.text().find(needle, at + 1);
  }
  if (at == std::string::npos) throw Error("sample text has no '" + std::string(needle) + "'");
  return layer.add(static_cast<Offset>(at), static_cast<Offset>(at + needle.size()), type);
}

Layer& add_layer_by(Document& document, const std::string& producer, const std::string& name) {
  document.restrict_writes(producer, {name});
  Layer& layer = document.add_layer(name);
  document.lift_write_restriction();
  return layer;
}

RunInfo sample_run() {
  return {"0.1.0",
          "2026-11-29T05:04:54Z",
          {{"tokens", "1.0.0", "Splits text into tokens", {{"split_hyphens", "false"}}},
           {"ner", "0.3.1", "Finds named entities", {{"model", "it-news"}, {"threshold", "0.5"}}},
           {"quotes", "0.2.0", "Finds quotations and their speakers", {}},
           {"sentiment", "1.1", "", {}}}};
}

namespace {

// Entities, quotes with a speaker, a span off token boundaries, sentence sentiment.
Document news() {
  Document d("news-1",
             "Mario Rossi said: \"The treaty is signed.\" Then he left.\n\n"
             "On 3 March 2021 the Bank of Italy answered!\n");
  d.set_language("en");
  d.metadata()["title"] = "A news item";
  d.metadata()["source"] = "https://example.org/news/1";
  add_structure(d);
  Layer& entities = add_layer_by(d, "ner", "entities");
  const AnnotationId rossi = annotate(d, entities, "Mario Rossi", "PER");
  entities.set_real(rossi, "confidence", 0.75);
  entities.set_int(rossi, "mentions", 2);
  entities.set_bool(rossi, "verified", true);
  // Added out of text order on purpose: writers sort by offset.
  entities.set_string(annotate(d, entities, "Bank of Italy", "ORG"), "wikidata", "Q806356");
  entities.set_string(annotate(d, entities, "3 March 2021", "DATE"), "when", "2021-03-03");
  Layer& quotes = add_layer_by(d, "quotes", "quotes");
  const AnnotationId quote = annotate(d, quotes, "\"The treaty is signed.\"", "quote");
  quotes.set_ref(quote, "speaker", {"entities", rossi});
  quotes.set_string(quote, "cue", "said");
  Layer& highlights = add_layer_by(d, "ner", "highlights");
  annotate(d, highlights, "reaty is sig", "fragment");
  Layer& sentiment = add_layer_by(d, "sentiment", "sentiment");
  const Layer& sentences = d.layer("sentences");
  for (AnnotationId s = 0; s < sentences.size(); ++s) {
    const AnnotationId id = sentiment.add(sentences.begin(s), sentences.end(s), "neutral");
    sentiment.set_real(id, "compound", 0.1 * s);
    sentiment.set_ref(id, "sentence", {"sentences", s});
  }
  return d;
}

// Emoji (with a skin tone modifier, a flag) and a combining mark with no precomposed form.
Document unicode() {
  Document d("unicode",
             "Caf\u00e9 \U0001F44B\U0001F3FD na\u00efve q\u0301 \U0001F1EE\U0001F1F9 fine.\n");
  d.set_language("it");
  add_structure(d);
  Layer& marks = add_layer_by(d, "ner", "marks");
  annotate(d, marks, "\U0001F44B\U0001F3FD", "emoji");
  annotate(d, marks, "na\u00efve q\u0301", "phrase");
  annotate(d, marks, "af\u00e9 \U0001F44B", "partial");
  annotate(d, marks, "\U0001F1EE\U0001F1F9", "flag");
  return d;
}

// No tokens: the other layers are written as listAnnotation.
Document no_tokens() {
  Document d("no-tokens", "Anna Bianchi lives in Rome. She works there.\n");
  add_structure(d, {.paragraphs = true, .sentences = true, .tokens = false});
  Layer& entities = add_layer_by(d, "ner", "entities");
  const AnnotationId anna = annotate(d, entities, "Anna Bianchi", "PER");
  entities.set_string(annotate(d, entities, "Rome", "LOC"), "country", "IT");
  Layer& coreference = add_layer_by(d, "ner", "coreference");
  const AnnotationId she = annotate(d, coreference, "She", "pronoun");
  coreference.set_ref(she, "antecedent", {"entities", anna});
  annotate(d, coreference, "there", "");  // no label, no features
  return d;
}

// No paragraphs layer: one p over the text without its leading and trailing whitespace.
Document no_paragraphs() {
  Document d("no-paragraphs", "  \n Leading space. Then more text!  \n");
  add_structure(d, {.paragraphs = false, .sentences = true, .tokens = true});
  return d;
}

// Text outside every paragraph, in a p outside every sentence, in an s outside every token.
Document uncovered_text() {
  Document d("uncovered", "Heading line\n\nA b c d. Tail words\n\n\nLast line\n");
  const std::string_view text = d.text();
  const auto at = [&](std::string_view needle) { return static_cast<Offset>(text.find(needle)); };
  Layer& paragraphs = d.add_layer("paragraphs");
  paragraphs.add(at("A b"), at(" Tail"), "paragraph");  // "Tail words" is left outside
  Layer& sentences = d.add_layer("sentences");
  sentences.add(at("A b"), at(" d."), "sentence");  // " d." is in the p, outside the s
  Layer& tokens = d.add_layer("tokens");
  tokens.set_string(tokens.add(at("A b"), at("A b") + 1, "token"), "kind", "word");
  tokens.set_string(tokens.add(at("c d"), at("c d") + 1, "token"), "kind", "word");  // not "b"
  Layer& entities = add_layer_by(d, "ner", "entities");
  annotate(d, entities, "Last line", "MISC");
  return d;
}

// XML's special characters and a tab, in the text and in feature values.
Document special_characters() {
  Document d("special", "if x < y & z > w then \"quote\" and 'apostrophe'\tafter a tab.\n");
  d.metadata()["title"] = "Special <&> \"characters\"";
  add_structure(d);
  Layer& notes = add_layer_by(d, "ner", "notes");
  const AnnotationId id = annotate(d, notes, "x < y & z > w", "formula");
  notes.set_string(id, "latex", "x < y \\& z > w \"'\n\ttwo lines");
  return d;
}

// Token kinds other plugins might give: unknown ones, ones TEI's @type cannot hold, and ones
// with XML's special characters, a tab, a control character or non-ASCII letters; the text has
// them too.
Document odd_kinds() {
  Document d("odd-kinds", "città & <tag> \"q\"\tend\n");
  add_structure(d, {.tokens = false});
  Layer& tokens = d.add_layer(layer_names::tokens);
  struct Token {
    std::string_view text;
    int occurrence;
    std::string_view kind;
  };
  for (const Token& token : std::vector<Token>{{"città", 0, "parola"},
                                               {"&", 0, "amp & <lt> \"quot\""},
                                               {"<", 0, "tab\there"},
                                               {"tag", 0, "qualità"},
                                               {">", 0, "two words"},
                                               {"\"", 0, "control \x01 char"},
                                               {"q", 0, ""},
                                               {"\"", 1, "symbol"},
                                               {"end", 0, "url"}}) {
    tokens.set_string(annotate(d, tokens, token.text, "token", token.occurrence), "kind",
                      token.kind);
  }
  return d;
}

// Tokens with a lemma, a part of speech, a morphosyntactic description or a normalized form,
// which TEI writes as attributes of their w and pc, in any order and any subset; values with
// XML's special characters, a tab, a control character, non-ASCII letters, or empty.
Document linguistic_tokens() {
  Document d("linguistic", "Le città crebbero & \"fiorirono\".\n");
  add_structure(d, {.tokens = false});
  Layer& tokens = add_tokens(d);
  struct Feature {
    std::string_view token;
    std::string_view name;
    std::string_view value;
  };
  for (const Feature& feature : std::vector<Feature>{{"Le", "lemma", "il"},
                                                     {"Le", "pos", "DET"},
                                                     {"Le", "msd", "Definite=Def|Gender=Fem"},
                                                     {"città", "pos", "NOUN"},
                                                     {"città", "lemma", "città"},
                                                     {"crebbero", "norm", "crebbero"},
                                                     {"crebbero", "lemma", "crescere"},
                                                     {"crebbero", "msd", "Mood=Ind\r\nTense=Past"},
                                                     {"&", "pos", "CCONJ & <&>"},
                                                     {"&", "lemma", "e\tand \"et\""},
                                                     {"fiorirono", "lemma", "fiorire \x01"},
                                                     {"fiorirono", "pos", ""},
                                                     {".", "pos", "PUNCT"}}) {
    const auto at = static_cast<Offset>(d.text().find(feature.token));
    for (AnnotationId id = 0; id < tokens.size(); ++id) {
      if (tokens.begin(id) == at) tokens.set_string(id, feature.name, feature.value);
    }
  }
  return d;
}

// Paragraphs, sentences and tokens with features of their own that p, s, w and pc have no room
// for: strings, numbers, truth values, references (to a token, to an entity) and a name that is
// not an XML name, besides a lemma the w carries. Without tokens, only the first two layers.
Document structure_features(const char* name, bool with_tokens) {
  Document d(name, "Roma è bella. Ma piove!\n\nSecondo paragrafo.\n");
  Layer& paragraphs = d.add_layer(layer_names::paragraphs);
  annotate(d, paragraphs, "Roma è bella. Ma piove!", "paragraph");
  paragraphs.set_bool(annotate(d, paragraphs, "Secondo paragrafo.", "paragraph"), "heading", true);
  paragraphs.set_real(1, "weight", 0.25);
  Layer& sentences = d.add_layer(layer_names::sentences);
  sentences.set_string(annotate(d, sentences, "Roma è bella.", "sentence"), "mood", "declarative");
  sentences.set_int(annotate(d, sentences, "Ma piove!", "sentence"), "words", 2);
  annotate(d, sentences, "Secondo paragrafo.", "sentence");
  if (!with_tokens) return d;
  Layer& tokens = add_tokens(d);
  Layer& entities = add_layer_by(d, "ner", "entities");
  const AnnotationId rome = annotate(d, entities, "Roma", "LOC");
  tokens.set_string(0, "gloss", "Rome");
  tokens.set_ref(0, "about", {"entities", rome});
  tokens.set_string(1, "lemma", "essere");
  tokens.set_int(1, "pos", 7);
  tokens.set_string(1, "pos tag", "AUX");
  for (AnnotationId ma_piove_bang : {4, 5, 6}) tokens.set_ref(ma_piove_bang, "head", {"tokens", 5});
  return d;
}

// The same features made as a tokenizer plugin makes its layers: tokens first, then sentences and
// paragraphs, by a plugin of the run (the reader makes them in the body's order, by no plugin).
Document structure_features_by_tokenizer() {
  Document d("structure-features-tokenizer", "Roma è bella. Ma piove!\n");
  d.restrict_writes("tokens", {"tokens", "sentences", "paragraphs"});
  Layer& tokens = add_tokens(d);
  tokens.set_string(0, "gloss", "Rome");
  tokens.set_ref(4, "head", {"tokens", 5});
  Layer& sentences = d.add_layer(layer_names::sentences);
  sentences.set_string(annotate(d, sentences, "Roma è bella.", "sentence"), "mood", "declarative");
  annotate(d, sentences, "Ma piove!", "sentence");
  Layer& paragraphs = d.add_layer(layer_names::paragraphs);
  paragraphs.set_bool(annotate(d, paragraphs, "Roma è bella. Ma piove!", "paragraph"), "heading",
                      false);
  d.lift_write_restriction();
  return d;
}

// Tokens with and without space between them.
Document joined_tokens() {
  Document d("joined", "Hello,world! Yes(ok) 42%.\n");
  add_structure(d);
  return d;
}

// Tokens but no sentences or paragraphs: the tokens sit directly in the one p.
Document tokens_only() {
  Document d("tokens-only", "Just tokens, here.");
  add_structure(d, {.paragraphs = false, .sentences = false, .tokens = true});
  annotate(d, add_layer_by(d, "ner", "entities"), "tokens", "THING");
  return d;
}

// Zero-length elements and annotations: an empty token, an empty sentence at a paragraph's
// end, an empty annotation.
Document empty_elements() {
  Document d("empty-elements", "ab cd");
  d.add_layer("paragraphs").add(0, 5, "paragraph");
  Layer& sentences = d.add_layer("sentences");
  sentences.add(0, 5, "sentence");
  sentences.add(5, 5, "sentence");
  Layer& tokens = d.add_layer("tokens");
  for (const auto& [begin, end] : std::vector<Range>{{0, 2}, {2, 2}, {3, 5}}) {
    tokens.set_string(tokens.add(begin, end, "token"), "kind", "word");
  }
  add_layer_by(d, "ner", "points").add(3, 3, "point");
  return d;
}

// No layers at all, two paragraphs of text: one p spans both.
Document plain_text() {
  Document d("plain", "  Just text.\n\nTwo paragraphs but no layers.  \n");
  d.set_language("und");
  return d;
}

// Values TEI attributes cannot take as they are: they must land somewhere valid.
Document odd_values() {
  Document d("odd values", "Some odd values here.\n");
  d.set_language("not a language");
  add_structure(d);
  Layer& odd = add_layer_by(d, "ner", "odd");
  const AnnotationId id = annotate(d, odd, "odd values", "Named Entity");
  odd.set_string(id, "pos tag", "ADJ NOUN");
  odd.set_string(id, "1st", "control \x01 char and bad UTF-8 \xff here");
  odd.set_string(id, "_x41_", "looks escaped");
  odd.set_real(id, "infinite", std::numeric_limits<double>::infinity());
  odd.set_real(id, "not a number", std::numeric_limits<double>::quiet_NaN());
  odd.set_real(id, "huge", 1e300);
  odd.set_int(id, "negative", -42);
  odd.set_bool(id, "qualit\u00e0 \U0001F600", false);
  annotate(d, odd, "here", "");
  Layer& orphan = d.add_layer("by-the-host");  // producer "": strata itself
  annotate(d, orphan, "Some", "x");
  add_layer_by(d, "not-in-run", "unclaimed").add(0, 4, "y");
  d.add_layer("empty-layer");
  return d;
}

RunInfo odd_run() {
  RunInfo run{
      "0.1.0-dev",
      "yesterday",
      {{"ner", "v2 beta", "", {{"a b", "<&>"}}}, {"ner", "2.0", "the same plugin again", {}}}};
  return run;
}

}  // namespace

const std::vector<NamedDocument>& sample_documents() {
  static const std::vector<NamedDocument> documents = {
      {"news", news},
      {"unicode", unicode},
      {"no-tokens", no_tokens},
      {"no-paragraphs", no_paragraphs},
      {"uncovered", uncovered_text},
      {"special", special_characters},
      {"odd-kinds", odd_kinds},
      {"joined", joined_tokens},
      {"linguistic", linguistic_tokens},
      {"structure-features", [] { return structure_features("structure-features", true); }},
      {"structure-features-tokenizer", structure_features_by_tokenizer},
      {"structure-features-no-tokens",
       [] { return structure_features("structure-features-no-tokens", false); }},
      {"tokens-only", tokens_only},
      {"empty-elements", empty_elements},
      {"plain", plain_text},
      {"empty", [] { return Document("empty", ""); }},
      {"whitespace", [] { return Document("whitespace", " \n\t\n"); }},
      {"odd", odd_values, odd_run()},
  };
  return documents;
}

const NamedDocument& sample(std::string_view name) {
  for (const NamedDocument& document : sample_documents()) {
    if (document.name == name) return document;
  }
  throw Error("no sample document named " + std::string(name));
}

}  // namespace strata::formats::testing
