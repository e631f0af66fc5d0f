// Annotating a document too large to hold whole with all its layers, one window at a time.
#pragma once

#include <ostream>

#include "annotator_set.hpp"
#include "corpus_run.hpp"
#include "document_input.hpp"

namespace strata::host {

// Whether the run annotates `input` in windows: a text with no layers yet (plain text, or the
// text of TEI from elsewhere) longer than settings.window bytes, in a format with a window
// writer.
bool goes_in_windows(const LoadedInput& input, const RunSettings& settings);

// Cuts the document's text into windows of at most settings.window bytes between paragraphs
// (text_windows.hpp), runs the chain on each as a document of its own and writes each to `out`
// as it is done (a formats::WindowWriter), so memory holds one window's
// layers. Each window carries the document's metadata, the metadata "window" = "N/M" (from 1),
// so that a plugin can tell a window from a document, and "window_start", the code points of the
// text before it, which a plugin adds to a position in the text it keeps as a number; its language
// is the document's, or where that is "auto", the one the first window's chain detected. Throws
// what the chain or the writer throws. TEI from elsewhere written as TEI goes back into its file
// (formats::ForeignTeiWindowWriter).
void annotate_in_windows(const LoadedInput& input, const AnnotatorSet& annotators,
                         const RunSettings& settings, unsigned worker, std::ostream& out);

}  // namespace strata::host
