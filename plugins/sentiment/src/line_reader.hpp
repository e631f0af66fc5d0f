// Walking the lines of a word-list file with their numbers, for errors that say where.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace strata::sentiment {

// Calls `use(line, where)` for each line of `content` that is neither blank nor a '#'
// comment, trimmed of spaces and '\r' at both ends; `where` is "SOURCE:LINE: ", the prefix of
// an error about that line. A byte order mark at the start of `content` is not part of a line.
void for_each_line(std::string_view content, std::string_view source,
                   const std::function<void(std::string_view, const std::string&)>& use);

}  // namespace strata::sentiment
