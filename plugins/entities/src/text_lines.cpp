#include "text_lines.hpp"

namespace strata::entities {

std::optional<std::string_view> TextLines::next() {
  if (start_ >= text_.size()) return std::nullopt;
  std::size_t stop = text_.find('\n', start_);
  if (stop == std::string_view::npos) stop = text_.size();
  std::string_view line = text_.substr(start_, stop - start_);
  start_ = stop + 1;
  ++number_;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace strata::entities
