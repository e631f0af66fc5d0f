#include "strata/formats/tei_inline_window_writer.hpp"

#include "inline_projection.hpp"
#include "sentence_sentiment.hpp"
#include "tei_inline_body.hpp"
#include "tei_window_frame.hpp"

namespace strata::formats {

TeiInlineWindowWriter::TeiInlineWindowWriter(const Document& document, const RunInfo& run,
                                             std::ostream& out, const TeiInlineOptions& options)
    : options_(options), frame_(std::make_unique<TeiWindowFrame>(document, run, out)) {}

TeiInlineWindowWriter::~TeiInlineWindowWriter() = default;

void TeiInlineWindowWriter::write(const Document& window) {
  const TextStructure structure = frame_->structure_of(window);
  const EntityElements entities =
      options_.entities_as_rs ? EntityElements::rs : EntityElements::names;
  const InlineProjection projection(window, structure, entities, frame_->start());
  const SentenceSentiment sentiment = sentence_sentiment(window, structure);
  frame_->write(
      window, structure,
      [&](RawOutput& raw) {
        write_inline_content(window, structure, projection, sentiment.ana, raw);
      },
      [&](std::string_view layer, AnnotationId id) { return projection.is_inline(layer, id); });
  add_labels(labels_, sentiment.labels);
  notes_.insert(notes_.end(), projection.notes().begin(), projection.notes().end());
}

void TeiInlineWindowWriter::finish() {
  frame_->finish(sentiment_interp_group(labels_));
  if (options_.note && !notes_.empty()) {
    options_.note(inline_note(frame_->document(), notes_));
  }
}

}  // namespace strata::formats
