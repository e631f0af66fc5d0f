// The structural layers of a document as the TEI body shows them.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "strata/document.hpp"

namespace strata::formats {

// Paragraphs, sentences and tokens of one document, each level sorted by offset and checked to
// have no overlaps within itself (whether the levels nest is for check_nesting).
// Text outside every paragraph that is not just whitespace is given a paragraph of its own, so
// nothing of the text is left where TEI's body cannot carry it. Element n (from 0) of a level
// becomes xml:id p{n+1}, s{n+1} or w{n+1}; tokens share one counter whether they become w or pc.
class TextStructure {
 public:
  enum Level { paragraph = 0, sentence = 1, token = 2 };
  static constexpr int kLevels = 3;
  // The `annotation` of a paragraph the writer added around text no paragraph covered.
  static constexpr AnnotationId kAdded = 0xFFFFFFFFu;

  // One element of the body: a range of bytes and the annotation it shows.
  struct Extent {
    Offset begin;
    Offset end;
    AnnotationId annotation;
  };

  // How many elements of each level come before the document's own in the file: none for a
  // whole document; for a window of a larger one (TeiWindowWriter), the windows' before it.
  using Numbering = std::array<std::size_t, kLevels>;

  // Throws Error when two annotations of one structural layer overlap.
  explicit TextStructure(const Document& document, const Numbering& elements_before = {});

  const std::vector<Extent>& extents(Level level) const { return levels_[level]; }
  bool has_tokens() const { return !levels_[token].empty(); }

  // The layer name of a level ("paragraphs", "sentences", "tokens").
  static const char* layer_name(Level level);
  // The number element `index` of `level` has in the file, from 0: its index plus the elements
  // before the document. put_xml_id and xml_id take this number.
  std::size_t number(Level level, std::size_t index) const { return before_[level] + index; }

  // The xml:id of element number `index` of `level`.
  static std::string xml_id(Level level, std::size_t index);
  // The same, appended to `out` without a string of its own.
  static void append_xml_id(std::string& out, Level level, std::size_t index);
  // The longest xml:id: a letter and 20 digits.
  static constexpr std::size_t kMaxXmlIdSize = 21;
  // The same, written at `to`, which must have room for kMaxXmlIdSize bytes; returns the end.
  static char* put_xml_id(char* to, Level level, std::size_t index);

  // The xml:id of an annotation of a structural layer, or nullopt when `layer` is not one.
  // Throws Error when the layer has no such annotation.
  std::optional<std::string> inline_id(std::string_view layer, AnnotationId annotation) const;

  // The indexes of the first and last token of [begin, end) when that range starts where a
  // (non-empty) token starts and ends where one ends; nullopt otherwise and for empty ranges.
  std::optional<std::pair<std::size_t, std::size_t>> token_span(Offset begin, Offset end) const;
  // The same for ranges asked for in the order of their begins, as a layer's annotations in
  // offset order are: the search starts from `from` (0 for the first range) and leaves there
  // where this range's tokens start. Any `from` gives the same answer, only slower.
  std::optional<std::pair<std::size_t, std::size_t>> token_span(Offset begin, Offset end,
                                                                std::size_t& from) const;

 private:
  void read_level(const Document& document, Level level);
  void add_paragraphs_for_uncovered_text(std::string_view text);
  // The smallest range holding the non-whitespace text and the sentences and tokens that lie
  // in the gap [from, to) between paragraphs; nullopt when the gap has none of them.
  std::optional<Extent> content_of_gap(std::string_view text, Offset from, Offset to) const;

  Numbering before_;
  std::array<std::vector<Extent>, kLevels> levels_;
  // For each level, the index in levels_ of each annotation id of its layer.
  std::array<std::vector<std::uint32_t>, kLevels> index_of_annotation_;
};

}  // namespace strata::formats
