// Hand-built documents that the formats tests write, check and validate.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"

namespace strata::formats::testing {

// Which structural layers add_structure makes.
struct Structure {
  bool paragraphs = true;
  bool sentences = true;
  bool tokens = true;
};

// Adds the structural layers the way the built-in plugins would: paragraphs are the stretches
// between blank lines (trimmed); tokens are runs of letters/digits/non-ASCII bytes (kind word,
// or number if all digits) and single other characters (punct for .,;:!?'"()-, else symbol);
// a sentence runs from a token after . ! ? (or a paragraph start) to the next such token.
void add_structure(Document& document, Structure structure = {});

// The tokens layer add_structure makes, each token with its kind; for a test that gives tokens
// features of its own.
Layer& add_tokens(Document& document);

// Adds to `layer` an annotation over the `occurrence`-th (from 0) `needle` in the document's
// text; throws if there is no such occurrence.
AnnotationId annotate(const Document& document, Layer& layer, std::string_view needle,
                      std::string_view type, int occurrence = 0);

// Adds a layer as if plugin `producer` made it.
Layer& add_layer_by(Document& document, const std::string& producer, const std::string& name);

// The run the sample documents pretend to come from: plugins tokens, ner (with options),
// quotes and sentiment.
RunInfo sample_run();

// A sample document under a file-friendly name, with the run to write it with.
struct NamedDocument {
  std::string name;
  std::function<Document()> make;
  RunInfo run = sample_run();
};

// Every sample: together they cover emoji and combining marks, tokens with and without spaces,
// blank lines between paragraphs, text outside paragraphs, missing layers, annotations off
// token boundaries, references, typed features, XML special characters and a tab (in the text,
// feature values and token kinds), an empty text, labels, names and values that TEI attributes
// cannot take as they are, and features of paragraphs, sentences and tokens that TEI's body has
// no room for.
const std::vector<NamedDocument>& sample_documents();

// The sample document of that name; throws Error if there is none.
const NamedDocument& sample(std::string_view name);

}  // namespace strata::formats::testing
