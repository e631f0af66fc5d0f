// Writes a document too large to annotate whole as an HTML page, one window of its text at a time.
#pragma once

#include <memory>
#include <ostream>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"
#include "strata/formats/window_writer.hpp"

namespace strata::formats {

// Writes the page that write_html writes, for a document annotated in windows (WindowWriter):
// each window's text is made as it comes and waits in an unlinked temporary file (in TMPDIR)
// until finish() writes the header, which counts each layer's annotations, and the page. A
// window's annotation N of a layer is annotation N plus that layer's annotations in the windows
// before; a window's sentiment, of scope "window", is a marker at its end, as a sentence's is.
class HtmlWindowWriter : public WindowWriter {
 public:
  // `document` gives the page its id and metadata; it must outlive the writer.
  HtmlWindowWriter(const Document& document, const RunInfo& run, std::ostream& out);
  ~HtmlWindowWriter() override;
  HtmlWindowWriter(const HtmlWindowWriter&) = delete;
  HtmlWindowWriter& operator=(const HtmlWindowWriter&) = delete;

  // Takes in the next window; the first gives the page its language.
  void write(const Document& window) override;
  // Writes the page; once, after the last window. Throws strata::Error when no window was given.
  void finish() override;

 private:
  class Page;
  std::unique_ptr<Page> page_;
};

}  // namespace strata::formats
