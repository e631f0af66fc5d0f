// Writes a document too large to annotate whole as JSON, one window of its text at a time.
#pragma once

#include <memory>
#include <ostream>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"
#include "strata/formats/window_writer.hpp"

namespace strata::formats {

// Writes the JSON that write_json writes, for a document annotated in windows (WindowWriter):
// the id, language and whole text go to `out` with the first window, and each layer's
// annotations wait in an unlinked temporary file (in TMPDIR) until finish() writes the layers.
// Ids, offsets and references are numbered on from the windows before, so the file reads as one
// document.
class JsonWindowWriter : public WindowWriter {
 public:
  // `document` gives the file its id, text and metadata; it must outlive the writer.
  JsonWindowWriter(const Document& document, const RunInfo& run, std::ostream& out);
  ~JsonWindowWriter() override;
  JsonWindowWriter(const JsonWindowWriter&) = delete;
  JsonWindowWriter& operator=(const JsonWindowWriter&) = delete;

  // The first window also writes the head, with the first window's language as the document's
  // (see TeiWindowWriter::write).
  void write(const Document& window) override;
  void finish() override;

 private:
  class Layers;
  const Document& document_;
  const RunInfo run_;
  std::ostream& out_;
  std::unique_ptr<Layers> layers_;
  bool started_ = false;
};

}  // namespace strata::formats
