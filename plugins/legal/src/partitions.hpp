// The partitions of an act a citation names: articles, commas, letters, numbers, titles, annexes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace strata::legal {

// One level of partitions with the values it lists: "artt. 13 e 18" is {art, {13, 18}}.
struct PartitionLevel {
  std::string kind;  // tit, cap, art, com, par, let, num; allegato or tabella for an annex
  std::vector<std::string> values;
};

// The levels of partitions written one inside the other: "art. 1, comma 4, lett. d)".
using PartitionGroup = std::vector<PartitionLevel>;

// The partitions written together before or after an act, and where they end. "art. 3, comma 1,
// e art. 5" is two groups; a group that starts below an article takes the outer levels of the
// group before it ("art. 1, comma 2, e comma 3" names art1-com3).
struct Partitions {
  std::size_t end = 0;
  std::vector<PartitionGroup> groups;
};

// One partition named: the levels with one value each, outermost first.
using PartitionPath = std::vector<std::pair<std::string, std::string>>;

// The partitions starting at `pos`: "art. 4-bis", "Artt. 3, 8 e 27", "art. 6, comma 2-quinquies",
// "articolo 76, terzo comma", "art. 14, lettera g)", "comma 12 dell'art. 33", "Titolo III",
// "tabella C", "allegato D", "art. 72, comma 3, n. 4", "paragrafo 3". A number ("n. 2") counts
// only below an article, comma or letter.
std::optional<Partitions> scan_partitions(std::string_view text, std::size_t pos);

// Every partition the groups name, one per combination of the values of a group's levels,
// levels ordered from the outermost: "artt. 13 e 18, comma 2" -> art13-com2, art18-com2. One
// empty path for no group.
std::vector<PartitionPath> partition_paths(const std::vector<PartitionGroup>& groups);

// A path as it follows an identifier: "~art2-com4-letd", ":allegato.d" for an annex.
std::string partition_suffix(const PartitionPath& path);

}  // namespace strata::legal
