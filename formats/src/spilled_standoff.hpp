// The standOff of a document written a window at a time, waiting in temporary files.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "application_ids.hpp"
#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"
#include "strata/formats/spill_file.hpp"
#include "tei_standoff.hpp"
#include "text_structure.hpp"
#include "window_start.hpp"

namespace strata::formats {

// Every layer's standOff lines of the windows so far, in unlinked temporary files, in the order
// the layers first came; and where the next window starts. A TEI window writer hands each
// window's lines here (write_standoff_parts) and writes the standOff from here at the end.
class SpilledStandoff : public StandoffParts {
 public:
  explicit SpilledStandoff(const RunInfo& run) : ids_(run) {}

  const ApplicationIds& ids() const { return ids_; }
  WindowStart& start() { return start_; }

  // Notes the window's layers, so that the standOff lists them in standoff_layer_order.
  void add_layers_of(const Document& window, StructureLayers paragraphs_and_sentences);
  // Moves start() past the window, written with `structure`.
  void move_past(const Document& window, const TextStructure& structure);

  std::ostream& annotations(const Layer& layer, std::string_view container) override;
  std::ostream& links(const Layer& layer, std::string_view feature) override;

  // Writes the standOff element, `first` (an interpGrp, say) at its head; nothing when both are
  // empty.
  void write_standoff(std::ostream& out, std::string_view first = {});

 private:
  struct LayerParts {
    std::string name;
    std::optional<std::string> resp;
    std::string container;  // spanGrp or listAnnotation, once the layer has annotations
    std::unique_ptr<SpillFile> annotations;
    std::vector<std::pair<std::string, std::unique_ptr<SpillFile>>> links;  // by feature
  };

  LayerParts* find(std::string_view name);

  const ApplicationIds ids_;
  WindowStart start_;
  std::vector<LayerParts> layers_;
};

}  // namespace strata::formats
