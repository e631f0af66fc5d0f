#include "strata/options.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "strata/error.hpp"

namespace strata {
namespace {

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

// from_chars takes "-5" but not "+5", which a user writes as naturally.
std::string_view without_plus(std::string_view text) {
  if (text.size() > 1 && text[0] == '+' && text[1] != '-' && text[1] != '+') text.remove_prefix(1);
  return text;
}

std::int64_t parse_integer(std::string_view given) {
  const std::string_view text = without_plus(given);
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error == std::errc::result_out_of_range && stop == end) {
    throw Error("the integer " + quoted(given) + " is out of range");
  }
  if (text.empty() || error != std::errc() || stop != end) {
    throw Error("expected an integer, found " + quoted(given));
  }
  return value;
}

double parse_real(std::string_view given) {
  const std::string_view text = without_plus(given);
  double value = 0;
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error == std::errc::result_out_of_range && stop == end) {
    throw Error("the real number " + quoted(given) + " is out of range");
  }
  if (text.empty() || error != std::errc() || stop != end || !std::isfinite(value)) {
    throw Error("expected a real number, found " + quoted(given));
  }
  return value;
}

bool parse_boolean(std::string_view text) {
  for (std::string_view yes : {"true", "yes", "on", "1"}) {
    if (text == yes) return true;
  }
  for (std::string_view no : {"false", "no", "off", "0"}) {
    if (text == no) return false;
  }
  throw Error("expected a boolean (true/false, yes/no, on/off, 1/0), found " + quoted(text));
}

}  // namespace

std::string_view to_string(OptionType type) {
  switch (type) {
    case OptionType::string:
      return "string";
    case OptionType::integer:
      return "integer";
    case OptionType::real:
      return "real";
    case OptionType::boolean:
      return "boolean";
  }
  return "unknown";
}

OptionValue parse_option_value(OptionType type, std::string_view text) {
  switch (type) {
    case OptionType::string:
      return std::string(text);
    case OptionType::integer:
      return parse_integer(text);
    case OptionType::real:
      return parse_real(text);
    case OptionType::boolean:
      return parse_boolean(text);
  }
  throw Error("unknown option type");
}

std::string format_option_value(const OptionValue& value) {
  struct Formatter {
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const {
      char buffer[32];
      auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, d);
      return std::string(buffer, end);
    }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
  };
  return std::visit(Formatter{}, value);
}

const OptionValue& Options::get(std::string_view name, OptionType type) const {
  auto found = values_.find(name);
  if (found == values_.end()) throw Error("no option '" + std::string(name) + "'");
  if (found->second.index() != static_cast<std::size_t>(type)) {
    throw Error("option '" + std::string(name) + "' is not of type " +
                std::string(to_string(type)));
  }
  return found->second;
}

const std::string& Options::get_string(std::string_view name) const {
  return std::get<std::string>(get(name, OptionType::string));
}
std::int64_t Options::get_int(std::string_view name) const {
  return std::get<std::int64_t>(get(name, OptionType::integer));
}
double Options::get_real(std::string_view name) const {
  return std::get<double>(get(name, OptionType::real));
}
bool Options::get_bool(std::string_view name) const {
  return std::get<bool>(get(name, OptionType::boolean));
}

}  // namespace strata
