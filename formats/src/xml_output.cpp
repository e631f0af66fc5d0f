#include "xml_output.hpp"

namespace strata::formats {

void flush_fragment(pugi::xml_document& fragment, pugi::xml_writer& writer) {
  fragment.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  fragment.remove_children();
}

std::string start_tag(std::string_view name, const std::vector<XmlAttribute>& attributes) {
  std::string tag = "<" + std::string(name);
  for (const auto& [attribute, value] : attributes) {
    tag += " " + std::string(attribute) + "=\"";
    for (char c : value) {
      switch (c) {
        case '&':
          tag += "&amp;";
          break;
        case '<':
          tag += "&lt;";
          break;
        case '"':
          tag += "&quot;";
          break;
        case '\t':
          tag += "&#9;";
          break;
        case '\n':
          tag += "&#10;";
          break;
        case '\r':
          tag += "&#13;";
          break;
        default:
          tag += c;
      }
    }
    tag += '"';
  }
  return tag + ">";
}

}  // namespace strata::formats
