// libFuzzer target: TEI from elsewhere read, annotated as a plugin chain would (a token per run of
// bytes that are not white space, a sentence, a paragraph, an entity over the first two tokens)
// and written back (write_foreign_tei), whole and in two windows cut at a paragraph break. Bad
// input must end in strata::Error; the output must be written.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "strata/error.hpp"
#include "strata/formats/foreign_tei_window_writer.hpp"
#include "strata/formats/tei_input.hpp"

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t';
}

// `document` (or its window `piece`, which starts at text byte `start`) annotated.
strata::Document annotated(const std::string& id, std::string_view piece) {
  strata::Document document(id, std::string(piece));
  const std::string_view text = document.text();
  strata::Layer& tokens = document.add_layer("tokens");
  for (std::size_t at = 0; at < text.size();) {
    if (is_space(text[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && !is_space(text[end])) ++end;
    const auto token =
        tokens.add(static_cast<strata::Offset>(at), static_cast<strata::Offset>(end), "token");
    tokens.set_string(token, "kind", text[at] == '.' ? "punct" : "word");
    at = end;
  }
  if (tokens.size() == 0) return document;
  const auto first = tokens.begin(0);
  const auto last = tokens.end(static_cast<strata::AnnotationId>(tokens.size() - 1));
  document.add_layer("sentences").add(first, last, "sentence");
  document.add_layer("paragraphs").add(first, last, "paragraph");
  if (tokens.size() >= 2) {
    strata::Layer& entities = document.add_layer("entities");
    entities.set_string(entities.add(tokens.begin(0), tokens.end(1), "PER"), "source", "fuzz");
  }
  return document;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string xml(reinterpret_cast<const char*>(data), size);
  try {
    strata::formats::TeiInput whole = strata::formats::read_tei_input(xml, "fuzz");
    if (!whole.foreign) return 0;  // Strata's own TEI
    std::ostringstream out;
    strata::formats::write_foreign_tei(annotated("fuzz", whole.document.text()), *whole.foreign, {},
                                       out);
    if (out.str().empty()) __builtin_trap();
    // The tree changes as it is written: read again for the windows.
    strata::formats::TeiInput input = strata::formats::read_tei_input(xml, "fuzz");
    const std::string_view text = input.document.text();
    const std::size_t cut = text.find("\n\n");
    if (cut == std::string_view::npos) return 0;
    std::ostringstream windows;
    strata::formats::ForeignTeiWindowWriter writer(input.document, *input.foreign, {}, windows);
    writer.write(annotated("fuzz", text.substr(0, cut + 2)));
    writer.write(annotated("fuzz", text.substr(cut + 2)));
    writer.finish();
  } catch (const strata::Error&) {
  }
  return 0;
}
