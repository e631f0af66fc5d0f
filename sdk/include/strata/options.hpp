// Plugin options: their declared types and the values a chain gives them.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace strata {

enum class OptionType { string, integer, real, boolean };

// The value of one option.
using OptionValue = std::variant<std::string, std::int64_t, double, bool>;

// One option a plugin accepts, as declared in its manifest.
struct OptionSpec {
  std::string name;
  OptionType type = OptionType::string;
  std::string default_value;  // written as in a chain file, e.g. "true", "3", "0.5"
  std::string help;
};

// "string", "integer", "real" or "boolean".
std::string_view to_string(OptionType type);

// Parses `text` as a value of `type`. Booleans accept true/false, yes/no, on/off, 1/0. Throws
// Error saying what was expected and what was found.
OptionValue parse_option_value(OptionType type, std::string_view text);

// Writes a value the way parse_option_value reads it.
std::string format_option_value(const OptionValue& value);

// The options a plugin is configured with: every declared option, with its default unless the
// chain set it, already checked against its declared type.
class Options {
 public:
  void set(std::string name, OptionValue value) { values_[std::move(name)] = std::move(value); }
  bool contains(std::string_view name) const { return values_.find(name) != values_.end(); }

  // Each getter throws Error if the option is absent or of another type.
  const std::string& get_string(std::string_view name) const;
  std::int64_t get_int(std::string_view name) const;
  double get_real(std::string_view name) const;
  bool get_bool(std::string_view name) const;

  const std::map<std::string, OptionValue, std::less<>>& values() const { return values_; }

 private:
  const OptionValue& get(std::string_view name, OptionType type) const;
  std::map<std::string, OptionValue, std::less<>> values_;
};

}  // namespace strata
