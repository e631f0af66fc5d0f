#include "spilled_standoff.hpp"

#include "strata/error.hpp"

namespace strata::formats {

void SpilledStandoff::add_layers_of(const Document& window,
                                    StructureLayers paragraphs_and_sentences) {
  for (const std::string& name : standoff_layer_order(window, paragraphs_and_sentences)) {
    if (!find(name)) {
      const auto resp = standoff_resp(ids_, window.layer(name), paragraphs_and_sentences);
      layers_.push_back({name, resp, {}, nullptr, {}});
    }
  }
}

void SpilledStandoff::move_past(const Document& window, const TextStructure& structure) {
  for (auto level : {TextStructure::paragraph, TextStructure::sentence, TextStructure::token}) {
    start_.elements[level] += structure.extents(level).size();
  }
  start_.move_past(window);
}

std::ostream& SpilledStandoff::annotations(const Layer& layer, std::string_view container) {
  LayerParts& parts = *find(layer.name());
  if (!parts.annotations) {
    parts.container = container;
    parts.annotations = std::make_unique<SpillFile>();
  } else if (parts.container != container) {
    // Only a window without tokens would change it, and windows are cut between paragraphs.
    throw Error("layer '" + layer.name() + "' has tokens in one window and none in another");
  }
  return parts.annotations->stream();
}

std::ostream& SpilledStandoff::links(const Layer& layer, std::string_view feature) {
  auto& links = find(layer.name())->links;
  for (auto& [name, file] : links) {
    if (name == feature) return file->stream();
  }
  return links.emplace_back(std::string(feature), std::make_unique<SpillFile>()).second->stream();
}

void SpilledStandoff::write_standoff(std::ostream& out, std::string_view first) {
  bool open = !first.empty();
  if (open) out << "  <standOff>\n" << first;
  for (LayerParts& parts : layers_) {
    if (!parts.annotations) continue;
    if (!open) out << "  <standOff>\n";
    open = true;
    out << layer_group_start(parts.container, parts.name, parts.resp);
    parts.annotations->copy_to(out);
    out << group_end(parts.container);
    for (auto& [feature, file] : parts.links) {
      out << link_group_start(parts.name, feature, parts.resp);
      file->copy_to(out);
      out << group_end("linkGrp");
    }
  }
  if (open) out << "  </standOff>\n";
}

SpilledStandoff::LayerParts* SpilledStandoff::find(std::string_view name) {
  for (LayerParts& parts : layers_) {
    if (parts.name == name) return &parts;
  }
  return nullptr;
}

}  // namespace strata::formats
