// The standOff half of read_tei: spanGrp/listAnnotation layers and linkGrp references.
#pragma once

#include <pugixml.hpp>

#include "strata/document.hpp"
#include "tei_reader_body.hpp"

namespace strata::formats {

// Adds a layer per spanGrp or listAnnotation of `stand_off`, in file order, then sets the
// reference features its linkGrps hold (after every layer, so a link may point forward).
// `ids` must hold the inline ids; the standoff ids are added to it. A group's @resp names an
// application of `app_info` (the header's): its label becomes the layer's producer.
void read_standoff(pugi::xml_node stand_off, pugi::xml_node app_info, Document& document,
                   XmlIds& ids);

}  // namespace strata::formats
