// Labels and feature structures as read_tei reads them back.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "strata/layer.hpp"

namespace strata::formats {

// The inverse of encode_xml_name: every _xHHHH_ and _xHHHHHHHH_ back to its character.
std::string decode_xml_name(std::string_view name);

// A label as set_label wrote it: @type, else @n, else "".
std::string read_label(pugi::xml_node element);

// Sets on annotation `id` every f of `fs` (string, numeric, binary). `where` starts the message
// of the Error thrown for a value that is not one of those.
void read_features(pugi::xml_node fs, Layer& layer, AnnotationId id, const std::string& where);

}  // namespace strata::formats
