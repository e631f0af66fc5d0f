// Everything the feature templates read about each token of a sentence, computed once.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "document_context.hpp"
#include "gazetteer.hpp"
#include "word_shape.hpp"

namespace strata::entities {

// One token as the features see it: hashes of its forms, and flags.
struct TokenInfo {
  std::uint64_t word = 0;                   // hash of the normalized form
  std::uint64_t shape = 0;                  // hash of the shape
  std::uint64_t short_shape = 0;            // hash of the short shape
  std::array<std::uint64_t, 4> prefixes{};  // of 1..4 characters of the normalized form
  std::array<std::uint64_t, 4> suffixes{};  // 0 where the word is shorter
  Capitalization capitalization = Capitalization::none;
  std::uint8_t triggers = 0;                      // TriggerKind bits
  std::uint64_t name_roles = 0;                   // Gazetteer::word_roles()
  std::uint32_t length = 0;                       // in code points
  const DocumentContext::WordUse* use = nullptr;  // for capitalised words
  // The run of capitalised words (joined by connectors such as "di", "d'") the token is in:
  // tokens [run_first, run_last). Empty (run_first == run_last) for other tokens.
  std::uint32_t run_first = 0;
  std::uint32_t run_last = 0;
  bool capitalised() const { return is_capitalised(capitalization); }
};

// Buffers for describing sentences, reused from one sentence to the next so that the hot path
// allocates nothing once they have grown. One per thread.
struct TokenWorkspace {
  std::vector<TokenInfo> tokens;
  std::vector<GazetteerToken> gazetteer_tokens;
  std::vector<NameStarts> name_starts;
  std::vector<GazetteerMatch> matches;
  // The gazetteer codes (category * 4 + B/I/L/U) of token i are
  // gazetteer_codes[gazetteer_starts[i] .. gazetteer_starts[i + 1]).
  std::vector<std::uint32_t> gazetteer_codes;
  std::vector<std::uint32_t> gazetteer_starts;
  std::vector<std::uint32_t> gazetteer_next;  // where index_matches writes next, per token
  std::string buffer;
};

// Positions of a token in a match or run of several tokens.
enum class SpanPosition : std::uint8_t { begin, inside, last, unit };

inline SpanPosition span_position(std::size_t i, std::size_t first, std::size_t last) {
  if (last - first == 1) return SpanPosition::unit;
  if (i == first) return SpanPosition::begin;
  return i + 1 == last ? SpanPosition::last : SpanPosition::inside;
}

// What a token's text alone says of it: `info` but for the document and sentence parts (use,
// run_first, run_last), its gazetteer key and the names it starts. The same wherever the word
// stands, so a tagger may keep it for the word's next occurrences (WordCache).
struct WordDescription {
  TokenInfo info;
  GazetteerToken gazetteer{};
  NameStarts name_starts;
};

void describe_word(std::string_view token, const Gazetteer& gazetteer, std::string& buffer,
                   WordDescription& out);
// Completes a sentence whose workspace.tokens, gazetteer_tokens and name_starts describe_word
// filled: the document's uses of its capitalised words, the runs and the gazetteer codes.
void complete_description(const DocumentContext& document, const Gazetteer& gazetteer,
                          TokenWorkspace& workspace);

// Fills workspace.tokens and the gazetteer codes for `tokens`.
void describe_tokens(std::span<const std::string_view> tokens, const DocumentContext& document,
                     const Gazetteer& gazetteer, TokenWorkspace& workspace);

}  // namespace strata::entities
