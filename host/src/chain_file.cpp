#include "chain_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <string_view>

#include "language_tag.hpp"
#include "setup_error.hpp"

namespace strata::host {
namespace {

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

// Reads the file line by line, tracking the section, as Program_options does.
class ChainFileReader {
 public:
  explicit ChainFileReader(const std::filesystem::path& path) : path_(path) {}

  ChainFile read() {
    std::error_code ignored;
    if (std::filesystem::is_directory(path_, ignored)) {
      throw SetupError("cannot read chain file " + path_.string() + ": it is a directory");
    }
    std::ifstream in(path_);
    if (!in) {
      throw SetupError("cannot read chain file " + path_.string() + ": " + std::strerror(errno));
    }
    std::string line;
    while (std::getline(in, line)) {
      // An editor may begin the file with a byte order mark, which no name starts with.
      if (++line_number_ == 1 && line.starts_with(kByteOrderMark)) line.erase(0, 3);
      // A message quoting the line would end at it.
      if (line.find('\0') != std::string::npos) fail("a NUL byte: a chain file is text");
      take(trimmed(line.substr(0, line.find('#'))));
    }
    if (in.bad()) throw SetupError("error reading chain file " + path_.string());
    if (!saw_plugins_ && plugins_in_section_) {
      // As Program_options reads it, the line is an option of the section above it.
      throw SetupError(where(plugins_in_section_) +
                       ": 'plugins' is inside a [section]; top-level settings go before the first "
                       "section");
    }
    if (!saw_plugins_) throw SetupError(path_.string() + ": no 'plugins = ...' line");
    return std::move(chain_);
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw SetupError(where() + ": " + what); }
  std::string where(int line) const { return path_.string() + ":" + std::to_string(line); }
  std::string where() const { return where(line_number_); }

  void take(const std::string& line) {
    if (line.empty()) return;
    if (line.front() == '[') {
      if (line.back() != ']') fail("unterminated section header '" + line + "'");
      section_ = trimmed(line.substr(1, line.size() - 2));
      if (section_.empty()) fail("empty section name");
      return;
    }
    const auto equals = line.find('=');
    if (equals == std::string::npos) fail("expected 'name = value', found '" + line + "'");
    const std::string name = trimmed(line.substr(0, equals));
    const std::string value = trimmed(line.substr(equals + 1));
    if (name.empty()) fail("missing option name before '='");
    if (section_.empty()) {
      take_top_level(name, value);
      return;
    }
    // Given twice, the first would be dropped without a word: a list option takes its values
    // comma-separated on one line.
    const auto [first, added] = lines_of_options_.emplace(section_ + "." + name, line_number_);
    if (!added) {
      fail("option '" + name + "' of [" + section_ + "] given twice (first on line " +
           std::to_string(first->second) + ")");
    }
    if (name == "plugins" && plugins_in_section_ == 0) plugins_in_section_ = line_number_;
    chain_.settings.push_back({section_, name, value, where()});
  }

  void take_top_level(const std::string& name, const std::string& value) {
    if (name == "plugins") {
      if (saw_plugins_) fail("'plugins' given twice");
      saw_plugins_ = true;
      chain_.plugins = split_list(value);
      chain_.plugins_origin = where();
      if (chain_.plugins.empty()) fail("'plugins' lists no plugin");
    } else if (name == "language") {
      if (chain_.language) fail("'language' given twice");
      // Checked here, where the line is known: later it would be an error without a place.
      if (const auto problem = language_problem(value)) fail(*problem);
      chain_.language = canonical_language(value);
    } else {
      fail("unknown setting '" + name +
           "' (expected 'plugins' or 'language', or a [plugin] "
           "section)");
    }
  }

  static constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

  std::filesystem::path path_;
  int line_number_ = 0;
  std::string section_;
  std::map<std::string, int> lines_of_options_;  // "plugin.option": the line that set it
  bool saw_plugins_ = false;
  int plugins_in_section_ = 0;  // the first line setting 'plugins' inside a section, or 0
  ChainFile chain_;
};

}  // namespace

ChainFile read_chain_file(const std::filesystem::path& path) {
  return ChainFileReader(path).read();
}

OptionSetting parse_set_argument(const std::string& argument) {
  const auto equals = argument.find('=');
  const auto dot = argument.find('.');
  if (equals == std::string::npos || dot == std::string::npos || dot > equals || dot == 0 ||
      dot + 1 == equals) {
    throw SetupError("--set " + argument + ": expected plugin.option=value");
  }
  return {argument.substr(0, dot), argument.substr(dot + 1, equals - dot - 1),
          argument.substr(equals + 1), "--set"};
}

std::vector<OptionSetting> parse_set_arguments(const std::vector<std::string>& arguments) {
  std::vector<OptionSetting> settings;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    OptionSetting setting = parse_set_argument(arguments[i]);
    for (std::size_t earlier = 0; earlier < settings.size(); ++earlier) {
      if (settings[earlier].plugin == setting.plugin &&
          settings[earlier].option == setting.option) {
        throw SetupError("--set " + arguments[i] + ": option '" + setting.option + "' of " +
                         setting.plugin + " is already set by --set " + arguments[earlier]);
      }
    }
    settings.push_back(std::move(setting));
  }
  return settings;
}

std::vector<std::string> split_list(const std::string& list) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= list.size()) {
    auto comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string item = trimmed(list.substr(start, comma - start));
    if (!item.empty()) items.push_back(std::move(item));
    start = comma + 1;
  }
  return items;
}

}  // namespace strata::host
