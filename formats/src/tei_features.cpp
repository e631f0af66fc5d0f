#include "tei_features.hpp"

#include <charconv>
#include <cmath>

#include "decimal.hpp"
#include "tei_label.hpp"
#include "xml_names.hpp"
#include "xml_output.hpp"
#include "xml_safe_text.hpp"

namespace strata::formats {
namespace {

// The shortest text that reads back as the same number, in xsd:double's spelling, into
// `buffer` (32 bytes).
std::string_view format_number(double value, char* buffer) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
  const auto result = std::to_chars(buffer, buffer + 32, value);
  return {buffer, static_cast<std::size_t>(result.ptr - buffer)};
}

// An element with one attribute and no content: <numeric value="1"/>.
void append_empty_element(std::string& out, std::string_view name, std::string_view attribute,
                          std::string_view value) {
  start_element(out, name);
  append_attribute(out, attribute, value);
  out += "/>";
}

void append_value(std::string& out, const FeatureView& feature, std::string& scratch) {
  using Kind = FeatureView::Kind;
  char buffer[32];
  switch (feature.kind) {
    case Kind::string: {
      start_element(out, "string");
      const std::size_t content = end_start_tag(out);
      append_escaped_text(out, xml_safe(feature.text, scratch));
      end_element(out, "string", content);
      break;
    }
    case Kind::integer: {
      char digits[kDecimalSize];
      append_empty_element(out, "numeric", "value", decimal(feature.integer, digits));
      break;
    }
    case Kind::real:
      append_empty_element(out, "numeric", "value", format_number(feature.real, buffer));
      break;
    case Kind::boolean:
      append_empty_element(out, "binary", "value", feature.integer != 0 ? "true" : "false");
      break;
    case Kind::reference:
      break;  // a link, not a feature value
  }
}

}  // namespace

bool has_plain_features(const std::vector<FeatureView>& features) {
  for (const FeatureView& feature : features) {
    if (feature.kind != FeatureView::Kind::reference) return true;
  }
  return false;
}

void FeatureStructureWriter::append(std::string& out, const std::vector<FeatureView>& features,
                                    std::string_view label) {
  if (label.empty() && !has_plain_features(features)) return;
  start_element(out, "fs");
  append_label(out, label, scratch_);
  const std::size_t content = end_start_tag(out);
  for (const FeatureView& feature : features) {
    if (feature.kind == FeatureView::Kind::reference) continue;
    start_element(out, "f");
    append_attribute(out, "name", encoded_name(feature.name));
    const std::size_t value = end_start_tag(out);
    append_value(out, feature, scratch_);
    end_element(out, "f", value);
  }
  end_element(out, "fs", content);
}

const std::string& FeatureStructureWriter::encoded_name(std::string_view name) {
  for (const auto& [given, encoded] : names_) {
    if (given.data() == name.data() && given.size() == name.size()) return encoded;
  }
  return names_.emplace_back(name, encode_xml_name(xml_safe(name, scratch_))).second;
}

}  // namespace strata::formats
