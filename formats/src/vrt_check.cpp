#include "strata/formats/vrt_check.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>

#include "cwb_names.hpp"

namespace strata::formats {
namespace {

// The longest line cwb-encode reads: its buffer (MAX_INPUT_LINE_LENGTH, 65536) holds the line
// end and a NUL too, and a line that fills it all is taken as too long. At a longer line it
// stops the whole encoding ("Input line too long").
constexpr std::size_t kCwbLongestLine = 65'533;

// One structural tag line, taken apart.
struct Tag {
  bool closing = false;
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
};

// The entity references cwb-encode -x understands, and character references.
bool is_reference(std::string_view rest) {
  for (std::string_view entity : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
    if (rest.starts_with(entity)) return true;
  }
  if (!rest.starts_with("&#")) return false;
  const auto semicolon = rest.find(';');
  return semicolon != std::string_view::npos && semicolon > 2 && semicolon < 12;
}

// Why `value` (a column or an attribute value) is not fit for CWB, or "" when it is.
std::string value_problem(std::string_view value) {
  if (value.find('<') != std::string_view::npos) return "a raw '<' (write &lt;)";
  for (std::size_t at = value.find('&'); at != std::string_view::npos;
       at = value.find('&', at + 1)) {
    if (!is_reference(value.substr(at))) return "a '&' that starts no reference (write &amp;)";
  }
  return "";
}

// The name of the element an opening tag with bad attributes opens ("<e x=1>" opens e), or "":
// a line that is more than one tag ("<s>a</s>") or has a bad name opens nothing.
std::string opening_name(std::string_view line) {
  if (!line.starts_with('<') || line.starts_with("</") || !line.ends_with('>')) return {};
  const std::string_view rest = line.substr(1);
  const std::size_t space = rest.find(' ');
  if (space == std::string_view::npos || rest.find('>') < space) return {};
  const std::string name(rest.substr(0, space));
  return is_cwb_name(name) ? name : std::string();
}

// Parses `line` as one tag with nothing around it; nullopt with `problem` set when it is not.
std::optional<Tag> parse_tag(std::string_view line, std::string& problem) {
  Tag tag;
  if (!line.ends_with('>')) {
    problem = "a tag line must hold one tag and nothing after it";
    return std::nullopt;
  }
  std::string_view inside = line.substr(1, line.size() - 2);
  if (inside.starts_with('/')) {
    tag.closing = true;
    inside.remove_prefix(1);
  }
  const auto name_end = std::min(inside.find(' '), inside.size());
  tag.name = inside.substr(0, name_end);
  inside.remove_prefix(name_end);
  if (!is_cwb_name(tag.name)) {
    problem = "tag name '" + tag.name + "' is not lower-case ASCII [a-z][a-z0-9_]*";
    return std::nullopt;
  }
  while (!inside.empty()) {
    const auto equals = inside.find("=\"");
    const auto quote = equals == std::string_view::npos ? equals : inside.find('"', equals + 2);
    if (tag.closing || !inside.starts_with(' ') || quote == std::string_view::npos) {
      problem = "malformed attributes in <" + tag.name + ">";
      return std::nullopt;
    }
    std::string name(inside.substr(1, equals - 1));
    std::string value(inside.substr(equals + 2, quote - equals - 2));
    inside.remove_prefix(quote + 1);
    if (!is_cwb_name(name)) {
      problem = "attribute name '" + name + "' is not lower-case ASCII [a-z][a-z0-9_]*";
      return std::nullopt;
    }
    if (const std::string bad = value_problem(value); !bad.empty()) {
      problem = "attribute " + name + " has " + bad;
      return std::nullopt;
    }
    tag.attributes.emplace_back(std::move(name), std::move(value));
  }
  return tag;
}

// Walks the lines of one file, keeping the open elements and the column count.
class VrtChecker {
 public:
  void line(std::string_view text) {
    ++number_;
    if (text.size() > kCwbLongestLine) {
      problem("line of " + std::to_string(text.size()) + " bytes, longer than cwb-encode reads (" +
              std::to_string(kCwbLongestLine) + ")");
    }
    if (text.starts_with("<?xml")) return;  // cwb-encode skips an XML declaration
    if (text.starts_with('<')) {
      tag(text);
    } else {
      token(text);
    }
  }

  std::vector<std::string> finish() {
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      problem("<" + *it + "> is never closed");
    }
    if (!seen_text_) problem("no <text> element");
    return std::move(problems_);
  }

 private:
  void problem(const std::string& message) {
    problems_.push_back("line " + std::to_string(number_) + ": " + message);
  }

  void tag(std::string_view text) {
    std::string why;
    const auto parsed = parse_tag(text, why);
    if (!parsed) {
      problem(why);
      // An opening tag whose attributes are wrong still opens its element: its closing tag is
      // then no second error.
      if (const std::string name = opening_name(text); !name.empty()) {
        seen_text_ = seen_text_ || name == "text";
        open_.push_back(name);
      }
      return;
    }
    if (parsed->closing) return close(parsed->name);
    if (std::find(open_.begin(), open_.end(), parsed->name) != open_.end()) {
      problem("<" + parsed->name + "> opened inside another <" + parsed->name +
              ">: CWB cannot nest regions of one attribute");
    }
    if (parsed->name == "text") {
      seen_text_ = true;
      const auto id = std::find_if(parsed->attributes.begin(), parsed->attributes.end(),
                                   [](const auto& a) { return a.first == "id"; });
      if (id == parsed->attributes.end() || id->second.empty()) problem("<text> without an id");
    }
    open_.push_back(parsed->name);
  }

  void close(const std::string& name) {
    if (open_.empty() || open_.back() != name) {
      problem("</" + name + "> does not close the element opened last" +
              (open_.empty() ? std::string() : " (<" + open_.back() + ">)"));
      const auto it = std::find(open_.rbegin(), open_.rend(), name);
      if (it != open_.rend()) open_.erase(std::next(it).base());
      return;
    }
    open_.pop_back();
  }

  void token(std::string_view text) {
    if (text.empty()) return problem("empty line");
    if (std::find(open_.begin(), open_.end(), "text") == open_.end()) {
      problem("token outside <text>");
    }
    std::size_t columns = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\t'));
    if (!columns_) columns_ = columns;
    if (columns != *columns_) {
      problem(std::to_string(columns) + " columns where the first token line has " +
              std::to_string(*columns_));
    }
    if (const std::string bad = value_problem(text); !bad.empty()) {
      problem("token line has " + bad +
              (text.find('>') != std::string_view::npos ? " (a structural tag not on its own line?)"
                                                        : ""));
    }
  }

  std::size_t number_ = 0;
  std::vector<std::string> open_;
  std::optional<std::size_t> columns_;
  bool seen_text_ = false;
  std::vector<std::string> problems_;
};

}  // namespace

std::vector<std::string> check_vrt(std::string_view vrt) {
  VrtChecker checker;
  while (!vrt.empty()) {
    const auto end = std::min(vrt.find('\n'), vrt.size());
    checker.line(vrt.substr(0, end));
    vrt.remove_prefix(std::min(end + 1, vrt.size()));
  }
  return checker.finish();
}

}  // namespace strata::formats
