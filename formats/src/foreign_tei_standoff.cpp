#include "foreign_tei_standoff.hpp"

#include <algorithm>
#include <string>

#include "foreign_tei_printer.hpp"
#include "strata/error.hpp"

namespace strata::formats {
namespace {

constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata;
constexpr std::size_t kChunk = 64 * 1024;

Error bad_standoff(const char* what) {
  return Error(std::string("the standOff made for the file is not well-formed: ") + what);
}

// The end of the tag that starts at `lt` ('<'), past its '>'.
std::size_t tag_end(std::string_view xml, std::size_t lt) {
  char quote = 0;
  for (std::size_t i = lt + 1; i < xml.size(); ++i) {
    const char c = xml[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  throw bad_standoff("a tag does not end");
}

// The end of the node that starts at `at`: a run of text up to the next tag, or an element up
// to the end of its end tag.
std::size_t node_end(std::string_view xml, std::size_t at) {
  if (xml[at] != '<') return std::min(xml.find('<', at), xml.size());
  int depth = 0;
  std::size_t i = at;
  do {
    const std::size_t end = tag_end(xml, i);
    if (xml[i + 1] == '/') {
      --depth;
    } else if (xml[end - 2] != '/') {
      ++depth;
    }
    i = end;
    if (depth > 0) {
      i = xml.find('<', i);
      if (i == std::string_view::npos) throw bad_standoff("an element does not end");
    }
  } while (depth > 0);
  return i;
}

// Parses XML pieces and writes them back adapted, through one scratch tree.
class StandoffPrinter {
 public:
  StandoffPrinter(const std::function<void(pugi::xml_node)>& adapt, std::ostream& out)
      : adapt_(adapt), out_(out) {}

  // Writes `element` (its start tag, then its content a chunk at a time, then its end tag);
  // `extra_id` adds an xml:id after its attributes, `first` a first child; `open_children`
  // writes its child elements so too, not each whole (the standOff's layers are large).
  void write_element(std::string_view element, bool open_children = false,
                     const char* extra_id = nullptr, pugi::xml_node first = {}) {
    const std::size_t start_end = tag_end(element, 0);
    const bool empty = element[start_end - 2] == '/';
    // The start tag alone, as an empty element: adapted like the rest, then written open.
    std::string tag(element.substr(0, start_end));
    if (!empty) tag.insert(tag.size() - 1, "/");
    pugi::xml_node parsed = parse(tag);
    if (extra_id != nullptr) parsed.append_attribute("xml:id").set_value(extra_id);
    adapt_(parsed);
    std::string text = "<";
    text += parsed.name();
    for (const pugi::xml_attribute attribute : parsed.attributes()) {
      text += ' ';
      text += attribute.name();
      text += "=\"";
      append_pugixml_escaped(text, attribute.value(), true);
      text += '"';
    }
    const std::string name = parsed.name();
    const std::size_t close = empty ? start_end : element.rfind("</");
    const std::string_view content = element.substr(start_end, close - start_end);
    if (content.empty() && !first) {  // as pugixml writes an element without children
      out_ << text << "/>";
      return;
    }
    out_ << text << '>';
    if (first) {
      adapt_(first);
      first.print(out_, "", pugi::format_raw, pugi::encoding_utf8);
    }
    write_content(content, open_children);
    out_ << "</" << name << '>';
  }

  // Writes the nodes of `content` a chunk of whole nodes at a time, or with `open_elements`
  // each element by write_element.
  void write_content(std::string_view content, bool open_elements) {
    std::size_t at = 0;
    while (at < content.size()) {
      if (open_elements && content[at] == '<') {
        const std::size_t end = node_end(content, at);
        write_element(content.substr(at, end - at));
        at = end;
        continue;
      }
      std::size_t end = node_end(content, at);
      while (end < content.size() && end - at < kChunk && !(open_elements && content[end] == '<')) {
        end = node_end(content, end);
      }
      pugi::xml_node wrapper = parse("<x>" + std::string(content.substr(at, end - at)) + "</x>");
      for (pugi::xml_node node : wrapper.children()) {
        if (node.type() == pugi::node_element) adapt_(node);
        node.print(out_, "", pugi::format_raw, pugi::encoding_utf8);
      }
      at = end;
    }
  }

 private:
  pugi::xml_node parse(const std::string& xml) {
    scratch_.reset();
    const pugi::xml_parse_result result =
        scratch_.load_buffer(xml.data(), xml.size(), kParse, pugi::encoding_utf8);
    if (!result) throw bad_standoff(result.description());
    return scratch_.document_element();
  }

  const std::function<void(pugi::xml_node)>& adapt_;
  std::ostream& out_;
  pugi::xml_document scratch_;
};

}  // namespace

void write_foreign_standoff(std::string_view layers, pugi::xml_node crossing,
                            const std::function<void(pugi::xml_node)>& adapt, std::ostream& out) {
  StandoffPrinter printer(adapt, out);
  const std::size_t begin = layers.find('<');
  if (begin == std::string_view::npos) {
    if (crossing) printer.write_element("<standOff/>", true, "standOff", crossing);
    return;
  }
  const std::size_t end = node_end(layers, begin);
  printer.write_element(layers.substr(begin, end - begin), true, "standOff", crossing);
}

}  // namespace strata::formats
