// XML as a stream of events (elements opened and closed, text between), so that one reader
// serves a small file parsed whole into a tree (fast; xml_walk_events.hpp) and a large one
// streamed through libxml2 (its memory bounded by what the reader keeps, not by a tree of the
// whole file).
#pragma once

#include <cstring>
#include <string_view>

namespace strata::formats {

// The attributes of an element being opened: name, value, name, value..., then a null pointer,
// as a SAX parser gives them. Valid only during the call that receives them.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char* const* pairs) : pairs_(pairs) {}

  // The value of attribute `name`, or nullptr when the element has no such attribute.
  const char* find(std::string_view name) const {
    for (const char* const* pair = pairs_; *pair; pair += 2) {
      // Compared without measuring each name first: a reader asks for a few names per element.
      const char* candidate = pair[0];
      if (candidate[0] == name[0] && std::strncmp(candidate, name.data(), name.size()) == 0 &&
          !candidate[name.size()]) {
        return pair[1];
      }
    }
    return nullptr;
  }
  // The value of attribute `name`, or "" when the element has none.
  std::string_view value(std::string_view name) const {
    const char* found = find(name);
    return found ? found : "";
  }
  const char* const* pairs() const { return pairs_; }

 private:
  const char* const* pairs_;
};

// What a reader of events implements. Text is character data with references resolved, CDATA
// included; one run of text may come in several calls.
class XmlEvents {
 public:
  virtual ~XmlEvents() = default;
  virtual void start_element(std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void end_element() = 0;
  virtual void text(std::string_view piece) = 0;
};

}  // namespace strata::formats
