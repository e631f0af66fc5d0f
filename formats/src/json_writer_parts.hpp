// The pieces of the JSON a document is written as, whole (write_json) or a window at a time
// (JsonWindowWriter).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "output_buffer.hpp"
#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"
#include "window_start.hpp"

namespace strata::formats {

// {"id":..,"lang":`language`,"text":..,"layers":{ — the text a chunk at a time.
void write_json_head(const Document& document, std::string_view language, OutputBuffer& buffer);

// The annotations of `layer` in offset order, comma-separated (none before the first when
// `first`, which is then cleared), ids, offsets and references numbered on from `start`.
void write_json_annotations(const Document& document, const Layer& layer, const WindowStart& start,
                            OutputBuffer& buffer, bool& first);

// },"metadata":..,"strata":..} and a newline, with each layer's producer (layer, producer).
void write_json_tail(const Document& document, const RunInfo& run,
                     const std::vector<std::pair<std::string, std::string>>& producers,
                     OutputBuffer& buffer);

}  // namespace strata::formats
