// The primary text of a TEI file from elsewhere, and where each piece of it comes from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "strata/feature.hpp"

namespace strata::formats {

// A stretch of the extracted text copied from one text node of body: bytes [begin, end) of the
// text are bytes [node_offset, node_offset + node_length) of the node. Copied text has
// node_length == end - begin; a space standing for a run of white space has end - begin == 1 and
// node_length the bytes of the run within that node. 20 bytes: a large file has millions.
struct TextSource {
  Offset begin;
  Offset end;
  std::uint32_t node;  // index into ExtractedText::nodes
  std::uint32_t node_offset;
  std::uint32_t node_length;

  bool copied() const { return node_length == end - begin; }
};

// The text of body by the rule of docs/tei-input.md, with its map back to the tree. The text
// and sources stay valid only while the tree is not changed.
struct ExtractedText {
  std::string text;
  // In text order, never overlapping. Bytes of the text no source covers are the line and
  // paragraph breaks the markup stands for.
  std::vector<TextSource> sources;
  // Every text and CDATA node below body in document order, those of excluded elements too,
  // since TEI's string-range counts them.
  std::vector<pugi::xml_node> nodes;
};

// The rule: text and CDATA nodes of body count; note, fw, figDesc, pb and cb (with everything
// inside them) do not, nor sic, orig and abbr inside a choice. A run of XML white space becomes
// one space. Block elements (p, head, div, sp, speaker, stage, opener, closer, salute, signed,
// item, ...) begin and end a paragraph, written "\n\n"; l and lb a line, "\n". Where breaks and
// spaces meet, the strongest alone is written, and none at the start or end of the text. An
// lb@break="no" joins the parts of a word, white space around it included.
ExtractedText extract_tei_text(pugi::xml_node body);

}  // namespace strata::formats
