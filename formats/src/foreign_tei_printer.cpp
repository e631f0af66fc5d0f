#include "foreign_tei_printer.hpp"

#include <algorithm>
#include <cstdio>

#include "body_printer.hpp"
#include "strata/error.hpp"
#include "tei_label.hpp"
#include "text_structure.hpp"

namespace strata::formats {

void TokenWraps::add(pugi::xml_node node, std::uint32_t begin, std::uint32_t end,
                     std::uint32_t token, std::string_view kind, bool joined) {
  auto known = std::find(kinds_.begin(), kinds_.end(), kind);
  if (known == kinds_.end()) {
    if (kinds_.size() > UINT16_MAX) throw Error("more than 65536 kinds of token");
    known = kinds_.emplace(kinds_.end(), kind);
  }
  const auto kind_index = static_cast<std::uint16_t>(known - kinds_.begin());
  by_node_[node.internal_object()].push_back({begin, end, token, kind_index, joined});
  hold(node);
}

void TokenWraps::hold(pugi::xml_node node) {
  // The node and the elements above it, up to the first already known.
  for (pugi::xml_node holder = node; holder && holders_.insert(holder.internal_object()).second;
       holder = holder.parent()) {
  }
}

const std::vector<TokenWrap>* TokenWraps::of(pugi::xml_node node) const {
  const auto found = by_node_.find(node.internal_object());
  return found == by_node_.end() ? nullptr : &found->second;
}

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
    } else if (byte < 32 && (attribute || (c != '\t' && c != '\n' && c != '\r'))) {
      char entity[8];
      std::snprintf(entity, sizeof entity, "&#%02u;", static_cast<unsigned>(byte));
      out += entity;
    } else {
      out += c;
    }
  }
}

namespace {

// Prints a tree, writing the tokens into its text nodes; what holds no token pugixml prints.
class TokenPrinter {
 public:
  TokenPrinter(const TokenWraps& wraps, std::string_view id_prefix, const LastChild& last,
               std::ostream& out)
      : wraps_(wraps), id_prefix_(id_prefix), last_(last), out_(out) {}

  void print(pugi::xml_node node) {
    if (!wraps_.inside(node)) {
      flush();
      node.print(out_, "", pugi::format_raw, pugi::encoding_utf8);
    } else if (const std::vector<TokenWrap>* tokens = wraps_.of(node)) {
      print_text(node.value(), *tokens);
    } else {
      buffer_ += '<';
      buffer_ += node.name();
      for (const pugi::xml_attribute attribute : node.attributes()) {
        append_attribute(attribute.name(), attribute.value());
      }
      buffer_ += '>';
      for (const pugi::xml_node child : node.children()) print(child);
      if (node == last_.parent) {
        flush();
        last_.write(out_);
      }
      buffer_ += "</";
      buffer_ += node.name();
      buffer_ += '>';
    }
    if (buffer_.size() >= kChunk) flush();
  }

  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;

  void append_attribute(std::string_view name, std::string_view value) {
    buffer_ += ' ';
    buffer_ += name;
    buffer_ += "=\"";
    append_pugixml_escaped(buffer_, value, true);
    buffer_ += '"';
  }

  void print_text(std::string_view value, const std::vector<TokenWrap>& tokens) {
    std::size_t at = 0;
    for (const TokenWrap& token : tokens) {
      append_pugixml_escaped(buffer_, value.substr(at, token.begin - at), false);
      const std::string& kind = wraps_.kind(token.kind);
      const char* element = token_element(kind);
      buffer_ += '<';
      buffer_ += element;
      buffer_ += " xml:id=\"";  // the prefix and the id need no escaping
      buffer_ += id_prefix_;
      TextStructure::append_xml_id(buffer_, TextStructure::token, token.token);
      buffer_ += '"';
      if (kind_needs_attribute(kind)) {
        const LabelAttribute label = label_attribute(kind, scratch_);
        append_attribute(label.name, label.value);
      }
      if (token.joined) append_attribute("join", "right");
      buffer_ += '>';
      append_pugixml_escaped(buffer_, value.substr(token.begin, token.end - token.begin), false);
      buffer_ += "</";
      buffer_ += element;
      buffer_ += '>';
      at = token.end;
      if (buffer_.size() >= kChunk) flush();
    }
    append_pugixml_escaped(buffer_, value.substr(at), false);
  }

  const TokenWraps& wraps_;
  const std::string_view id_prefix_;
  const LastChild& last_;
  std::ostream& out_;
  std::string buffer_;
  std::string scratch_;  // label_attribute's
};

}  // namespace

void print_with_tokens(pugi::xml_node node, const TokenWraps& wraps, std::string_view id_prefix,
                       const LastChild& last, std::ostream& out) {
  TokenPrinter printer(wraps, id_prefix, last, out);
  printer.print(node);
  printer.flush();
}

}  // namespace strata::formats
