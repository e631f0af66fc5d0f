#include "tei_inline_body.hpp"

#include "body_printer.hpp"
#include "structure_walk.hpp"
#include "tei_body.hpp"

namespace strata::formats {
namespace {

// A structure walk's visitor that hands the body's own content to a BodyPrinter and writes
// the projection's tags where their offsets fall: before a token or text that starts at or
// after them, and, for end tags, before the end of the sentence or paragraph that holds them.
class InlinePrinter {
 public:
  InlinePrinter(BodyPrinter& body, RawOutput& out, const TextStructure& structure,
                const InlineProjection& projection, const std::vector<std::string>& sentence_ana)
      : body_(body),
        out_(out),
        structure_(structure),
        projection_(projection),
        sentence_ana_(sentence_ana) {}

  void text(Offset begin, Offset end) {
    const auto& events = projection_.events();
    for (; next_ < events.size() && events[next_].at < end; ++next_) {
      if (events[next_].at > begin) {
        body_.text(begin, events[next_].at);
        begin = events[next_].at;
      }
      write(events[next_]);
    }
    if (begin < end) body_.text(begin, end);
  }

  void open(TextStructure::Level level, std::size_t index, const TextStructure::Extent& extent) {
    ends_.push_back(extent.end);
    if (level != TextStructure::sentence || sentence_ana_[index].empty()) {
      body_.open(level, index, extent);
      return;
    }
    scratch_.clear();
    start_element(scratch_, "s");
    append_attribute(scratch_, "xml:id",
                     TextStructure::xml_id(level, structure_.number(level, index)));
    append_attribute(scratch_, "ana", sentence_ana_[index]);
    end_start_tag(scratch_);
    put(scratch_);
  }

  void close(TextStructure::Level level) {
    const auto& events = projection_.events();
    for (; next_ < events.size() && !events[next_].open && events[next_].at <= ends_.back();
         ++next_) {
      write(events[next_]);
    }
    ends_.pop_back();
    body_.close(level);
  }

  void token(std::size_t index, const TextStructure::Extent& extent) {
    const auto& events = projection_.events();
    for (; next_ < events.size() && events[next_].at <= extent.begin; ++next_) {
      write(events[next_]);
    }
    body_.token(index, extent);
  }

 private:
  void write(const InlineProjection::Event& event) {
    const InlineProjection::Element& element = projection_.elements()[event.element];
    scratch_.clear();
    if (!event.open) {
      scratch_ += "</" + element.markup.element + ">";
      put(scratch_);
      return;
    }
    start_element(scratch_, element.markup.element);
    append_attribute(scratch_, "xml:id", projection_.part_id(element, event.part));
    for (const auto& [name, value] : element.markup.attributes) {
      append_attribute(scratch_, name, value);
    }
    if (event.part > 0) {
      append_attribute(scratch_, "prev", "#" + projection_.part_id(element, event.part - 1));
    }
    if (event.part + 1 < element.parts) {
      append_attribute(scratch_, "next", "#" + projection_.part_id(element, event.part + 1));
    }
    end_start_tag(scratch_);
    put(scratch_);
  }

  void put(std::string_view bytes) {
    char* to = out_.room(bytes.size());
    out_.commit(to + bytes.copy(to, bytes.size()));
  }

  BodyPrinter& body_;
  RawOutput& out_;
  const TextStructure& structure_;
  const InlineProjection& projection_;
  const std::vector<std::string>& sentence_ana_;
  std::size_t next_ = 0;      // the next event to write
  std::vector<Offset> ends_;  // of the open paragraph and sentence
  std::string scratch_;
};

}  // namespace

void write_inline_content(const Document& document, const TextStructure& structure,
                          const InlineProjection& projection,
                          const std::vector<std::string>& sentence_ana, RawOutput& out) {
  BodyPrinter body(document, structure, out);
  InlinePrinter printer(body, out, structure, projection, sentence_ana);
  walk_structure(structure, static_cast<Offset>(document.text().size()), printer);
}

void write_inline_body(const Document& document, const TextStructure& structure,
                       const InlineProjection& projection,
                       const std::vector<std::string>& sentence_ana, std::ostream& out) {
  write_body_element(out, [&](RawOutput& raw) {
    write_inline_content(document, structure, projection, sentence_ana, raw);
  });
}

}  // namespace strata::formats
