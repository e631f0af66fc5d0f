#include "strata/formats/tei_window_writer.hpp"

#include "body_printer.hpp"
#include "structure_walk.hpp"
#include "tei_window_frame.hpp"

namespace strata::formats {

TeiWindowWriter::TeiWindowWriter(const Document& document, const RunInfo& run, std::ostream& out)
    : frame_(std::make_unique<TeiWindowFrame>(document, run, out)) {}

TeiWindowWriter::~TeiWindowWriter() = default;

void TeiWindowWriter::write(const Document& window) {
  const TextStructure structure = frame_->structure_of(window);
  frame_->write(window, structure, [&](RawOutput& raw) {
    BodyPrinter printer(window, structure, raw);
    walk_structure(structure, static_cast<Offset>(window.text().size()), printer);
  });
}

void TeiWindowWriter::finish() {
  frame_->finish();
}

}  // namespace strata::formats
