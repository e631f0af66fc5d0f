#include "windowed_run.hpp"

#include <string>
#include <vector>

#include "strata/error.hpp"
#include "strata/formats/tei_window_writer.hpp"
#include "text_windows.hpp"

namespace strata::host {

bool goes_in_windows(const LoadedInput& input, const RunSettings& settings) {
  return settings.window > 0 && settings.format == OutputFormat::tei && !input.foreign &&
         input.document.layer_names().empty() && input.document.text().size() > settings.window;
}

void annotate_in_windows(const Document& document, const AnnotatorSet& annotators,
                         const RunSettings& settings, unsigned worker, std::ostream& out) {
  const std::string_view text = document.text();
  const std::vector<Offset> ends = window_ends(text, settings.window);
  formats::TeiWindowWriter writer(document, settings.run_info, out);
  std::string language = document.language();
  Offset begin = 0;
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
    annotators.annotate(window, worker, settings.before_step);
    if (language == "auto") language = window.language();
    writer.write(window);
    begin = ends[i];
  }
  writer.finish();
}

}  // namespace strata::host
