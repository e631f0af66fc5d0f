// A small pugixml tree made from XML events: the header of a TEI file being streamed, which is
// read by looking things up in it.
#pragma once

#include <pugixml.hpp>
#include <string>

#include "xml_events.hpp"

namespace strata::formats {

// Builds a tree of the elements and text it is given. Adjacent pieces of text become one text
// node, as they are in a tree parsed from the same XML.
class XmlTreeBuilder : public XmlEvents {
 public:
  void start_element(std::string_view name, const XmlAttributes& attributes) override;
  void end_element() override;
  void text(std::string_view piece) override { pending_text_ += piece; }

  // The first element given (a null node before there is one).
  pugi::xml_node root() const { return tree_.document_element(); }

 private:
  void add_pending_text();

  pugi::xml_document tree_;
  pugi::xml_node current_ = tree_;
  std::string pending_text_;
};

}  // namespace strata::formats
