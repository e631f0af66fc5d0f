#include "strata/formats/tei_inline_window_writer.hpp"

#include "inline_projection.hpp"
#include "sentence_sentiment.hpp"
#include "spilled_standoff.hpp"
#include "strata/error.hpp"
#include "tei_body.hpp"
#include "tei_file.hpp"
#include "tei_inline_body.hpp"

namespace strata::formats {

TeiInlineWindowWriter::TeiInlineWindowWriter(const Document& document, const RunInfo& run,
                                             std::ostream& out, const TeiInlineOptions& options)
    : document_(document),
      run_(run),
      out_(out),
      options_(options),
      parts_(std::make_unique<SpilledStandoff>(run)) {}

TeiInlineWindowWriter::~TeiInlineWindowWriter() = default;

void TeiInlineWindowWriter::write(const Document& window) {
  const WindowStart& start = parts_->start();
  const TextStructure structure =
      checked_window_structure(document_, window, start.elements, parts_->ids());
  const EntityElements entities =
      options_.entities_as_rs ? EntityElements::rs : EntityElements::names;
  const InlineProjection projection(window, structure, entities, start);
  const SentenceSentiment sentiment = sentence_sentiment(window, structure);
  if (!started_) {
    write_tei_start(document_, window.language(), run_, parts_->ids(), out_);
    write_body_start(out_);
    started_ = true;
  }
  RawOutput raw(out_);
  write_inline_content(window, structure, projection, sentiment.ana, raw);
  raw.flush();
  parts_->add_layers_of(window);
  write_standoff_parts(
      window, structure, parts_->ids(), start, *parts_,
      [&](std::string_view layer, AnnotationId id) { return projection.is_inline(layer, id); });
  add_labels(labels_, sentiment.labels);
  notes_.insert(notes_.end(), projection.notes().begin(), projection.notes().end());
  parts_->move_past(window, structure);
}

void TeiInlineWindowWriter::finish() {
  if (!started_) throw Error("document '" + document_.id() + "': no window was written");
  write_body_end(out_);
  parts_->write_standoff(out_, sentiment_interp_group(labels_));
  write_tei_end(out_);
  if (options_.note && !notes_.empty()) options_.note(inline_note(document_, notes_));
}

}  // namespace strata::formats
