#include "foreign_tei_standoff.hpp"

#include <string>
#include <string_view>

#include "foreign_tei_printer.hpp"
#include "strata/error.hpp"
#include "xml_output.hpp"

namespace strata::formats {
namespace {

constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata;
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kIncomplete = std::string_view::npos;

Error bad_standoff(const char* what) {
  return Error(std::string("the standOff made for the file is not well-formed: ") + what);
}

// The end of the tag `xml` starts with ('<'), past its '>'; kIncomplete when `xml` ends first.
std::size_t tag_end(std::string_view xml) {
  char quote = 0;
  for (std::size_t i = 1; i < xml.size(); ++i) {
    const char c = xml[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return kIncomplete;
}

bool is_end_tag(std::string_view tag) {
  return tag.starts_with("</");
}
bool is_empty_element(std::string_view tag) {
  return tag.size() >= 2 && tag[tag.size() - 2] == '/';
}

// The end of the element `xml` starts with, past its end tag; kIncomplete when `xml` ends first.
std::size_t element_end(std::string_view xml) {
  int depth = 0;
  std::size_t at = 0;
  do {
    const std::size_t end = tag_end(xml.substr(at));
    if (end == kIncomplete) return kIncomplete;
    const std::string_view tag = xml.substr(at, end);
    if (is_end_tag(tag)) {
      --depth;
    } else if (!is_empty_element(tag)) {
      ++depth;
    }
    at += end;
    if (depth > 0) {
      at = xml.find('<', at);
      if (at == std::string_view::npos) return kIncomplete;
    }
  } while (depth > 0);
  return at;
}

// The standOff's text, read a block at a time; what was taken goes when more is read.
class Reader {
 public:
  explicit Reader(std::istream& in) : in_(in) {}

  std::string_view rest() const { return std::string_view(buffer_).substr(at_); }
  void take(std::size_t size) { at_ += size; }
  // Whether the rest starts with `prefix`, read far enough to tell.
  bool starts_with(std::string_view prefix) {
    while (rest().size() < prefix.size() && more()) {
    }
    return rest().starts_with(prefix);
  }

  // Reads more; false at the end of the text.
  bool more() {
    buffer_.erase(0, at_);
    at_ = 0;
    const std::size_t had = buffer_.size();
    buffer_.resize(had + kChunk);
    in_.read(buffer_.data() + had, static_cast<std::streamsize>(kChunk));
    buffer_.resize(had + static_cast<std::size_t>(in_.gcount()));
    if (in_.bad()) throw Error("the standOff made for the file could not be read back");
    return buffer_.size() > had;
  }

  // The tag that the rest starts with, read whole.
  std::string_view tag() { return whole(tag_end, "it ends inside a tag"); }
  // The node that the rest starts with (a run of text up to the next tag, or an element), read
  // whole.
  std::string_view node() {
    if (rest().front() != '<') {
      while (rest().find('<') == std::string_view::npos && more()) {
      }
      return rest().substr(0, std::min(rest().find('<'), rest().size()));
    }
    return whole(element_end, "it ends inside an element");
  }

  // Drops text up to the next tag; false when there is none.
  bool skip_to_tag() {
    for (;;) {
      if (const std::size_t lt = rest().find('<'); lt != std::string_view::npos) {
        take(lt);
        return true;
      }
      take(rest().size());
      if (!more()) return false;
    }
  }

 private:
  std::string_view whole(std::size_t (*end_of)(std::string_view), const char* what) {
    for (;;) {
      if (const std::size_t end = end_of(rest()); end != kIncomplete) return rest().substr(0, end);
      if (!more()) throw bad_standoff(what);
    }
  }

  std::istream& in_;
  std::string buffer_;
  std::size_t at_ = 0;
};

// An element being written: its start tag waits until it is known whether it has children,
// as pugixml writes one without children as "<name/>".
struct OpenElement {
  std::string start;  // "<name attributes", adapted
  std::string name;
  bool has_content = false;
};

// Parses pieces of XML and writes them back adapted, through one scratch tree.
class Printer {
 public:
  Printer(const std::function<void(pugi::xml_node)>& adapt, std::ostream& out)
      : adapt_(adapt), out_(out) {}

  // The element that start tag `tag` opens, adapted, `extra_id` added after its attributes.
  OpenElement open(std::string_view tag, const char* extra_id = nullptr) {
    std::string empty(tag);
    if (!is_empty_element(tag)) empty.insert(empty.size() - 1, "/");
    pugi::xml_node element = parse(empty);
    if (extra_id != nullptr) element.append_attribute("xml:id").set_value(extra_id);
    adapt_(element);
    OpenElement open{"", element.name()};
    append_pugixml_start_tag(open.start, element);
    return open;
  }

  // Writes `node` (a tree of its own) into `parent`, adapted.
  void write_tree(OpenElement& parent, pugi::xml_node node) {
    begin_content(parent);
    adapt_(node);
    print_node(node, out_, "", pugi::format_raw);
  }

  // Writes the nodes of `xml` (whole nodes: text and elements) into `parent`, adapted.
  void write_nodes(OpenElement& parent, std::string_view xml) {
    if (xml.empty()) return;
    begin_content(parent);
    std::string wrapped = "<x>";
    wrapped += xml;
    wrapped += "</x>";
    for (pugi::xml_node node : parse(wrapped).children()) {
      if (node.type() == pugi::node_element) adapt_(node);
      print_node(node, out_, "", pugi::format_raw);
    }
  }

  void close(const OpenElement& element) {
    if (element.has_content) {
      out_ << "</" << element.name << '>';
    } else {
      out_ << element.start << "/>";
    }
  }

  // Writes the start tag of `parent`, which has content, once.
  void begin_content(OpenElement& parent) {
    if (!parent.has_content) out_ << parent.start << '>';
    parent.has_content = true;
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

// Writes the content of the layer container that `reader` is inside, up to its end tag, a chunk
// of whole nodes at a time.
void write_layer_content(Reader& reader, Printer& printer, OpenElement& layer) {
  std::string chunk;
  for (;;) {
    if (reader.rest().empty() && !reader.more()) throw bad_standoff("a layer does not end");
    if (reader.starts_with("</")) {
      printer.write_nodes(layer, chunk);
      reader.take(reader.tag().size());
      return;
    }
    const std::string_view node = reader.node();
    chunk += node;
    reader.take(node.size());
    if (chunk.size() >= kChunk) {
      printer.write_nodes(layer, chunk);
      chunk.clear();
    }
  }
}

}  // namespace

void write_foreign_standoff(std::istream& layers, pugi::xml_node crossing,
                            const std::function<void(pugi::xml_node)>& adapt, std::ostream& out) {
  Printer printer(adapt, out);
  Reader reader(layers);
  const bool has_layers = reader.skip_to_tag();
  if (!has_layers && !crossing) return;
  const std::string_view tag = has_layers ? reader.tag() : "<standOff/>";
  OpenElement standoff = printer.open(tag, "standOff");
  const bool empty = is_empty_element(tag);
  reader.take(tag.size());
  if (crossing) printer.write_tree(standoff, crossing);
  while (has_layers && !empty) {
    if (reader.rest().empty() && !reader.more()) throw bad_standoff("the standOff does not end");
    if (reader.rest().front() != '<') {  // white space between layers
      const std::string_view text = reader.node();
      printer.write_nodes(standoff, text);
      reader.take(text.size());
      continue;
    }
    const std::string_view layer_tag = reader.tag();
    if (is_end_tag(layer_tag)) {
      reader.take(layer_tag.size());
      break;
    }
    if (is_empty_element(layer_tag)) {
      printer.write_nodes(standoff, layer_tag);
      reader.take(layer_tag.size());
      continue;
    }
    OpenElement layer = printer.open(layer_tag);
    reader.take(layer_tag.size());
    printer.begin_content(standoff);
    write_layer_content(reader, printer, layer);
    printer.close(layer);
  }
  printer.close(standoff);
}

}  // namespace strata::formats
