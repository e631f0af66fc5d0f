// Writing XML a piece at a time, so no document has to be held whole in memory.
#pragma once

#include <ostream>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace strata::formats {

// A pugixml writer that appends to a string.
class StringXmlWriter : public pugi::xml_writer {
 public:
  explicit StringXmlWriter(std::string& out) : out_(out) {}
  void write(const void* data, std::size_t size) override {
    out_.append(static_cast<const char*>(data), size);
  }

 private:
  std::string& out_;
};

// Writes every top-level node of `fragment` (elements and text alike) in order, without a
// declaration and without any added whitespace, then empties the fragment for reuse.
void flush_fragment(pugi::xml_document& fragment, pugi::xml_writer& writer);

// node.print(out, indent, flags, pugi::encoding_utf8, depth), but with every CR in text written
// as "&#13;": pugixml writes it as it is, and a parser reads a CR back as LF (a CR LF as one LF),
// so that a CR in a value, or one a file from elsewhere had as "&#13;", would not come back and
// every character offset after it would be one off. pugixml's other CRs are in attribute values,
// which it writes as references already; a parsed tree has none elsewhere, since the parser
// turns the line ends of comments, CDATA sections and processing instructions into LF.
void print_node(pugi::xml_node node, std::ostream& out, const char* indent, unsigned flags,
                unsigned depth = 0);

// An attribute of a hand-made start tag.
using XmlAttribute = std::pair<std::string_view, std::string_view>;

// "<name a="v" ...>", values escaped as pugixml escapes them: for container elements whose
// content is written piece by piece after the tag.
std::string start_tag(std::string_view name, const std::vector<XmlAttribute>& attributes);

// Elements written by hand into a string, byte for byte as pugixml writes them raw, for the
// standOff, which has an element or more per annotation: start_element, then any
// append_attribute, then end_start_tag, the content, and end_element, which closes an element
// that got no content as "<name .../>", as pugixml does.
void start_element(std::string& out, std::string_view name);
void append_attribute(std::string& out, std::string_view name, std::string_view value);
// Returns where the content begins, for end_element.
std::size_t end_start_tag(std::string& out);
void end_element(std::string& out, std::string_view name, std::size_t content_begin);

// Escaping by hand, byte for byte as pugixml escapes, for the parts of a TEI file that are too
// many to build as pugixml nodes (the body's tokens).
//
// Appends `text` as character data: "&", "<" and ">" become references; tab and LF stay as they
// are; CR and any other C0 control become "&#NN;" (text made xml_safe has only CR of these; see
// print_node for why CR too).
void append_escaped_text(std::string& out, std::string_view text);
// Appends `value` as the inside of a double-quoted attribute value: "&", "<", '"' and every C0
// control, tab, LF and CR included, become references ("&#09;"), so that a parser gives the
// value back unchanged instead of normalizing its white space.
void append_escaped_attribute(std::string& out, std::string_view value);

// At most how many bytes one byte of text becomes when escaped ("&amp;", "&#01;").
inline constexpr std::size_t kMaxEscapedSize = 5;
// append_escaped_text through a pointer, for a RawOutput: writes `text` escaped at `to`, which
// must have room for kMaxEscapedSize * text.size() bytes, and returns the end. Byte by byte,
// which beats copying runs for the few bytes of a token.
char* put_escaped_text(char* to, std::string_view text);

}  // namespace strata::formats
