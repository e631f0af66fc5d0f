// Reading option values that name several things or a language.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace strata {

// The items of a comma-separated option value ("PER,LOC", "a.txt, b.txt"), without the spaces
// around them; empty items are dropped, so "", " , " and "a,,b" give no item, no item, and a
// and b.
std::vector<std::string_view> comma_separated(std::string_view list);

// Whether the document language `language` is the two-letter `code` (lower case), ignoring
// case and a region or script after '-' or '_': documents may carry a full locale ("it-IT",
// "IT", "it_CH").
bool is_language(std::string_view language, std::string_view code);

// The languages a comma-separated option value names, each checked against `known` (two-letter
// codes): "it, en" gives it and en. Throws Error "option 'OPTION': unknown language 'fr' (it
// and en are known)" for any other, and "option 'OPTION': no language given (...)" when it
// names none.
std::vector<std::string> language_list(std::string_view value,
                                       std::span<const std::string_view> known,
                                       std::string_view option);

}  // namespace strata
