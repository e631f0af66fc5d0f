// A file given to a reader as XML events (xml_events.hpp) while libxml2 parses it, so that no
// tree of the whole file is ever held.
#pragma once

#include <string_view>

#include "xml_events.hpp"

namespace strata::formats {

// Parses `xml` (UTF-8; other encodings are refused) with libxml2 a piece at a time and calls
// `events`. Throws strata::Error with a one-line message for XML that is not well-formed or has a
// DOCTYPE (whose entities are never read), and passes on whatever `events` throws.
void stream_xml(std::string_view xml, XmlEvents& events);

}  // namespace strata::formats
