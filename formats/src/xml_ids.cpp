#include "xml_ids.hpp"

#include "strata/error.hpp"

namespace strata::formats {
namespace {

// The number `digits` writes as std::to_string would, or none: "0" is 0, "007" is no number.
std::optional<std::size_t> plain_number(std::string_view digits) {
  if (digits.empty() || digits.size() > 9 || (digits.size() > 1 && digits.front() == '0')) {
    return std::nullopt;
  }
  std::size_t value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

[[noreturn]] void refuse_twice(std::string_view xml_id) {
  throw Error("xml:id \"" + std::string(xml_id) + "\" is used twice");
}

}  // namespace

void XmlIds::add_inline(const char* layer, AnnotationId id, std::string_view xml_id) {
  for (InlineLayer& level : inline_) {
    if (std::string_view(level.name) != layer) continue;
    const bool numbered = xml_id.size() > 1 && xml_id.front() == level.letter &&
                          plain_number(xml_id.substr(1)) == id + 1;
    level.numbered.push_back(numbered);
    if (numbered || xml_id.empty()) return;
    const auto [entry, added] = others_.emplace(xml_id, XmlIdTarget{level.name, id});
    if (!added) refuse_twice(xml_id);
    inline_others_.push_back(entry->first);
    return;
  }
  throw Error("not an inline layer: " + std::string(layer));
}

void XmlIds::check_inline_ids() const {
  for (const std::string_view xml_id : inline_others_) {
    if (numbered_inline(xml_id)) refuse_twice(xml_id);
  }
}

void XmlIds::add_standoff(const std::string& layer, AnnotationId id, std::string_view xml_id) {
  const auto entry = standoff_.try_emplace(layer).first;
  const std::size_t dash = xml_id.rfind('-');
  const bool numbered = dash != std::string_view::npos && xml_id.substr(0, dash) == layer &&
                        plain_number(xml_id.substr(dash + 1)) == id;
  entry->second.push_back(numbered);
  if (!numbered && !find(xml_id)) others_.emplace(xml_id, XmlIdTarget{entry->first, id});
}

std::optional<XmlIdTarget> XmlIds::find(std::string_view xml_id) const {
  if (!others_.empty()) {
    if (const auto found = others_.find(xml_id); found != others_.end()) return found->second;
  }
  if (auto target = numbered_inline(xml_id)) return target;
  return numbered_standoff(xml_id);
}

std::optional<XmlIdTarget> XmlIds::numbered_inline(std::string_view xml_id) const {
  if (xml_id.size() < 2) return std::nullopt;
  for (const InlineLayer& level : inline_) {
    if (xml_id.front() != level.letter) continue;
    const std::optional<std::size_t> number = plain_number(xml_id.substr(1));
    if (!number || *number == 0 || *number > level.numbered.size() ||
        !level.numbered[*number - 1]) {
      return std::nullopt;
    }
    return XmlIdTarget{level.name, static_cast<AnnotationId>(*number - 1)};
  }
  return std::nullopt;
}

std::optional<XmlIdTarget> XmlIds::numbered_standoff(std::string_view xml_id) const {
  const std::size_t dash = xml_id.rfind('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto layer = standoff_.find(xml_id.substr(0, dash));
  if (layer == standoff_.end()) return std::nullopt;
  const std::optional<std::size_t> number = plain_number(xml_id.substr(dash + 1));
  if (!number || *number >= layer->second.size() || !layer->second[*number]) return std::nullopt;
  return XmlIdTarget{layer->first, static_cast<AnnotationId>(*number)};
}

}  // namespace strata::formats
