// What one generated template matched, before the finder reads what lies around it.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "template_record.hpp"

namespace strata::legal::us {

// A template's match: its span and the text of its named groups (volume, reporter, page,
// title, section, chapter, year...). Several templates can match the same span (a spelling
// shared by two editions): `alternatives` keeps the others for the finder to choose by year.
struct TemplateMatch {
  const TemplateRecord* record = nullptr;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::pair<std::string, std::string>> groups;
  std::vector<const TemplateRecord*> alternatives;

  // The group's text, or "" when the template has no such group or it did not take part.
  std::string group(std::string_view name) const {
    for (const auto& [key, value] : groups)
      if (key == name) return value;
    return {};
  }
};

}  // namespace strata::legal::us
