// Which annotations the inline TEI body can carry, and where their elements open and close.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "inline_markup.hpp"
#include "strata/document.hpp"
#include "text_structure.hpp"
#include "window_start.hpp"

namespace strata::formats {

// The annotations of a document projected into the body as elements, split so that they nest.
// The body's own elements (p, s, w, pc) are never split: an annotation lives inside sentences
// (paragraphs when there are none) and is cut into one part per sentence it covers; inside a
// sentence, one that crosses another is cut where the other ends. An annotation whose ends fall
// inside a token (w holds no names), that is empty, or that has text outside every sentence
// is not projected and stays in standOff, with a note saying why.
class InlineProjection {
 public:
  // An annotation written inline and into how many parts it was split.
  struct Element {
    std::string layer;
    AnnotationId id;
    InlineMarkup markup;
    std::uint32_t parts = 0;
  };
  // One start or end tag of a part, at a byte offset of the text; in the order to write them.
  struct Event {
    Offset at;
    bool open;
    std::uint32_t element;  // index in elements()
    std::uint32_t part;     // from 0, in text order
  };

  // `start`: where the document, a window of a larger one, begins (WindowStart), so that ids,
  // pointers and notes are the file's.
  InlineProjection(const Document& document, const TextStructure& structure,
                   EntityElements entities, const WindowStart& start = {});

  const std::vector<Element>& elements() const { return elements_; }
  const std::vector<Event>& events() const { return events_; }
  // Whether annotation `id` of `layer` is written inline (and so not in standOff).
  bool is_inline(std::string_view layer, AnnotationId id) const;
  // One line per annotation that could have been projected but stays in standOff.
  const std::vector<std::string>& notes() const { return notes_; }

  // The xml:id of part `part` of an element: the standOff id for the first part (so that
  // pointers at the annotation, a quotation's @who, find it), with ".2", ".3"... after it.
  std::string part_id(const Element& element, std::uint32_t part) const;

 private:
  // A stretch of an element within one container, as the nesting sees it.
  struct Piece {
    Offset begin;
    Offset end;
    int rank;
    std::uint32_t element;
  };

  // Why an annotation cannot be projected; nullptr when it can, with its pieces added.
  const char* add_pieces(const Document& document, Offset begin, Offset end, std::uint32_t element,
                         int rank);
  bool inside_token(Offset at) const;
  // Writes the events of one container's pieces, splitting those that cross.
  void nest(std::vector<Piece>& pieces, std::string_view text);

  std::vector<TextStructure::Extent> containers_;
  const std::vector<TextStructure::Extent>& tokens_;
  std::vector<std::vector<Piece>> pieces_;  // by container
  std::vector<Element> elements_;
  std::vector<Event> events_;
  std::map<std::string, std::vector<bool>, std::less<>> inline_;
  std::vector<std::string> notes_;
  WindowStart start_;
};

// The one line that tells of a document's `notes` (InlineProjection::notes, of all its windows).
std::string inline_note(const Document& document, const std::vector<std::string>& notes);

}  // namespace strata::formats
