#include "strata/formats/html_writer.hpp"

#include <algorithm>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "html_page.hpp"
#include "html_text.hpp"
#include "strata/error.hpp"
#include "strata/formats/html_escape.hpp"
#include "strata/formats/html_window_writer.hpp"
#include "strata/formats/spill_file.hpp"
#include "window_start.hpp"

namespace strata::formats {
namespace {

// A layer the page shows and how many annotations it has.
struct ShownLayer {
  std::string name;
  std::size_t size = 0;
};

void write_head(const Document& document, const std::string& language, std::ostream& out) {
  std::string html = "<!DOCTYPE html>\n<html";
  append_html_attribute(html, "lang", language);
  html +=
      ">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  append_html_escaped(html, document.id());
  html += "</title>\n<style>";
  html += html_style();
  html += "</style>\n</head>\n<body>\n";
  out << html;
}

void write_header(const Document& document, const std::string& language, const RunInfo& run,
                  std::string_view notes, std::ostream& out) {
  std::string html = "<header><h1>";
  append_html_escaped(html, document.id());
  html += "</h1><div>language: ";
  append_html_escaped(html, language);
  for (const auto& [key, value] : document.metadata()) {
    html += " &middot; ";
    append_html_escaped(html, key + ": " + value);
  }
  html += notes;
  html += "</div><table><tr><th>plugin</th><th>version</th><th>options</th></tr>";
  for (const AppliedPlugin& plugin : run.plugins) {
    std::string options;
    for (const auto& [name, value] : plugin.options) {
      options += (options.empty() ? "" : "; ") + name + "=" + value;
    }
    html += "<tr><td>";
    append_html_escaped(html, plugin.name);
    html += "</td><td>";
    append_html_escaped(html, plugin.version);
    html += "</td><td>";
    append_html_escaped(html, options);
    html += "</td></tr>";
  }
  html += "</table><div>strata ";
  append_html_escaped(html, run.program_version + ", " + run.timestamp);
  html += "</div></header>\n";
  out << html;
}

void write_panel(const std::vector<ShownLayer>& shown, std::ostream& out) {
  std::string html = "<nav id=\"layers\">layers: ";
  for (const ShownLayer& layer : shown) {
    html += "<label><input type=\"checkbox\" checked";
    append_html_attribute(html, "value", layer.name);
    html += "> ";
    append_html_escaped(html, layer.name + " (" + std::to_string(layer.size) + ")");
    html += "</label>";
  }
  html += "</nav>\n";
  out << html;
}

}  // namespace

// The page's text waits, the first window's in memory and from a second on in a temporary file,
// until the header, which counts every layer's annotations, can be written before it.
class HtmlWindowWriter::Page {
 public:
  Page(const Document& document, const RunInfo& run, std::ostream& out)
      : document_(document), run_(run), out_(out) {}

  void write(const Document& window) {
    if (!written_) language_ = window.language();
    for (const std::string& name : window.layer_names()) {
      if (!is_shown_layer(name)) continue;
      if (std::find_if(shown_.begin(), shown_.end(), [&](const ShownLayer& layer) {
            return layer.name == name;
          }) == shown_.end()) {
        shown_.push_back({name, 0});
      }
    }
    append_document_notes(window, start_, notes_);
    if (written_ && !spilled_) {
      spilled_ = std::make_unique<SpillFile>();
      spilled_->stream() << text_;
      std::string().swap(text_);
    }
    std::string text;
    append_page_text(window, start_, spilled_ ? text : text_);
    if (spilled_) spilled_->stream() << text;
    for (ShownLayer& layer : shown_) {
      if (const Layer* in_window = window.find_layer(layer.name)) layer.size += in_window->size();
    }
    start_.move_past(window);
    written_ = true;
  }

  void finish() {
    if (!written_) throw Error("document '" + document_.id() + "': no window was written");
    write_head(document_, language_, out_);
    write_header(document_, language_, run_, notes_, out_);
    write_panel(shown_, out_);
    out_ << "<main id=\"text\">";
    if (spilled_) {
      spilled_->copy_to(out_);
    } else {
      out_ << text_;
    }
    out_ << "</main>\n<script>" << html_script() << "</script>\n</body>\n</html>\n";
  }

 private:
  const Document& document_;
  const RunInfo run_;
  std::ostream& out_;
  std::string language_;  // the first window's
  WindowStart start_;
  std::vector<ShownLayer> shown_;  // in the order they first came
  std::string notes_;
  std::string text_;
  std::unique_ptr<SpillFile> spilled_;
  bool written_ = false;
};

HtmlWindowWriter::HtmlWindowWriter(const Document& document, const RunInfo& run, std::ostream& out)
    : page_(std::make_unique<Page>(document, run, out)) {}

HtmlWindowWriter::~HtmlWindowWriter() = default;

void HtmlWindowWriter::write(const Document& window) {
  page_->write(window);
}

void HtmlWindowWriter::finish() {
  page_->finish();
}

void write_html(const Document& document, const RunInfo& run, std::ostream& out) {
  HtmlWindowWriter writer(document, run, out);
  writer.write(document);
  writer.finish();
}

}  // namespace strata::formats
