#include "strata/formats/tei_window_writer.hpp"

#include "body_printer.hpp"
#include "spilled_standoff.hpp"
#include "strata/error.hpp"
#include "structure_walk.hpp"
#include "tei_body.hpp"
#include "tei_file.hpp"

namespace strata::formats {

TeiWindowWriter::TeiWindowWriter(const Document& document, const RunInfo& run, std::ostream& out)
    : document_(document), run_(run), out_(out), parts_(std::make_unique<SpilledStandoff>(run)) {}

TeiWindowWriter::~TeiWindowWriter() = default;

void TeiWindowWriter::write(const Document& window) {
  const WindowStart& start = parts_->start();
  const auto size = static_cast<Offset>(window.text().size());
  const TextStructure structure =
      checked_window_structure(document_, window, start.elements, parts_->ids());
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
  parts_->move_past(window, structure);
}

void TeiWindowWriter::finish() {
  if (!started_) throw Error("document '" + document_.id() + "': no window was written");
  write_body_end(out_);
  parts_->write_standoff(out_);
  write_tei_end(out_);
}

}  // namespace strata::formats
