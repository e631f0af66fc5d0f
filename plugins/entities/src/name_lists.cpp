#include "name_lists.hpp"

#include <array>

#include "gazetteer_files.hpp"
#include "hashing.hpp"
#include "strata/case_folding.hpp"

namespace strata::entities {
namespace {

constexpr std::string_view kRuleWords = "rules-en.txt";
constexpr std::array<std::string_view, 3> kUserTypes = {"PER", "LOC", "ORG"};

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
  static constexpr std::array<std::pair<std::string_view, ListRole>, 5> kRoles = {{
      {"FIRSTNAME", ListRole::first_name},
      {"TITLE", ListRole::person_title},
      {"ORG_HEAD", ListRole::org_head},
      {"ORG_SUFFIX", ListRole::org_suffix},
      {"LEADING", ListRole::leading_word},
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
    : shipped_(std::move(shipped)), user_(std::move(user)) {
  for (const GazetteerCategory& category : shipped_.categories()) {
    categories_.push_back(category_of(category));
  }
  for (const GazetteerCategory& category : user_.categories()) {
    categories_.push_back(category_of(category));
    categories_.back().user = true;
  }
}

void NameLists::look_up(std::span<const Token> sentence, ListChoice choice,
                        LookupWorkspace& workspace) const {
  const std::size_t n = sentence.size();
  workspace.capitalization.resize(n);
  workspace.keys.resize(n);
  workspace.roles.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view text = sentence[i].text;
    workspace.capitalization[i] = word_shape(text).capitalization;
    workspace.keys[i] = gazetteer_token(text, hash_string(fold_word(text, workspace.buffer)),
                                        workspace.capitalization[i]);
  }
  workspace.matches.clear();
  if (choice == ListChoice::all) shipped_.match(workspace.keys, workspace.matches);
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
