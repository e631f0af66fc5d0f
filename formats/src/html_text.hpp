// The text of an HTML page (docs/html-output.md): the document's text with an element for each
// stretch of every annotation, and the header's notes on the whole document.
#pragma once

#include <string>
#include <string_view>

#include "strata/document.hpp"
#include "window_start.hpp"

namespace strata::formats {

// Whether a layer is drawn on the page: all but the text's own tokens, sentences and
// paragraphs, which its line breaks already show.
bool is_shown_layer(std::string_view layer);

// Appends the page's text for `document`, a whole document or a window of a larger one whose
// annotation N of a layer the page numbers N plus `start`'s annotations of that layer before it.
void append_page_text(const Document& document, const WindowStart& start, std::string& out);

// Appends the header's notes on the annotations of `document` whose "scope" is "document".
void append_document_notes(const Document& document, const WindowStart& start, std::string& out);

// Appends ` name="value"`, the value escaped.
void append_html_attribute(std::string& out, std::string_view name, std::string_view value);

}  // namespace strata::formats
