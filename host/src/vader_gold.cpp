#include "vader_gold.hpp"

#include <charconv>
#include <cmath>
#include <set>
#include <sstream>

#include "eval_checks.hpp"
#include "setup_error.hpp"
#include "strata/error.hpp"
#include "strata/file.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

// The whole of `field` as a number on VADER's scale, or an error: "1.5x" or "nan" is no rating,
// and a mean of another scale (1..5 stars) would be read as all positive.
double parse_rating(const std::string& field, const std::string& where) {
  double value = 0;
  const char* end = field.data() + field.size();
  const auto [stop, error] = std::from_chars(field.data(), end, value);
  if (field.empty() || error != std::errc() || stop != end || !std::isfinite(value)) {
    throw SetupError(where + ": rating '" + field + "' is not a number");
  }
  if (value < -4.0 || value > 4.0) {
    throw SetupError(where + ": rating '" + field + "' is outside VADER's scale -4..4");
  }
  return value;
}

}  // namespace

std::vector<VaderItem> read_vader_gold(const fs::path& file) {
  std::string content;
  try {
    content = read_file(file);
  } catch (const Error& e) {
    throw SetupError(e.what());
  }
  std::vector<VaderItem> items;
  std::set<std::string> ids;
  std::istringstream lines(content);
  std::string line;
  for (std::size_t number = 1; std::getline(lines, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // the files have CRLF
    if (line.empty()) continue;
    const std::string where = file.string() + ":" + std::to_string(number);
    const auto first_tab = line.find('\t');
    const auto second_tab =
        first_tab == std::string::npos ? std::string::npos : line.find('\t', first_tab + 1);
    if (second_tab == std::string::npos) {
      throw SetupError(where + ": expected id<TAB>mean rating<TAB>text");
    }
    // A tab inside the text stays in it.
    VaderItem item{line.substr(0, first_tab), 0,
                   canonical_gold_text(std::string_view(line).substr(second_tab + 1), where)};
    if (item.id.empty()) throw SetupError(where + ": the id is empty");
    item.mean = parse_rating(line.substr(first_tab + 1, second_tab - first_tab - 1), where);
    if (!ids.insert(item.id).second) throw SetupError(where + ": id '" + item.id + "' again");
    items.push_back(std::move(item));
  }
  if (items.empty()) throw SetupError(file.string() + ": no items");
  return items;
}

}  // namespace strata::host
