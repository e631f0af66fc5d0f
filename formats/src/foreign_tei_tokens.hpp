// Our tokens that go into the text nodes of a TEI file from elsewhere, kept small until written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "strata/formats/spill_file.hpp"
#include "string_table.hpp"

namespace strata::formats {

// A token that lies inside one text node, to be written there as a w or pc element.
struct TokenWrap {
  std::uint16_t gap;     // bytes of the node's value between the token before (or its start) and it
  std::uint16_t length;  // bytes
  std::uint8_t kind;     // index into TokenWraps::kind
  bool joined;           // the next token follows with no space: join="right"
  std::uint16_t unused;  // 0: no padding of undefined bytes goes into the temporary file
  std::uint32_t attributes;  // index into TokenWraps::attributes
};
static_assert(sizeof(TokenWrap) == 12, "written to the temporary file byte for byte: no padding");

// The tokens to write inside the file's text nodes, in text order, which is the order of the
// nodes in the file: 12 bytes a token, in memory up to kInMemory tokens and beyond that in an
// unlinked temporary file (in TMPDIR), read back once, in order, as the file is printed; and each
// distinct set of a token's own attributes (lemma, pos, ...) once, in memory. (A token made a
// pugixml element, an attribute and a text node, some 300 bytes, when it was put into the tree,
// and a large file's tokens took more memory than its text even as 8-byte records.)
class TokenWraps {
 public:
  // The longest token that goes into a text node, and the most bytes before it there.
  static constexpr std::size_t kMaxLength = UINT16_MAX;
  // The most kinds of token.
  static constexpr std::size_t kMaxKinds = UINT8_MAX + 1;
  // The most tokens kept in memory.
  static constexpr std::size_t kInMemory = 1 << 20;

  // The tokens of one text node: `count` of them, numbered first_token on.
  struct Run {
    pugi::xml_node_struct* node;
    std::uint32_t count;
    std::uint32_t first_token;
  };

  // Adds token number `token` (among the document's, for its xml:id) inside `node`, the text
  // node number `order` in document order, with `attributes` (written as they are after its kind:
  // ` lemma="..."`, token_attributes.hpp), and says so; false, adding nothing, for one longer
  // than kMaxLength bytes or as far from the token before, or one that does not follow the last
  // added (the next token of the same node, or the first of a later node), which must then be
  // pointed at from standOff. Throws strata::Error for the (kMaxKinds + 1)th kind, or when the
  // temporary file cannot be written.
  bool add(pugi::xml_node node, std::size_t order, std::uint32_t begin, std::uint32_t end,
           std::uint32_t token, std::string_view kind, bool joined,
           std::string_view attributes = {});
  // Marks the token added last as joined to the next, which it was not known to be.
  void join_last() { in_memory_.back().joined = true; }

  // The runs, in document order.
  const std::vector<Run>& runs() const { return runs_; }
  const std::string& kind(std::uint8_t index) const { return kinds_[index]; }
  std::string_view attributes(std::uint32_t index) const { return attribute_sets_[index]; }

  // The tokens, read back in the order they were added; once, after the last add().
  class Reader {
   public:
    explicit Reader(TokenWraps& wraps);
    // The next token. Throws strata::Error when the temporary file cannot be read.
    const TokenWrap& next();

   private:
    TokenWraps& wraps_;
    std::istream* spilled_ = nullptr;
    std::vector<TokenWrap> block_;  // read from the file
    std::size_t in_block_ = 0;
    std::size_t from_file_ = 0;  // tokens read from it so far
    std::size_t from_memory_ = 0;
  };

 private:
  void spill();

  std::vector<TokenWrap> in_memory_;  // the tokens after the spilled ones
  std::unique_ptr<SpillFile> spilled_;
  std::size_t spilled_count_ = 0;
  std::vector<Run> runs_;
  std::size_t last_order_ = 0;  // of the node of the token added last
  std::uint32_t last_end_ = 0;  // of the token added last, in its node
  std::vector<std::string> kinds_;
  StringTable attribute_sets_{""};  // a lemmatised text repeats them as words; 0: none
};

}  // namespace strata::formats
