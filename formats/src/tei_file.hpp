// The frame every TEI file Strata writes shares: declaration, TEI root, header, text, standOff.
#pragma once

#include <ostream>
#include <string>

#include "application_ids.hpp"
#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"
#include "text_structure.hpp"

namespace strata::formats {

// What differs between the shapes of TEI (annotations in standOff, or inline in the body), so
// that the frame around them is written by one function.
class TeiShape {
 public:
  virtual ~TeiShape() = default;
  // Does all that can fail (throwing strata::Error); called before anything is written, so that
  // a failure leaves the output untouched.
  virtual void prepare(const Document& document, const TextStructure& structure,
                       const ApplicationIds& ids) = 0;
  // Writes the text element; called after prepare().
  virtual void text(const Document& document, const TextStructure& structure,
                    std::ostream& out) = 0;
  // Writes the standOff element (nothing for none); called after text().
  virtual void standoff(const Document& document, const TextStructure& structure,
                        const ApplicationIds& ids, std::ostream& out) = 0;
};

// The XML declaration, the TEI start tag (with xml:lang = `language` when it is a language tag)
// and the teiHeader of `document`, whose text's SHA-256 the header gives.
void write_tei_start(const Document& document, const std::string& language, const RunInfo& run,
                     std::ostream& out);

// The end of the file: </TEI> and a newline.
void write_tei_end(std::ostream& out);

// Writes `document` as one TEI file in the given shape. Throws strata::Error, before writing
// anything, when the structural layers do not nest or the shape's standOff cannot be made.
void write_tei_file(const Document& document, const RunInfo& run, std::ostream& out,
                    TeiShape& shape);

}  // namespace strata::formats
