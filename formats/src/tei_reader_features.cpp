#include "tei_reader_features.hpp"

#include <charconv>
#include <cstdint>
#include <limits>

#include "strata/error.hpp"
#include "xml_names.hpp"

namespace strata::formats {
namespace {

template <typename Number>
bool parse_whole(std::string_view text, Number& value, int base = 10) {
  const char* end = text.data() + text.size();
  if constexpr (std::is_integral_v<Number>) {
    const auto result = std::from_chars(text.data(), end, value, base);
    return !text.empty() && result.ec == std::errc() && result.ptr == end;
  } else {
    const auto result = std::from_chars(text.data(), end, value);
    return !text.empty() && result.ec == std::errc() && result.ptr == end;
  }
}

void append_utf8(std::string& out, std::uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The code point of an _xHHHH_ or _xHHHHHHHH_ at the start of `name`, and its length; 0 if there
// is none.
std::size_t escape_at(std::string_view name, std::uint32_t& code_point) {
  if (!name.starts_with("_x")) return 0;
  for (const std::size_t digits : {4, 8}) {
    if (name.size() >= digits + 3 && name[digits + 2] == '_' &&
        parse_whole(name.substr(2, digits), code_point, 16) && code_point <= 0x10FFFF) {
      return digits + 3;
    }
  }
  return 0;
}

// xsd:double's spelling as format_number writes it, or an integer when it is one (TEI's numeric
// does not say which; "2" was most likely an integer).
void set_numeric(Layer& layer, AnnotationId id, const std::string& name, std::string_view value,
                 const std::string& where) {
  std::int64_t integer = 0;
  double real = 0;
  if (parse_whole(value, integer)) {
    layer.set_int(id, name, integer);
  } else if (value == "INF" || value == "-INF" || value == "NaN") {
    const double infinity = std::numeric_limits<double>::infinity();
    layer.set_real(id, name,
                   value == "NaN" ? std::numeric_limits<double>::quiet_NaN()
                                  : (value == "INF" ? infinity : -infinity));
  } else if (parse_whole(value, real)) {
    layer.set_real(id, name, real);
  } else {
    throw Error(where + ": feature \"" + name + "\" has numeric value \"" + std::string(value) +
                "\", not a number");
  }
}

}  // namespace

std::string decode_xml_name(std::string_view name) {
  if (name == kEmptyXmlName) return "";
  std::string decoded;
  decoded.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    std::uint32_t code_point = 0;
    if (const std::size_t length = escape_at(name.substr(i), code_point)) {
      append_utf8(decoded, code_point);
      i += length;
    } else {
      decoded += name[i++];
    }
  }
  return decoded;
}

std::string_view read_label(const XmlAttributes& attributes) {
  if (const char* type = attributes.find("type")) return type;
  return attributes.value("n");
}

void set_feature(Layer& layer, AnnotationId id, const FeatureText& feature,
                 const std::string& where) {
  const std::string name = decode_xml_name(feature.name);
  const std::string_view kind = feature.kind;
  const std::string_view value = feature.value;
  if (kind == "string") {
    layer.set_string(id, name, value);
  } else if (kind == "numeric") {
    set_numeric(layer, id, name, value, where);
  } else if (kind == "binary" && (value == "true" || value == "1")) {
    layer.set_bool(id, name, true);
  } else if (kind == "binary" && (value == "false" || value == "0")) {
    layer.set_bool(id, name, false);
  } else {
    throw Error(where + ": feature \"" + name + "\" has a value of an unknown kind");
  }
}

}  // namespace strata::formats
