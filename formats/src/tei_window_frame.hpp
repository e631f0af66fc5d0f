// What the TEI window writers share: the file around the windows and the standOff they spill.
#pragma once

#include <functional>
#include <ostream>
#include <string_view>

#include "raw_output.hpp"
#include "spilled_standoff.hpp"
#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"
#include "tei_standoff.hpp"
#include "text_structure.hpp"

namespace strata::formats {

// The TEI file of a document written a window at a time: the header before the first window,
// each window's body content as it comes, its standOff lines spilled (SpilledStandoff), and
// the standOff and the end of the file at finish().
class TeiWindowFrame {
 public:
  // `document` gives the header its id, metadata and SHA-256; it must outlive the frame.
  TeiWindowFrame(const Document& document, const RunInfo& run, std::ostream& out);

  const Document& document() const { return document_; }
  // Where the next window starts in the file.
  const WindowStart& start() { return parts_.start(); }

  // The window's structure, numbered on, once all that can fail for it is done: call it
  // before anything of the window is made, so that a failure writes nothing.
  TextStructure structure_of(const Document& window);

  // Writes the window: the header and the body's start before the first (with the first
  // window's language as the document's), then what `body` writes inside <body>, then the
  // window's standOff lines, leaving out what `written_inline` names.
  void write(const Document& window, const TextStructure& structure,
             const std::function<void(RawOutput&)>& body,
             const AnnotationFilter& written_inline = {});

  // Closes the body and writes the standOff, `first_in_standoff` at its head, and the end of the
  // file; once, after the last window. Throws strata::Error when no window was written.
  void finish(std::string_view first_in_standoff = {});

 private:
  const Document& document_;
  const RunInfo run_;
  std::ostream& out_;
  SpilledStandoff parts_;
  bool started_ = false;
};

}  // namespace strata::formats
