#include "tei_window_frame.hpp"

#include "strata/error.hpp"
#include "structure_walk.hpp"
#include "tei_body.hpp"
#include "tei_file.hpp"

namespace strata::formats {

TeiWindowFrame::TeiWindowFrame(const Document& document, const RunInfo& run, std::ostream& out)
    : document_(document), run_(run), out_(out), parts_(run) {}

TextStructure TeiWindowFrame::structure_of(const Document& window) {
  try {
    TextStructure structure(window, parts_.start().elements);
    check_nesting(structure, static_cast<Offset>(window.text().size()));
    check_standoff(window, structure, parts_.ids());
    return structure;
  } catch (const Error& e) {
    throw Error("cannot write document '" + document_.id() + "' as TEI: " + e.what());
  }
}

void TeiWindowFrame::write(const Document& window, const TextStructure& structure,
                           const std::function<void(RawOutput&)>& body,
                           const AnnotationFilter& written_inline) {
  if (!started_) {
    write_tei_start(document_, window.language(), run_, out_);
    write_body_start(out_);
    started_ = true;
  }
  RawOutput raw(out_);
  body(raw);
  raw.flush();
  parts_.add_layers_of(window, StructureLayers::in_body);
  write_standoff_parts(window, structure, parts_.ids(), parts_.start(), parts_, written_inline);
  parts_.move_past(window, structure);
}

void TeiWindowFrame::finish(std::string_view first_in_standoff) {
  if (!started_) throw Error("document '" + document_.id() + "': no window was written");
  write_body_end(out_);
  parts_.write_standoff(out_, first_in_standoff);
  write_tei_end(out_);
}

}  // namespace strata::formats
