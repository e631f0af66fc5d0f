#include "foreign_tei_printer.hpp"

#include <cstdio>

#include "body_printer.hpp"
#include "strata/error.hpp"
#include "tei_label.hpp"
#include "text_structure.hpp"
#include "xml_output.hpp"

namespace strata::formats {

void append_pugixml_escaped(std::string& out, std::string_view text, bool attribute) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>' && !attribute) {
      out += "&gt;";
    } else if (c == '"' && attribute) {
      out += "&quot;";
    } else if (byte < 32 && (attribute || (c != '\t' && c != '\n'))) {  // CR: see print_node
      char entity[8];
      std::snprintf(entity, sizeof entity, "&#%02u;", static_cast<unsigned>(byte));
      out += entity;
    } else {
      out += c;
    }
  }
}

void append_pugixml_attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_pugixml_escaped(out, value, true);
  out += '"';
}

void append_pugixml_start_tag(std::string& out, pugi::xml_node element) {
  out += '<';
  out += element.name();
  for (const pugi::xml_attribute attribute : element.attributes()) {
    append_pugixml_attribute(out, attribute.name(), attribute.value());
  }
}

namespace {

// Prints a tree, writing the tokens into its text nodes; what holds no token pugixml prints. The
// runs of tokens come in document order, so the next run tells which element holds tokens.
class TokenPrinter {
 public:
  TokenPrinter(TokenWraps& wraps, std::string_view id_prefix, const LastChild& last,
               std::ostream& out)
      : wraps_(wraps), reader_(wraps), id_prefix_(id_prefix), last_(last), out_(out) {}

  void print(pugi::xml_node node) {
    const auto& runs = wraps_.runs();
    if (next_run_ < runs.size() && node.internal_object() == runs[next_run_].node) {
      print_text(node.value(), runs[next_run_++]);
    } else if (node.type() == pugi::node_element && (holds_next_run(node) || holds_last(node))) {
      append_pugixml_start_tag(buffer_, node);
      buffer_ += '>';
      for (const pugi::xml_node child : node.children()) print(child);
      if (node == last_.parent) {
        flush();
        last_.write(out_);
      }
      buffer_ += "</";
      buffer_ += node.name();
      buffer_ += '>';
    } else {
      flush();
      print_node(node, out_, "", pugi::format_raw);
    }
    if (buffer_.size() >= kChunk) flush();
  }

  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  bool all_runs_printed() const { return next_run_ == wraps_.runs().size(); }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;

  // Whether `node` is `element` or below it.
  static bool is_within(pugi::xml_node node, pugi::xml_node element) {
    for (pugi::xml_node above = node; above; above = above.parent()) {
      if (above == element) return true;
    }
    return false;
  }

  // Whether the next run's text node is below `element`: the runs before it are printed, so no
  // other element holds tokens.
  bool holds_next_run(pugi::xml_node element) const {
    return next_run_ < wraps_.runs().size() &&
           is_within(pugi::xml_node(wraps_.runs()[next_run_].node).parent(), element);
  }

  bool holds_last(pugi::xml_node element) const { return is_within(last_.parent, element); }

  void print_text(std::string_view value, const TokenWraps::Run& tokens) {
    std::size_t at = 0;
    for (std::uint32_t i = 0; i < tokens.count; ++i) {
      const TokenWrap& token = reader_.next();
      append_pugixml_escaped(buffer_, value.substr(at, token.gap), false);
      at += token.gap;
      const std::string& kind = wraps_.kind(token.kind);
      const char* element = token_element(kind);
      buffer_ += '<';
      buffer_ += element;
      buffer_ += " xml:id=\"";  // the prefix and the id need no escaping
      buffer_ += id_prefix_;
      TextStructure::append_xml_id(buffer_, TextStructure::token, tokens.first_token + i);
      buffer_ += '"';
      if (kind_needs_attribute(kind)) {
        const LabelAttribute label = label_attribute(kind, scratch_);
        append_pugixml_attribute(buffer_, label.name, label.value);
      }
      if (token.attributes != 0) buffer_ += wraps_.attributes(token.attributes);  // 0: none
      if (token.joined) append_pugixml_attribute(buffer_, "join", "right");
      buffer_ += '>';
      append_pugixml_escaped(buffer_, value.substr(at, token.length), false);
      buffer_ += "</";
      buffer_ += element;
      buffer_ += '>';
      at += token.length;
      if (buffer_.size() >= kChunk) flush();
    }
    append_pugixml_escaped(buffer_, value.substr(at), false);
  }

  TokenWraps& wraps_;
  TokenWraps::Reader reader_;
  std::size_t next_run_ = 0;
  const std::string_view id_prefix_;
  const LastChild& last_;
  std::ostream& out_;
  std::string buffer_;
  std::string scratch_;  // label_attribute's
};

}  // namespace

void print_with_tokens(const pugi::xml_document& tree, TokenWraps& wraps,
                       std::string_view id_prefix, const LastChild& last, std::ostream& out) {
  TokenPrinter printer(wraps, id_prefix, last, out);
  for (const pugi::xml_node node : tree.children()) {
    printer.print(node);
    printer.flush();
    out << '\n';
  }
  if (!printer.all_runs_printed()) {
    throw Error("tokens planned for the file's text nodes were not all written");
  }
}

}  // namespace strata::formats
