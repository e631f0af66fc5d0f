// Writes a document too large to annotate whole as VRT, one window of its text at a time.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "strata/document.hpp"
#include "strata/formats/window_writer.hpp"

namespace strata::formats {

// Writes the VRT that write_vrt writes, for a document annotated in windows (WindowWriter): one
// <text>, each window's token lines and tags written as it comes. The columns are the first
// window's token features: a feature that first appears in a later window is left out, and
// noted. What write_vrt would return as notes goes to `note`, a line at a time, each starting
// with its window ("window 3: ...").
class VrtWindowWriter : public WindowWriter {
 public:
  // `document` gives the text element its id; it must outlive the writer.
  VrtWindowWriter(const Document& document, std::ostream& out,
                  std::function<void(const std::string&)> note);
  ~VrtWindowWriter() override;
  VrtWindowWriter(const VrtWindowWriter&) = delete;
  VrtWindowWriter& operator=(const VrtWindowWriter&) = delete;

  // Throws strata::Error, before writing any of it, when the window has no tokens.
  void write(const Document& window) override;
  void finish() override;

 private:
  const Document& document_;
  std::ostream& out_;
  std::function<void(const std::string&)> note_;
  std::vector<std::string> columns_;
  std::unique_ptr<struct WindowStart> start_;  // what the windows before numbered
  std::size_t windows_ = 0;
};

}  // namespace strata::formats
