// Writes a TEI file from elsewhere back annotated, whole or one window of its text at a time.
#pragma once

#include <memory>
#include <ostream>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"
#include "strata/formats/tei_input.hpp"
#include "strata/formats/window_writer.hpp"

namespace strata::formats {

// Writes what write_foreign_tei writes, for a document annotated in windows (WindowWriter): each
// window's tokens are kept as a few bytes each and its other layers wait in unlinked temporary
// files (in TMPDIR), and finish() prints the file's tree with the tokens put into its text nodes
// and the standOff after it. Nothing reaches `out` before finish(). A window's annotation N of a
// layer is written as the layer's annotation N plus the sizes of that layer in the windows
// before, as in Strata's own TEI (TeiWindowWriter).
class ForeignTeiWindowWriter : public WindowWriter {
 public:
  // `document` is the one read_tei_input gave with `foreign`, its text unchanged; both must
  // outlive the writer, whose finish() changes the tree. Throws strata::Error when the text is
  // not the one the file was read as.
  ForeignTeiWindowWriter(const Document& document, ForeignTei& foreign, const RunInfo& run,
                         std::ostream& out);
  ~ForeignTeiWindowWriter() override;
  ForeignTeiWindowWriter(const ForeignTeiWindowWriter&) = delete;
  ForeignTeiWindowWriter& operator=(const ForeignTeiWindowWriter&) = delete;

  // Takes in the next window; given the whole document annotated, the one window. Throws
  // strata::Error when a layer cannot be written; the file is then not written.
  void write(const Document& window) override;
  // Writes the file; once, after the last window. Throws strata::Error when no window was given.
  void finish() override;

 private:
  class Writer;
  std::unique_ptr<Writer> writer_;
};

}  // namespace strata::formats
