#include "line_reader.hpp"

namespace strata::sentiment {

void for_each_line(std::string_view content, std::string_view source,
                   const std::function<void(std::string_view, const std::string&)>& use) {
  std::size_t number = 0;
  for (std::size_t begin = 0; begin < content.size();) {
    const std::size_t end = std::min(content.find('\n', begin), content.size());
    std::string_view line = content.substr(begin, end - begin);
    begin = end + 1;
    ++number;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    use(line, std::string(source) + ":" + std::to_string(number) + ": ");
  }
}

}  // namespace strata::sentiment
