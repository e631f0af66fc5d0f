#include "strata/formats/tei_writer.hpp"

#include "tei_body.hpp"
#include "tei_file.hpp"
#include "tei_standoff.hpp"

namespace strata::formats {
namespace {

// The default shape: the body holds the structure only, every other layer is in standOff.
class StandoffShape : public TeiShape {
 public:
  void prepare(const Document& document, const TextStructure& structure,
               const ApplicationIds& ids) override {
    check_standoff(document, structure, ids);
  }
  void text(const Document& document, const TextStructure& structure, std::ostream& out) override {
    write_body(document, structure, out);
  }
  void standoff(const Document& document, const TextStructure& structure, const ApplicationIds& ids,
                std::ostream& out) override {
    write_standoff(document, structure, ids, out);
  }
};

}  // namespace

void write_tei(const Document& document, const RunInfo& run, std::ostream& out) {
  StandoffShape shape;
  write_tei_file(document, run, out, shape);
}

}  // namespace strata::formats
