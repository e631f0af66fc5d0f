// Helpers for the tests of the annotator and its sources: documents tokenized by the real
// tokens plugin, an annotator configured with some options, found entities written compactly.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "date_test_support.hpp"
#include "entities_annotator.hpp"
#include "entity_set.hpp"
#include "name_lists.hpp"
#include "strata/document.hpp"
#include "strata/error.hpp"
#include "strata/token_index.hpp"

namespace strata::entities::testing {

// The message of the Error `action` throws, or "" if it throws none.
template <typename Action>
std::string error_of(Action&& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// A text and what a test expects to find in it, for tests that go through a table of them.
struct TextCase {
  std::string_view text;
  std::string_view expected;
};

// The index in `all` of the first token of `part`, a span of it.
std::size_t offset_of(std::span<const Token> all, std::span<const Token> part);

// The entities of the set as "TYPE:text/source" items, each followed by a space, in the order
// of the set: the text runs from the first token's begin to the last token's end.
std::string spans_of(std::span<const Token> tokens, const EntitySet& entities);

// Looks up each sentence of `text` in `lists`, runs `source` on it (with its offset, the index
// of its first token) and returns spans_of() the entities it added, in text order.
using ListSource = std::function<void(std::span<const Token> sentence, std::size_t offset,
                                      LookupWorkspace& lookup, EntitySet& entities)>;
std::string found_with_lists(const NameLists& lists, ListChoice choice, const TokenizedText& text,
                             const ListSource& source);

// A document of `text` in `language` with the tokens, sentences and paragraphs layers.
Document tokenized_document(std::string_view text, std::string_view language);

// An annotator on the shipped resources (or those of `resources`), configured with the declared
// defaults and `options` (name → value as on the command line); throws what configure() throws.
std::unique_ptr<EntitiesAnnotator> configured(
    const std::map<std::string, std::string>& options = {},
    const std::filesystem::path& resources = {});

// The entities layer as "TYPE:text" items joined by " | ", in text order; with `details`, each
// item also shows "/source" and, for dates, "=when".
std::string entities_of(const Document& document, bool details = false);

// Tokenizes `text`, runs `annotator` on it and returns entities_of() the result.
std::string annotate(EntitiesAnnotator& annotator, std::string_view text, std::string_view language,
                     bool details = false);

}  // namespace strata::entities::testing
