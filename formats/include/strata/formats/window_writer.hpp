// What writes a document annotated a window at a time (docs/large-documents.md).
#pragma once

#include "strata/document.hpp"

namespace strata::formats {

// Writes one file for a document whose text was cut into windows, each annotated as a Document
// of its own: the windows come in text order, cut where no paragraph, sentence or annotation
// crosses, and each is written before the next is made, so that only one window's layers are
// ever in memory. The file is the one the whole document would give with the same annotations.
class WindowWriter {
 public:
  virtual ~WindowWriter() = default;
  // Writes the next window. Throws strata::Error when it cannot; the file is then unfinished.
  virtual void write(const Document& window) = 0;
  // Writes the end of the file; once, after the last window.
  virtual void finish() = 0;
};

}  // namespace strata::formats
