#include "strata/resources.hpp"

#include "strata/file.hpp"
#include "strata/list_text.hpp"

namespace strata {
namespace {

std::string_view trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

}  // namespace

std::string read_resource(const PluginContext& context, std::string_view file_name) {
  return read_file(context.resource_dir / file_name);
}

std::vector<std::string> read_resource_lines(const PluginContext& context,
                                             std::string_view file_name) {
  // Canonical as documents are (byte-order mark dropped, NFC, UTF-8 checked), so that the first
  // entry of a list saved with a BOM, or one written in decomposed form, still matches the text.
  const std::string content = canonicalize_list(read_resource(context, file_name),
                                                (context.resource_dir / file_name).string());
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= content.size()) {
    std::size_t stop = content.find('\n', start);
    if (stop == std::string::npos) stop = content.size();
    const std::string_view line = trimmed(std::string_view(content).substr(start, stop - start));
    if (!line.empty() && line.front() != '#') lines.emplace_back(line);
    start = stop + 1;
  }
  return lines;
}

}  // namespace strata
