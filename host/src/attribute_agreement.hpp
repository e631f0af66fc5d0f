// When a predicted feature value counts as the gold one, for strata eval --attribute.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace strata::host {

// How strictly a predicted value must agree with the gold value.
enum class AttributeMatch {
  exact,  // equal after case folding and collapsing whitespace
  name,   // exact, or the two share a word that names someone ("Putin", "Vladimir Putin")
};

// "exact" or "name" as an AttributeMatch; nullopt for anything else.
std::optional<AttributeMatch> parse_attribute_match(std::string_view name);

// The value as exact matching compares it: case-folded (Unicode), whitespace runs made one
// space, none at either end.
std::string normalized_value(std::string_view value);

// Whether `predicted` agrees with `gold`. With name matching a shared word must have 3 or more
// letters and not be a title or function word ("il", "della", "Mr", "the"), so "il ministro"
// and "il presidente" do not agree.
bool values_agree(std::string_view gold, std::string_view predicted, AttributeMatch match);

}  // namespace strata::host
