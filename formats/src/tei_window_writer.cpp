#include "strata/formats/tei_window_writer.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "application_ids.hpp"
#include "body_printer.hpp"
#include "strata/formats/spill_file.hpp"
#include "strata/error.hpp"
#include "structure_walk.hpp"
#include "tei_body.hpp"
#include "tei_file.hpp"
#include "tei_standoff.hpp"
#include "window_start.hpp"

namespace strata::formats {

namespace {

// The window's structure, once all that can fail is done, so that a failure comes before any of
// the window is written.
TextStructure checked_structure(const Document& document, const Document& window,
                                const TextStructure::Numbering& before, const ApplicationIds& ids) {
  try {
    TextStructure structure(window, before);
    check_nesting(structure, static_cast<Offset>(window.text().size()));
    check_standoff(window, structure, ids);
    return structure;
  } catch (const Error& e) {
    throw Error("cannot write document '" + document.id() + "' as TEI: " + e.what());
  }
}

}  // namespace

// Every layer's standOff lines so far, in temporary files, in the order the layers first came.
class TeiWindowWriter::Parts : public StandoffParts {
 public:
  explicit Parts(const RunInfo& run) : ids_(run) {}

  const ApplicationIds& ids() const { return ids_; }
  WindowStart& start() { return start_; }

  // Notes the window's layers, so that the standOff lists them in the order they were made.
  void add_layers_of(const Document& window) {
    for (const std::string& name : window.layer_names()) {
      if (!find(name)) {
        layers_.push_back({name, ids_.resp(window.layer(name).producer()), {}, nullptr, {}});
      }
    }
  }

  std::ostream& annotations(const Layer& layer, std::string_view container) override {
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

  std::ostream& links(const Layer& layer, std::string_view feature) override {
    auto& links = find(layer.name())->links;
    for (auto& [name, file] : links) {
      if (name == feature) return file->stream();
    }
    return links.emplace_back(std::string(feature), std::make_unique<SpillFile>()).second->stream();
  }

  void write_standoff(std::ostream& out) {
    bool open = false;
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

 private:
  struct LayerParts {
    std::string name;
    std::optional<std::string> resp;
    std::string container;  // spanGrp or listAnnotation, once the layer has annotations
    std::unique_ptr<SpillFile> annotations;
    std::vector<std::pair<std::string, std::unique_ptr<SpillFile>>> links;  // by feature
  };

  LayerParts* find(std::string_view name) {
    for (LayerParts& parts : layers_) {
      if (parts.name == name) return &parts;
    }
    return nullptr;
  }

  const ApplicationIds ids_;
  WindowStart start_;
  std::vector<LayerParts> layers_;
};

TeiWindowWriter::TeiWindowWriter(const Document& document, const RunInfo& run, std::ostream& out)
    : document_(document), run_(run), out_(out), parts_(std::make_unique<Parts>(run)) {}

TeiWindowWriter::~TeiWindowWriter() = default;

void TeiWindowWriter::write(const Document& window) {
  WindowStart& start = parts_->start();
  const auto size = static_cast<Offset>(window.text().size());
  const TextStructure structure =
      checked_structure(document_, window, start.elements, parts_->ids());
  if (!started_) {
    write_tei_start(document_, window.language(), run_, parts_->ids(), out_);
    write_body_start(out_);
    started_ = true;
  }
  RawOutput raw(out_);
  BodyPrinter printer(window, structure, raw);
  walk_structure(structure, size, printer);
  raw.flush();
  parts_->add_layers_of(window);
  write_standoff_parts(window, structure, parts_->ids(), start, *parts_);

  for (auto level : {TextStructure::paragraph, TextStructure::sentence, TextStructure::token}) {
    start.elements[level] += structure.extents(level).size();
  }
  start.move_past(window);
}

void TeiWindowWriter::finish() {
  if (!started_) throw Error("document '" + document_.id() + "': no window was written");
  write_body_end(out_);
  parts_->write_standoff(out_);
  write_tei_end(out_);
}

}  // namespace strata::formats
