// Keeping a message of the log on its one line whatever it quotes.
#pragma once

#include <string>
#include <string_view>

namespace strata::host {

// `message` with every control character but tab written as an escape ("\n", "\r", "\x1B"), as
// a file name or document id may hold a line feed, and a line of the log that it would break in
// two is no longer one error a script can take line by line (nor should a name's escape
// sequences reach the terminal).
std::string one_line(std::string_view message);

}  // namespace strata::host
