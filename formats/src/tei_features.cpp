#include "tei_features.hpp"

#include <charconv>
#include <cmath>

#include "tei_label.hpp"
#include "xml_names.hpp"
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

void append_value(pugi::xml_node f, const FeatureValue& value, std::string& scratch) {
  if (const auto* text = std::get_if<std::string>(&value)) {
    const std::string_view safe = xml_safe(*text, scratch);
    pugi::xml_node string = f.append_child("string");
    if (!safe.empty()) string.append_child(pugi::node_pcdata).set_value(safe.data(), safe.size());
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    f.append_child("numeric").append_attribute("value").set_value(static_cast<long long>(*integer));
  } else if (const auto* real = std::get_if<double>(&value)) {
    f.append_child("numeric").append_attribute("value").set_value(format_number(*real).c_str());
  } else if (const auto* boolean = std::get_if<bool>(&value)) {
    f.append_child("binary").append_attribute("value").set_value(*boolean ? "true" : "false");
  }
}

}  // namespace

bool has_plain_features(const std::vector<Feature>& features) {
  for (const Feature& feature : features) {
    if (!std::holds_alternative<AnnotationRef>(feature.value)) return true;
  }
  return false;
}

void append_feature_structure(pugi::xml_node parent, const std::vector<Feature>& features,
                              std::string_view label, std::string& scratch) {
  if (label.empty() && !has_plain_features(features)) return;
  pugi::xml_node fs = parent.append_child("fs");
  set_label(fs, label, scratch);
  for (const Feature& feature : features) {
    if (std::holds_alternative<AnnotationRef>(feature.value)) continue;
    pugi::xml_node f = fs.append_child("f");
    f.append_attribute("name").set_value(encode_xml_name(xml_safe(feature.name, scratch)).c_str());
    append_value(f, feature.value, scratch);
  }
}

}  // namespace strata::formats
