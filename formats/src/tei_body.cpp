#include "tei_body.hpp"

#include "body_printer.hpp"
#include "structure_walk.hpp"
#include "xml_output.hpp"

namespace strata::formats {

void write_body_start(std::ostream& out) {
  out << "  <text>" << start_tag("body", {{"xml:id", kBodyId}});
}

void write_body_end(std::ostream& out) {
  out << "</body></text>\n";
}

void write_body_element(std::ostream& out, const std::function<void(RawOutput&)>& print) {
  write_body_start(out);
  RawOutput raw(out);
  print(raw);
  raw.flush();
  write_body_end(out);
}

void write_body(const Document& document, const TextStructure& structure, std::ostream& out) {
  write_body_element(out, [&](RawOutput& raw) {
    BodyPrinter printer(document, structure, raw);
    walk_structure(structure, static_cast<Offset>(document.text().size()), printer);
  });
}

}  // namespace strata::formats
