// Where a label (an annotation's type, a token's kind) goes on a TEI element.
#pragma once

#include <string>
#include <string_view>

#include "by_address.hpp"

namespace strata::formats {

// The attribute a label goes in: @type when TEI allows it there (one "word": no spaces or
// control characters), otherwise @n, which takes any text, so no label is lost or makes the
// file invalid. The value is the label made safe for XML, possibly kept in `scratch`.
struct LabelAttribute {
  const char* name;
  std::string_view value;
};
LabelAttribute label_attribute(std::string_view label, std::string& scratch);

// Appends label_attribute(label) to a start tag being written (see start_element); an empty
// label adds nothing.
void append_label(std::string& out, std::string_view label, std::string& scratch);

// The text append_label appends for each label (` type="LOC"`), remembered by the label's
// address: a layer interns its strings, so each of the few labels of a layer is made once, not
// once per annotation. Past kMaxRemembered labels, a label's text is made each time.
class LabelAttributes {
 public:
  const std::string& of(std::string_view label);

 private:
  static constexpr std::size_t kMaxRemembered = 64;
  ByAddress<std::string> remembered_;
  std::string made_;
  std::string scratch_;
};

}  // namespace strata::formats
