#include "strata/formats/json_window_writer.hpp"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "json_string.hpp"
#include "json_writer_parts.hpp"
#include "output_buffer.hpp"
#include "strata/error.hpp"
#include "strata/formats/spill_file.hpp"
#include "window_start.hpp"

namespace strata::formats {

// Every layer's annotations so far, in temporary files, in the order the layers first came.
class JsonWindowWriter::Layers {
 public:
  WindowStart& start() { return start_; }

  void add(const Document& window) {
    for (const std::string& name : window.layer_names()) {
      LayerFile& file = find_or_add(name, window.layer(name).producer());
      OutputBuffer buffer(file.annotations.stream());
      write_json_annotations(window, window.layer(name), start_, buffer, file.first);
      buffer.flush();
    }
  }

  // The layers' annotations and the end of the file.
  void write(const Document& document, const RunInfo& run, std::ostream& out) {
    OutputBuffer buffer(out);
    std::vector<std::pair<std::string, std::string>> producers;
    for (const auto& file : files_) {
      if (!producers.empty()) buffer.text() += ',';
      append_json_string(buffer.text(), file->name);
      buffer.text() += ":[";
      buffer.flush();
      file->annotations.copy_to(out);
      buffer.text() += ']';
      producers.emplace_back(file->name, file->producer);
    }
    write_json_tail(document, run, producers, buffer);
    buffer.flush();
  }

 private:
  struct LayerFile {
    std::string name;
    std::string producer;
    SpillFile annotations;
    bool first = true;  // no annotation written yet
  };

  LayerFile& find_or_add(const std::string& name, const std::string& producer) {
    for (auto& file : files_) {
      if (file->name == name) return *file;
    }
    auto& file = files_.emplace_back(std::make_unique<LayerFile>());
    file->name = name;
    file->producer = producer;
    return *file;
  }

  WindowStart start_;
  std::vector<std::unique_ptr<LayerFile>> files_;
};

JsonWindowWriter::JsonWindowWriter(const Document& document, const RunInfo& run, std::ostream& out)
    : document_(document), run_(run), out_(out), layers_(std::make_unique<Layers>()) {}

JsonWindowWriter::~JsonWindowWriter() = default;

void JsonWindowWriter::write(const Document& window) {
  if (!started_) {
    OutputBuffer buffer(out_);
    write_json_head(document_, window.language(), buffer);
    buffer.flush();
    started_ = true;
  }
  layers_->add(window);
  layers_->start().move_past(window);
}

void JsonWindowWriter::finish() {
  if (!started_) throw Error("document '" + document_.id() + "': no window was written");
  layers_->write(document_, run_, out_);
}

}  // namespace strata::formats
