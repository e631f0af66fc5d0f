#include "tei_features.hpp"

#include <charconv>
#include <cmath>

#include "decimal.hpp"
#include "short_decimal.hpp"
#include "tei_label.hpp"
#include "xml_names.hpp"
#include "xml_output.hpp"
#include "xml_safe_text.hpp"

namespace strata::formats {
namespace {

// The shortest text that reads back as the same number, in xsd:double's spelling, into
// `buffer`.
std::string_view format_number(double value, char (&buffer)[kShortDecimalSize]) {
  if (const auto decimal = short_decimal(value, buffer)) return *decimal;
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
  const auto result = std::to_chars(buffer, buffer + kShortDecimalSize, value);
  return {buffer, static_cast<std::size_t>(result.ptr - buffer)};
}

// Appends a feature's value element and closes its f: <string>text</string></f>,
// <numeric value="1"/></f> or <binary value="true"/></f>. Numbers and booleans need no escaping.
void append_value(std::string& out, const FeatureView& feature, std::string& scratch) {
  using Kind = FeatureView::Kind;
  char buffer[kShortDecimalSize];
  switch (feature.kind) {
    case Kind::string: {
      const std::string_view text = xml_safe(feature.text, scratch);
      if (text.empty()) {
        out += "<string/></f>";
        return;
      }
      out += "<string>";
      append_escaped_text(out, text);
      out += "</string></f>";
      return;
    }
    case Kind::integer: {
      char digits[kDecimalSize];
      out += "<numeric value=\"";
      out += decimal(feature.integer, digits);
      break;
    }
    case Kind::real:
      out += "<numeric value=\"";
      out += format_number(feature.real, buffer);
      break;
    case Kind::boolean:
      out += feature.integer != 0 ? "<binary value=\"true" : "<binary value=\"false";
      break;
    case Kind::reference:  // a link, not a value (append leaves references out): <f name="x"/>
      out.back() = '/';
      out += '>';
      return;
  }
  out += "\"/></f>";
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
    out += f_start_tag(feature.name);
    append_value(out, feature, scratch_);
  }
  end_element(out, "fs", content);
}

const std::string& FeatureStructureWriter::f_start_tag(std::string_view name) {
  if (const std::string* tag = f_start_tags_.find(name)) return *tag;
  std::string tag;
  start_element(tag, "f");
  append_attribute(tag, "name", encode_xml_name(xml_safe(name, scratch_)));
  end_start_tag(tag);
  return f_start_tags_.add(name, std::move(tag));
}

}  // namespace strata::formats
