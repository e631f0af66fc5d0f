// Our tokens that go into the text nodes of a TEI file from elsewhere, kept small until written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace strata::formats {

// A token that lies inside one text node, to be written there as a w or pc element.
struct TokenWrap {
  std::uint16_t gap;     // bytes of the node's value between the token before (or its start) and it
  std::uint16_t length;  // bytes
  std::uint8_t kind;     // index into TokenWraps::kind
  bool joined;           // the next token follows with no space: join="right"
};

// The tokens to write inside the file's text nodes, 6 bytes a token in blocks that never move
// (a token made a pugixml element, an attribute and a text node, some 300 bytes, when it was put
// into the tree), and the elements the printer writes itself because tokens are inside them.
class TokenWraps {
 public:
  // The longest token that goes into a text node, and the most bytes before it there.
  static constexpr std::size_t kMaxLength = UINT16_MAX;
  // The most kinds of token.
  static constexpr std::size_t kMaxKinds = UINT8_MAX + 1;

  // Adds token number `token` (among the document's, for its xml:id) inside `node`, and says
  // so; false, adding nothing, for one longer than kMaxLength bytes or as far from the token
  // before, or one that does not follow the last added inside `node` (a node's tokens come one
  // after another, in text order), which must then be pointed at from standOff. Throws
  // strata::Error for the (kMaxKinds + 1)th kind.
  bool add(pugi::xml_node node, std::uint32_t begin, std::uint32_t end, std::uint32_t token,
           std::string_view kind, bool joined);
  // Marks the token added last as joined to the next, which it was not known to be.
  void join_last() { wraps_.back().joined = true; }

  // The tokens inside `node`: wrap(first) ... wrap(first + count - 1), numbered first_token on.
  struct Run {
    std::size_t first = 0;
    std::size_t count = 0;
    std::uint32_t first_token = 0;
  };
  Run of(pugi::xml_node node) const;
  const TokenWrap& wrap(std::size_t index) const { return wraps_[index]; }
  const std::string& kind(std::uint8_t index) const { return kinds_[index]; }

  // Makes the printer write `node` and the elements above it itself, as it does those that hold
  // tokens.
  void hold(pugi::xml_node node);
  // Whether a token is inside `node` or some node below it, or hold() named it.
  bool inside(pugi::xml_node node) const {
    return node.type() == pugi::node_pcdata ? runs_.contains(node.internal_object())
                                            : holders_.contains(node.internal_object());
  }

 private:
  std::deque<TokenWrap> wraps_;
  std::unordered_map<pugi::xml_node_struct*, Run> runs_;
  pugi::xml_node_struct* last_node_ = nullptr;  // of the token added last
  std::uint32_t last_end_ = 0;                  // of the token added last, in its node
  std::vector<std::string> kinds_;
  // The elements above the text nodes with tokens.
  std::unordered_set<pugi::xml_node_struct*> holders_;
};

}  // namespace strata::formats
