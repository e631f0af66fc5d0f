#include "strata/formats/vrt_window_writer.hpp"

#include <algorithm>
#include <utility>

#include "strata/error.hpp"
#include "vrt_writer_parts.hpp"
#include "window_start.hpp"

namespace strata::formats {

VrtWindowWriter::VrtWindowWriter(const Document& document, std::ostream& out,
                                 std::function<void(const std::string&)> note)
    : document_(document),
      out_(out),
      note_(std::move(note)),
      start_(std::make_unique<WindowStart>()) {}

VrtWindowWriter::~VrtWindowWriter() = default;

void VrtWindowWriter::write(const Document& window) {
  const TextStructure structure = vrt_structure(window);
  const std::string where = "window " + std::to_string(windows_ + 1) + ": ";
  std::vector<std::string> notes;
  std::string text;
  if (windows_ == 0) {
    columns_ = token_feature_names(window);
    text = vrt_text_start(document_);
  } else {
    for (const std::string& feature : token_feature_names(window)) {
      if (std::find(columns_.begin(), columns_.end(), feature) == columns_.end()) {
        notes.push_back("token feature '" + feature +
                        "' is not a column of the first window and is left out");
      }
    }
  }
  append_vrt_tokens(window, structure, columns_, *start_, text, notes);
  out_ << text;
  ++windows_;
  start_->move_past(window);
  for (const std::string& line : notes) note_(where + line);
}

void VrtWindowWriter::finish() {
  if (windows_ == 0) throw Error("document '" + document_.id() + "': no window was written");
  out_ << "</text>\n";
}

}  // namespace strata::formats
