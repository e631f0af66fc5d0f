#include "xml_tree_builder.hpp"

namespace strata::formats {

void XmlTreeBuilder::start_element(std::string_view name, const XmlAttributes& attributes) {
  add_pending_text();
  current_ = current_.append_child(std::string(name).c_str());
  for (const char* const* pair = attributes.pairs(); *pair; pair += 2) {
    current_.append_attribute(pair[0]).set_value(pair[1]);
  }
}

void XmlTreeBuilder::end_element() {
  add_pending_text();
  current_ = current_.parent();
}

void XmlTreeBuilder::add_pending_text() {
  if (pending_text_.empty()) return;
  current_.append_child(pugi::node_pcdata).set_value(pending_text_.c_str());
  pending_text_.clear();
}

}  // namespace strata::formats
