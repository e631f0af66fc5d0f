// The list of words whose final dot (or apostrophe) is part of the word, for a language.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "string_hash.hpp"

namespace strata::tokens {

// Abbreviations ("art.", "d.lgs.", "Dr.", "U.S.C.") and apocopes ("po'") of one or more
// languages. A form keeps its final mark as part of the token; the sentence splitter needs to
// know whether the form can also close a sentence ("ecc.", "etc."), which the list records.
// Read-only once loaded, so it can be shared by threads.
class Abbreviations {
 public:
  // What the list says about a form.
  enum class Match : std::uint8_t {
    none,              // not listed
    inside_sentence,   // an abbreviation that does not end a sentence ("art.", "Mr.")
    may_end_sentence,  // an abbreviation that can also be the last word of a sentence
  };

  // Adds the lines of a resource file (as read_resource_lines gives them): "FORM" or
  // "FORM end", the latter for forms that may end a sentence. Throws Error naming `source` for
  // a malformed line.
  void add_lines(const std::vector<std::string>& lines, std::string_view source);
  // Adds every form of `other`.
  void add_all(const Abbreviations& other);

  // Looks `form` up as written; a capitalised form also matches a lower-case entry, since any
  // abbreviation can begin a sentence ("Art. 5" for "art.").
  Match find(std::string_view form) const;

  std::size_t size() const { return forms_.size(); }

 private:
  StringMap<Match> forms_;
};

}  // namespace strata::tokens
