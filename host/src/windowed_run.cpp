#include "windowed_run.hpp"

#include <spdlog/spdlog.h>

#include <memory>
#include <string>
#include <vector>

#include "strata/error.hpp"
#include "strata/formats/foreign_tei_window_writer.hpp"
#include "strata/formats/html_window_writer.hpp"
#include "strata/formats/json_window_writer.hpp"
#include "strata/formats/tei_inline_window_writer.hpp"
#include "strata/formats/tei_window_writer.hpp"
#include "strata/formats/vrt_window_writer.hpp"
#include "text_windows.hpp"

namespace strata::host {

namespace {

// The inline TEI window writer with the options it reads for its life (inline_tei_options).
class InlineWindowWriter : public formats::WindowWriter {
 public:
  InlineWindowWriter(const Document& document, const RunSettings& settings, std::ostream& out)
      : options_(inline_tei_options(settings)),
        writer_(document, settings.run_info, out, options_) {}
  void write(const Document& window) override { writer_.write(window); }
  void finish() override { writer_.finish(); }

 private:
  const formats::TeiInlineOptions options_;
  formats::TeiInlineWindowWriter writer_;
};

// The writer of TEI from elsewhere, warning once a document about the token features it has no
// room for (warn_foreign_tei_drops), at the first window that has some.
class ForeignWindowWriter : public formats::WindowWriter {
 public:
  ForeignWindowWriter(const LoadedInput& input, const RunSettings& settings, std::ostream& out)
      : id_(input.document.id()), writer_(input.document, *input.foreign, settings.run_info, out) {}
  void write(const Document& window) override {
    writer_.write(window);
    if (!warned_) warned_ = warn_foreign_tei_drops(window, id_);
  }
  void finish() override { writer_.finish(); }

 private:
  const std::string id_;
  formats::ForeignTeiWindowWriter writer_;
  bool warned_ = false;
};

std::unique_ptr<formats::WindowWriter> window_writer(const LoadedInput& input,
                                                     const RunSettings& settings,
                                                     std::ostream& out) {
  const Document& document = input.document;
  if (settings.format == OutputFormat::tei && input.foreign) {
    return std::make_unique<ForeignWindowWriter>(input, settings, out);
  }
  if (settings.format == OutputFormat::json) {
    return std::make_unique<formats::JsonWindowWriter>(document, settings.run_info, out);
  }
  if (settings.format == OutputFormat::html) {
    return std::make_unique<formats::HtmlWindowWriter>(document, settings.run_info, out);
  }
  if (settings.format == OutputFormat::vrt) {
    // What had to be dropped or split to keep CWB's rules is worth a warning, as for write_vrt.
    return std::make_unique<formats::VrtWindowWriter>(
        document, out,
        [&document](const std::string& note) { spdlog::warn("{}: {}", document.id(), note); });
  }
  if (settings.format == OutputFormat::tei_inline ||
      settings.format == OutputFormat::tei_inline_rs) {
    if (input.foreign) warn_inline_tei_from_text(document);
    return std::make_unique<InlineWindowWriter>(document, settings, out);
  }
  return std::make_unique<formats::TeiWindowWriter>(document, settings.run_info, out);
}

}  // namespace

bool goes_in_windows(const LoadedInput& input, const RunSettings& settings) {
  return settings.window > 0 && input.document.layer_names().empty() &&
         input.document.text().size() > settings.window;
}

void annotate_in_windows(const LoadedInput& input, const AnnotatorSet& annotators,
                         const RunSettings& settings, unsigned worker, std::ostream& out) {
  const Document& document = input.document;
  const std::string_view text = document.text();
  const std::vector<Offset> ends = window_ends(text, settings.window);
  const auto writer = window_writer(input, settings, out);
  std::string language = document.language();
  Offset begin = 0;
  std::size_t code_points_before = 0;
  for (std::size_t i = 0; i < ends.size(); ++i) {
    const std::string_view piece = text.substr(begin, ends[i] - begin);
    Document window(document.id(), piece);
    // A cut between paragraphs leaves canonical text canonical; anything else would shift
    // every offset after it.
    if (window.text() != piece) {
      throw Error("window " + std::to_string(i + 1) + " of the text changed when made a document");
    }
    window.set_language(language);
    window.metadata() = document.metadata();
    window.metadata()["window"] = std::to_string(i + 1) + "/" + std::to_string(ends.size());
    window.metadata()["window_start"] = std::to_string(code_points_before);
    annotators.annotate(window, worker, settings.before_step);
    if (language == "auto") language = window.language();
    writer->write(window);
    // The progress line moves a window at a time, not only when the whole document is done.
    if (settings.progress) settings.progress->part_done(ends[i] - begin);
    code_points_before += window.offsets().code_point_offset(static_cast<Offset>(piece.size()));
    begin = ends[i];
  }
  writer->finish();
}

}  // namespace strata::host
