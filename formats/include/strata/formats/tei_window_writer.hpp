// Writes a document too large to annotate whole as TEI, one window of its text at a time.
#pragma once

#include <memory>
#include <ostream>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"
#include "strata/formats/window_writer.hpp"

namespace strata::formats {

class TeiWindowFrame;

// Writes the TEI that write_tei writes, for a document annotated in windows (WindowWriter):
// the header and each window's body go to `out` as they come, paragraphs, sentences and tokens
// numbered on across windows, and each layer's standOff lines wait in an unlinked temporary
// file (in TMPDIR) until finish() writes the standOff. A window's annotation N of a layer is
// written as the layer's annotation N plus the sizes of that layer in the windows before.
class TeiWindowWriter : public WindowWriter {
 public:
  // `document` gives the header its id, metadata and the SHA-256 of the whole text; it must
  // outlive the writer.
  TeiWindowWriter(const Document& document, const RunInfo& run, std::ostream& out);
  ~TeiWindowWriter() override;
  TeiWindowWriter(const TeiWindowWriter&) = delete;
  TeiWindowWriter& operator=(const TeiWindowWriter&) = delete;

  // Writes the next window. The first also writes the header, with the first window's language
  // as the document's (the host gives every window the document's language, or where that is
  // "auto", the one detected in the first). Throws strata::Error, before writing any of the window,
  // when its structure does not nest or a reference points nowhere; the file is then unfinished.
  void write(const Document& window) override;

  // Closes the body and writes the standOff and the end of the file; once, after the last window.
  void finish() override;

 private:
  std::unique_ptr<TeiWindowFrame> frame_;
};

}  // namespace strata::formats
