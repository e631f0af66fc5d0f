#include "line_reader.hpp"

namespace strata::sentiment {

void for_each_line(std::string_view content, std::string_view source,
                   const std::function<void(std::string_view, const std::string&)>& use) {
  // Some editors begin a UTF-8 file with a byte order mark: it would be read as part of the
  // first word, which then matched no word of a text. Documents drop it too (docs/architecture.md).
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  const std::size_t start = content.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
  std::size_t number = 0;
  for (std::size_t begin = start; begin < content.size();) {
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
