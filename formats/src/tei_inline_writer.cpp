#include "strata/formats/tei_inline_writer.hpp"

#include <optional>

#include "inline_projection.hpp"
#include "sentence_sentiment.hpp"
#include "tei_file.hpp"
#include "tei_inline_body.hpp"
#include "tei_standoff.hpp"

namespace strata::formats {
namespace {

// The inline shape: the projection is made with the standOff (before anything is written) and
// kept for the body.
class InlineShape : public TeiShape {
 public:
  explicit InlineShape(const TeiInlineOptions& options) : options_(options) {}

  void prepare(const Document& document, const TextStructure& structure,
               const ApplicationIds& ids) override {
    standoff_ = inline_standoff(document, structure, ids);
  }

  void text(const Document& document, const TextStructure& structure, std::ostream& out) override {
    write_inline_body(document, structure, *projection_, sentiment_.ana, out);
  }

  void standoff(const Document&, const TextStructure&, const ApplicationIds&,
                std::ostream& out) override {
    out << standoff_;
  }

 private:
  // The standOff with what could not go inline, made with the projection the body uses.
  std::string inline_standoff(const Document& document, const TextStructure& structure,
                              const ApplicationIds& ids) {
    const EntityElements entities =
        options_.entities_as_rs ? EntityElements::rs : EntityElements::names;
    const InlineProjection& projection = projection_.emplace(document, structure, entities);
    sentiment_ = sentence_sentiment(document, structure);
    const std::string interp_group = sentiment_interp_group(sentiment_.labels);
    std::string standoff = standoff_xml(
        document, structure, ids,
        [&](std::string_view layer, AnnotationId id) { return projection.is_inline(layer, id); });
    if (options_.note && !projection.notes().empty()) {
      options_.note(inline_note(document, projection.notes()));
    }
    if (interp_group.empty()) return standoff;
    // The interpretations @ana points at go first in standOff, which TEI lets hold interpGrp.
    static constexpr std::string_view kOpen = "  <standOff>\n";
    if (standoff.empty()) return std::string(kOpen) + interp_group + "  </standOff>\n";
    return standoff.insert(kOpen.size(), interp_group);
  }

  const TeiInlineOptions& options_;
  std::optional<InlineProjection> projection_;
  SentenceSentiment sentiment_;
  std::string standoff_;
};

}  // namespace

void write_tei_inline(const Document& document, const RunInfo& run, std::ostream& out,
                      const TeiInlineOptions& options) {
  InlineShape shape(options);
  write_tei_file(document, run, out, shape);
}

}  // namespace strata::formats
