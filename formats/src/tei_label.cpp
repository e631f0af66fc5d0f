#include "tei_label.hpp"

#include "xml_names.hpp"
#include "xml_output.hpp"
#include "xml_safe_text.hpp"

namespace strata::formats {

LabelAttribute label_attribute(std::string_view label, std::string& scratch) {
  const std::string_view safe = xml_safe(label, scratch);
  return {is_tei_word(safe) ? "type" : "n", safe};
}

void append_label(std::string& out, std::string_view label, std::string& scratch) {
  if (label.empty()) return;
  const LabelAttribute attribute = label_attribute(label, scratch);
  append_attribute(out, attribute.name, attribute.value);
}

const std::string& LabelAttributes::of(std::string_view label) {
  if (const std::string* text = remembered_.find(label)) return *text;
  made_.clear();
  append_label(made_, label, scratch_);
  return remembered_.size() < kMaxRemembered ? remembered_.add(label, made_) : made_;
}

}  // namespace strata::formats
