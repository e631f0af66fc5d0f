// Escaping for HTML text and attribute values, shared by the HTML writer and strata report.
#pragma once

#include <string>
#include <string_view>

namespace strata::formats {

// `text` safe both as element content and inside a double- or single-quoted attribute value:
// & < > " ' become character references, so that no text or feature value (a "</script>", a
// quote) can end an element or an attribute early. Invalid UTF-8 becomes U+FFFD.
std::string html_escaped(std::string_view text);

// The same, appended to `out`.
void append_html_escaped(std::string& out, std::string_view text);

}  // namespace strata::formats
