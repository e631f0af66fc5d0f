#include "report_svg.hpp"

#include <algorithm>
#include <cstdio>

#include "strata/formats/html_escape.hpp"

namespace strata::host {
namespace {

constexpr int kLabelWidth = 180;
constexpr int kBarArea = 230;
constexpr int kNoteWidth = 60;
constexpr int kRow = 20;
constexpr std::size_t kLabelChars = 26;

// At most kLabelChars code points, with an ellipsis when cut.
std::string shortened(const std::string& label) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0) == 0x80) continue;
    if (++chars > kLabelChars) return label.substr(0, i) + "\xE2\x80\xA6";
  }
  return label;
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string open_svg(std::size_t rows) {
  const int width = kLabelWidth + kBarArea + kNoteWidth;
  const int height = static_cast<int>(rows) * kRow + 4;
  return "<svg class=\"chart\" width=\"" + std::to_string(width) + "\" height=\"" +
         std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
         std::to_string(height) + "\" role=\"img\">";
}

// A row's label and tooltip; the caller adds its bar and closes the group.
std::string open_row(const Bar& bar, std::size_t row) {
  const int y = static_cast<int>(row) * kRow;
  std::string out = "<g><title>" + formats::html_escaped(bar.label + ": " + bar.note) + "</title>";
  out += "<text x=\"" + std::to_string(kLabelWidth - 6) + "\" y=\"" + std::to_string(y + 14) +
         "\" text-anchor=\"end\">" + formats::html_escaped(shortened(bar.label)) + "</text>";
  return out;
}

std::string rect(double x, int row, double width, const char* cls) {
  return "<rect class=\"" + std::string(cls) + "\" x=\"" + number(x) + "\" y=\"" +
         std::to_string(row * kRow + 3) + "\" width=\"" + number(std::max(width, 0.0)) +
         "\" height=\"" + std::to_string(kRow - 6) + "\"/>";
}

std::string note(double x, int row, const std::string& text) {
  return "<text x=\"" + number(x + 4) + "\" y=\"" + std::to_string(row * kRow + 14) + "\">" +
         formats::html_escaped(text) + "</text>";
}

}  // namespace

std::string bar_chart(const std::vector<Bar>& bars) {
  double largest = 0;
  for (const Bar& bar : bars) largest = std::max(largest, bar.value);
  std::string out = open_svg(bars.size());
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const double length = largest > 0 ? std::max(bars[i].value, 0.0) / largest * kBarArea : 0;
    const int row = static_cast<int>(i);
    out += open_row(bars[i], i) + rect(kLabelWidth, row, length, "bar") +
           note(kLabelWidth + length, row, bars[i].note) + "</g>";
  }
  return out + "</svg>";
}

std::string diverging_chart(const std::vector<Bar>& bars) {
  const double middle = kLabelWidth + kBarArea / 2.0;
  std::string out = open_svg(bars.size());
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const double value = std::clamp(bars[i].value, -1.0, 1.0);
    const double length = value * kBarArea / 2.0;
    const int row = static_cast<int>(i);
    out += open_row(bars[i], i);
    out += value >= 0 ? rect(middle, row, length, "bar pos")
                      : rect(middle + length, row, -length, "bar neg");
    out += note(std::max(middle, middle + length), row, bars[i].note) + "</g>";
  }
  out += "<line class=\"axis\" x1=\"" + number(middle) + "\" y1=\"0\" x2=\"" + number(middle) +
         "\" y2=\"" + std::to_string(bars.size() * kRow + 4) + "\"/>";
  return out + "</svg>";
}

}  // namespace strata::host
