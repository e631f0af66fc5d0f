// Printing a TEI file from elsewhere with our tokens put into its text nodes on the way.
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace strata::formats {

// A token that lies inside one text node, to be written there as a w or pc element.
struct TokenWrap {
  std::uint32_t begin;  // bytes of the node's value
  std::uint32_t end;
  std::uint32_t token;  // index among the document's tokens, for its xml:id
  std::uint16_t kind;   // index into TokenWraps::kinds
  bool joined;          // the next token follows with no space: join="right"
};

// The tokens to write inside the file's text nodes: 16 bytes a token, where a token made a
// pugixml element, its attributes and its text node (some 300 bytes) when it was put in the tree.
class TokenWraps {
 public:
  // Adds a token inside `node`; the tokens of one node come in text order.
  void add(pugi::xml_node node, std::uint32_t begin, std::uint32_t end, std::uint32_t token,
           std::string_view kind, bool joined);

  // The tokens inside `node`, or none.
  const std::vector<TokenWrap>* of(pugi::xml_node node) const;
  const std::string& kind(std::uint16_t index) const { return kinds_[index]; }
  // Makes the printer write `node` and the elements above it itself, as it does those that hold
  // tokens.
  void hold(pugi::xml_node node);
  // Whether a token is inside `node` or some node below it, or hold() named it.
  bool inside(pugi::xml_node node) const { return holders_.contains(node.internal_object()); }

 private:
  std::unordered_map<pugi::xml_node_struct*, std::vector<TokenWrap>> by_node_;
  std::vector<std::string> kinds_;
  // The text nodes with tokens and every element above them.
  std::unordered_set<pugi::xml_node_struct*> holders_;
};

// What to write as the last child of one element: what is too large to add to the tree.
struct LastChild {
  pugi::xml_node parent;  // held (TokenWraps::hold)
  std::function<void(std::ostream&)> write;
};

// Prints `node` as pugixml prints it raw (pugi::format_raw, UTF-8), with the tokens of `wraps`
// written into its text nodes as <w> or <pc> elements whose xml:id is `id_prefix` and the
// token's id, and `last` written at the end of its parent. The file's tree is not changed, so it
// does not grow by a node per token.
void print_with_tokens(pugi::xml_node node, const TokenWraps& wraps, std::string_view id_prefix,
                       const LastChild& last, std::ostream& out);

// Appends `text` as pugixml escapes an attribute value (`attribute`) or a text node's value:
// '&', '<' and in values '"' as entities, in text '>' too, control characters as "&#NN;" (in
// text tab, line feed and carriage return as they are).
void append_pugixml_escaped(std::string& out, std::string_view text, bool attribute);

}  // namespace strata::formats
