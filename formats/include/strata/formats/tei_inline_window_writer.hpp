// Writes a document too large to annotate whole as inline TEI, one window of its text at a time.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"
#include "strata/formats/tei_inline_writer.hpp"
#include "strata/formats/window_writer.hpp"

namespace strata::formats {

class TeiWindowFrame;

// Writes the TEI that write_tei_inline writes, for a document annotated in windows
// (WindowWriter): the header and each window's body, its annotations inline, go to `out` as
// they come, numbered on across windows as TeiWindowWriter numbers them; what stays in standOff
// waits in unlinked temporary files (in TMPDIR) until finish(). `options.note` is told once, at
// the end, of every annotation no window could write inline.
class TeiInlineWindowWriter : public WindowWriter {
 public:
  // `document` gives the header its id, metadata and the SHA-256 of the whole text; it must
  // outlive the writer, as must `options`.
  TeiInlineWindowWriter(const Document& document, const RunInfo& run, std::ostream& out,
                        const TeiInlineOptions& options);
  ~TeiInlineWindowWriter() override;
  TeiInlineWindowWriter(const TeiInlineWindowWriter&) = delete;
  TeiInlineWindowWriter& operator=(const TeiInlineWindowWriter&) = delete;

  // Writes the next window, as TeiWindowWriter::write does. Throws strata::Error, before
  // writing any of the window, when its structure does not nest or a reference points nowhere.
  void write(const Document& window) override;

  // Closes the body and writes the standOff (the sentence labels' interpGrp first) and the end
  // of the file; once, after the last window.
  void finish() override;

 private:
  const TeiInlineOptions& options_;
  std::unique_ptr<TeiWindowFrame> frame_;
  std::vector<std::string> labels_;  // the sentence labels used so far
  std::vector<std::string> notes_;   // the annotations that stayed in standOff
};

}  // namespace strata::formats
