#include "tei_additions.hpp"

#include <vector>

#include "xml_walk.hpp"

namespace strata::formats {

std::string added_id_prefix(pugi::xml_node tei) {
  constexpr std::string_view kSuffix = "strata";
  std::string prefix;
  const pugi::xml_node app_info = tei.child("teiHeader").child("encodingDesc").child("appInfo");
  for (pugi::xml_node application : app_info.children("application")) {
    const std::string_view id = application.attribute("xml:id").value();
    if (std::string_view(application.attribute("ident").value()) == kSuffix &&
        id.size() > kSuffix.size() && id.ends_with(kSuffix)) {
      prefix = id.substr(0, id.size() - kSuffix.size());  // the last one is the newest
    }
  }
  return prefix;
}

void remove_additions(pugi::xml_node root, std::string_view prefix) {
  std::vector<pugi::xml_node> added;
  for (pugi::xml_node node = root; node;) {
    bool inside_is_ours = false;
    if (pugi::xml_attribute id = node.attribute("xml:id");
        node.type() == pugi::node_element && std::string_view(id.value()).starts_with(prefix)) {
      const std::string_view name = node.name();
      if (name == "body") {
        node.remove_attribute(id);
      } else {
        added.push_back(node);
        inside_is_ours = name != "w" && name != "pc";  // w and pc hold the file's text
      }
    }
    node = next_inside(node, root, inside_is_ours);
  }
  // Last first, so that nothing is moved before it is looked at.
  for (auto it = added.rbegin(); it != added.rend(); ++it) {
    pugi::xml_node element = *it;
    pugi::xml_node parent = element.parent();
    const std::string_view name = element.name();
    if (name == "w" || name == "pc") {
      while (pugi::xml_node child = element.first_child())
        parent.insert_move_before(child, element);
    }
    parent.remove_child(element);
  }
}

}  // namespace strata::formats
