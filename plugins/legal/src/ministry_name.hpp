// The URN:NIR authority of a ministry the lists do not know, made from its name.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace strata::legal {

// "Ministero del lavoro e delle politiche sociali" or "Ministro della salute" at `pos` ->
// where the name ends and "ministero.lavoro.politiche.sociali", "ministero.salute": the words of
// the name, lower case, without accents, articles, prepositions and "e", joined with dots (the
// URN:NIR naming rule). Up to six words of letters; a name that runs into a number stops there.
std::optional<std::pair<std::size_t, std::string>> scan_ministry(std::string_view text,
                                                                 std::size_t pos);

}  // namespace strata::legal
