// The lists of names and rule words the plugin matches in text, and what each list is for.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "entity_type.hpp"
#include "gazetteer.hpp"
#include "list_words.hpp"
#include "strata/token_index.hpp"
#include "word_shape.hpp"

namespace strata::entities {

// What the names of a list category are for, by the category's type.
enum class ListRole : std::uint8_t {
  other,         // read only by the tagger's features (DEMONYM)
  entity,        // names of an entity type: PER, LOC, ORG
  first_name,    // FIRSTNAME: a capitalised word after one is likely a surname
  person_title,  // TITLE: Mr., President... before a person's name (English rules)
  org_head,      // ORG_HEAD: University, Bank... inside an organisation's name
  org_suffix,    // ORG_SUFFIX: Inc., Ltd. closing a company's name
  leading_word,  // LEADING: The, A... capitalised at a sentence's start, never part of a name
  saint,         // SAINT: San, St.... before a saint's name in a place's ("San Francisco")
};

struct ListCategory {
  ListRole role = ListRole::other;
  EntityType type = EntityType::person;  // for ListRole::entity
  Strength strength = Strength::strong;
  bool user = false;  // from the user's lists, not the shipped ones
};

// Which lists to match.
enum class ListChoice : std::uint8_t {
  all,        // shipped and user's
  user_only,  // the user's: where a model tags, it has already weighed the shipped lists
};

// What the list-based sources read about the tokens of one sentence, computed once by
// NameLists::look_up and reused by a thread from sentence to sentence.
struct LookupWorkspace {
  std::vector<Capitalization> capitalization;  // per token
  std::vector<std::uint8_t> roles;             // per token: bits (1 << ListRole) of matches over it
  std::vector<GazetteerMatch> matches;
  std::vector<GazetteerMatch> chosen;  // scratch, for look_up() and then for the sources
  std::vector<GazetteerToken> keys;
  std::vector<NameStarts> starts;  // per token: of the shipped lists
  std::string buffer;
  // The words met, and the entry there of each token of the document (NameLists::find_words).
  ListWordCache words;
  std::vector<std::uint32_t> word_numbers;

  bool has_role(std::size_t token, ListRole role) const {
    return (roles[token] >> static_cast<unsigned>(role) & 1u) != 0;
  }
};

// Whether token i of `sentence` is a capitalised word that no rule names (title, organisation
// head or suffix): what the English rules make names of. `lookup` is the sentence's.
inline bool is_name_word(std::span<const Token> sentence, std::size_t i,
                         const LookupWorkspace& lookup) {
  return sentence[i].kind == "word" && is_capitalised(lookup.capitalization[i]) &&
         !lookup.has_role(i, ListRole::person_title) && !lookup.has_role(i, ListRole::org_head) &&
         !lookup.has_role(i, ListRole::org_suffix);
}

// The shipped lists (the tagger's names and the English rule words) and the user's, matched
// in one pass over a sentence; category indices run over the shipped categories, then the
// user's. Read-only once built.
class NameLists {
 public:
  // The shipped lists of `resource_dir` (gazetteer-*.txt, the tagger's lists, and rules-en.txt,
  // the English rule words) and the user's files, whose types may only be PER, LOC and ORG.
  // Throws Error naming the file, and the line for a bad line.
  static NameLists load(const std::filesystem::path& resource_dir,
                        std::span<const std::filesystem::path> user_files);
  explicit NameLists(Gazetteer shipped, Gazetteer user = {});

  bool has_user_lists() const { return user_.size() > 0; }
  const ListCategory& category(std::uint32_t index) const { return categories_[index]; }
  // Tells lists apart for caches of what they say of words (ListWordCache): unique to this
  // object and its copies.
  std::uint64_t id() const { return id_; }

  // What the lists read of a word.
  ListWord describe(std::string_view word, std::string& buffer) const;
  // Sets workspace.word_numbers[i] to the entry of tokens[i] in workspace.words, made where
  // missing: a document's tokens, before look_up() of its sentences.
  void find_words(std::span<const Token> tokens, LookupWorkspace& workspace) const;
  // Fills `workspace` for the tokens of a sentence, whose entries find_words() found (`words`),
  // matching the lists `choice` names.
  void look_up(std::span<const Token> sentence, std::span<const std::uint32_t> words,
               ListChoice choice, LookupWorkspace& workspace) const;

 private:
  Gazetteer shipped_;
  Gazetteer user_;
  std::vector<ListCategory> categories_;
  std::uint64_t id_;
};

}  // namespace strata::entities
