#include "name_lists.hpp"

#include <algorithm>
#include <array>
#include <atomic>

#include "gazetteer_files.hpp"
#include "hashing.hpp"
#include "strata/case_folding.hpp"
#include "strata/error.hpp"

namespace strata::entities {
namespace {

constexpr std::string_view kRuleWords = "rules-en.txt";
constexpr std::array<std::string_view, 3> kUserTypes = {"PER", "LOC", "ORG"};
// NameLists::id() of the next lists built; 0 is no lists'.
std::atomic<std::uint64_t> next_id{1};

ListCategory category_of(const GazetteerCategory& category) {
  ListCategory result;
  result.strength = category.strength;
  if (const std::optional<EntityType> type = entity_type(category.type)) {
    if (*type != EntityType::date) {
      result.role = ListRole::entity;
      result.type = *type;
    }
    return result;
  }
  static constexpr std::array<std::pair<std::string_view, ListRole>, 6> kRoles = {{
      {"FIRSTNAME", ListRole::first_name},
      {"TITLE", ListRole::person_title},
      {"ORG_HEAD", ListRole::org_head},
      {"ORG_SUFFIX", ListRole::org_suffix},
      {"LEADING", ListRole::leading_word},
      {"SAINT", ListRole::saint},
  }};
  for (const auto& [type, role] : kRoles) {
    if (category.type == type) result.role = role;
  }
  return result;
}

}  // namespace

NameLists NameLists::load(const std::filesystem::path& resource_dir,
                          std::span<const std::filesystem::path> user_files) {
  Gazetteer shipped = load_gazetteer(resource_dir);
  add_gazetteer_file(shipped, resource_dir / kRuleWords, Strength::strong);
  Gazetteer user;
  for (const std::filesystem::path& file : user_files) {
    add_gazetteer_file(user, file, Strength::strong, kUserTypes);
  }
  return NameLists(std::move(shipped), std::move(user));
}

NameLists::NameLists(Gazetteer shipped, Gazetteer user)
    : shipped_(std::move(shipped)), user_(std::move(user)), id_(next_id++) {
  for (const GazetteerCategory& category : shipped_.categories()) {
    categories_.push_back(category_of(category));
  }
  for (const GazetteerCategory& category : user_.categories()) {
    categories_.push_back(category_of(category));
    categories_.back().user = true;
  }
}

ListWord NameLists::describe(std::string_view word, std::string& buffer) const {
  ListWord described;
  described.capitalization = word_shape(word).capitalization;
  described.key =
      gazetteer_token(word, hash_string(fold_word(word, buffer)), described.capitalization);
  described.shipped = shipped_.starts(described.key);
  return described;
}

void NameLists::find_words(std::span<const Token> tokens, LookupWorkspace& workspace) const {
  ListWordCache& cache = workspace.words;
  cache.prepare(id_);
  workspace.word_numbers.resize(tokens.size());
  const auto describe = [&](std::string_view word) {
    return this->describe(word, workspace.buffer);
  };
  // The cache is larger than the processor's: a stretch of tokens asks for all it reads
  // before reading any, so that the memory's answers overlap.
  constexpr std::size_t kStretch = 32;
  std::array<std::uint64_t, kStretch> keys{};
  for (std::size_t first = 0; first < tokens.size(); first += kStretch) {
    const std::size_t n = std::min(kStretch, tokens.size() - first);
    for (std::size_t i = 0; i < n; ++i) {
      keys[i] = ListWordCache::key(tokens[first + i].text);
      cache.prefetch(keys[i]);
    }
    for (std::size_t i = 0; i < n; ++i) cache.prefetch_word(keys[i]);
    for (std::size_t i = 0; i < n; ++i) {
      workspace.word_numbers[first + i] = cache.get(tokens[first + i].text, keys[i], describe);
    }
  }
}

void NameLists::look_up(std::span<const Token> sentence, std::span<const std::uint32_t> words,
                        ListChoice choice, LookupWorkspace& workspace) const {
  if (words.size() != sentence.size()) {
    throw Error("look_up: " + std::to_string(words.size()) + " words for " +
                std::to_string(sentence.size()) + " tokens");
  }
  const std::size_t n = sentence.size();
  workspace.capitalization.resize(n);
  workspace.keys.resize(n);
  workspace.starts.resize(n);
  workspace.roles.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const ListWord& word = workspace.words.entry(words[i]);
    workspace.capitalization[i] = word.capitalization;
    workspace.keys[i] = word.key;
    workspace.starts[i] = word.shipped;
  }
  workspace.matches.clear();
  if (choice == ListChoice::all) {
    shipped_.match(workspace.keys, workspace.starts, workspace.matches);
  }
  if (has_user_lists()) {
    // The user's categories come after the shipped ones.
    const auto first_user = static_cast<std::uint32_t>(shipped_.categories().size());
    user_.match(workspace.keys, workspace.chosen);
    for (GazetteerMatch match : workspace.chosen) {
      match.category += first_user;
      workspace.matches.push_back(match);
    }
  }
  for (const GazetteerMatch& match : workspace.matches) {
    const auto bit =
        static_cast<std::uint8_t>(1u << static_cast<unsigned>(categories_[match.category].role));
    for (std::uint32_t t = match.first; t < match.last; ++t) workspace.roles[t] |= bit;
  }
}

}  // namespace strata::entities
