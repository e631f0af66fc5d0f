#include "tei_features.hpp"

#include <charconv>
#include <cmath>

#include "tei_label.hpp"
#include "xml_names.hpp"
#include "xml_output.hpp"
#include "xml_safe_text.hpp"

namespace strata::formats {
namespace {

// The shortest text that reads back as the same number, in xsd:double's spelling.
std::string format_number(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

// An element with one attribute and no content: <numeric value="1"/>.
void append_empty_element(std::string& out, std::string_view name, std::string_view attribute,
                          std::string_view value) {
  start_element(out, name);
  append_attribute(out, attribute, value);
  out += "/>";
}

void append_value(std::string& out, const FeatureValue& value, std::string& scratch) {
  if (const auto* text = std::get_if<std::string>(&value)) {
    start_element(out, "string");
    const std::size_t content = end_start_tag(out);
    append_escaped_text(out, xml_safe(*text, scratch));
    end_element(out, "string", content);
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, *integer);
    append_empty_element(out, "numeric", "value", std::string_view(buffer, result.ptr));
  } else if (const auto* real = std::get_if<double>(&value)) {
    append_empty_element(out, "numeric", "value", format_number(*real));
  } else if (const auto* boolean = std::get_if<bool>(&value)) {
    append_empty_element(out, "binary", "value", *boolean ? "true" : "false");
  }
}

}  // namespace

bool has_plain_features(const std::vector<Feature>& features) {
  for (const Feature& feature : features) {
    if (!std::holds_alternative<AnnotationRef>(feature.value)) return true;
  }
  return false;
}

void append_feature_structure(std::string& out, const std::vector<Feature>& features,
                              std::string_view label, std::string& scratch) {
  if (label.empty() && !has_plain_features(features)) return;
  start_element(out, "fs");
  append_label(out, label, scratch);
  const std::size_t content = end_start_tag(out);
  for (const Feature& feature : features) {
    if (std::holds_alternative<AnnotationRef>(feature.value)) continue;
    start_element(out, "f");
    append_attribute(out, "name", encode_xml_name(xml_safe(feature.name, scratch)));
    const std::size_t value = end_start_tag(out);
    append_value(out, feature.value, scratch);
    end_element(out, "f", value);
  }
  end_element(out, "fs", content);
}

}  // namespace strata::formats
