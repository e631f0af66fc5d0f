#include "xml_stream.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <mutex>
#include <string>

#include "strata/error.hpp"

namespace strata::formats {
namespace {

// Handlers run inside libxml2, which is C: an exception must not cross it. The first one is
// kept, the parser stopped, and the exception thrown again once libxml2 has returned.
struct StreamRun {
  xmlParserCtxtPtr parser = nullptr;
  XmlEvents& events;
  std::exception_ptr failure;
  bool has_root = false;  // whether an element began
};

template <typename Handle>
void guarded(void* data, Handle handle) {
  auto* run = static_cast<StreamRun*>(data);
  if (run->failure) return;  // a handler may be called again before the parser stops
  try {
    handle(run->events);
  } catch (...) {
    run->failure = std::current_exception();
    xmlStopParser(run->parser);
  }
}

const char* text_of(const xmlChar* text) {
  return reinterpret_cast<const char*>(text);
}

void on_start(void* data, const xmlChar* name, const xmlChar** attributes) {
  static const char* const kNone[] = {nullptr};
  const auto* pairs = reinterpret_cast<const char* const*>(attributes);
  static_cast<StreamRun*>(data)->has_root = true;
  guarded(data, [&](XmlEvents& events) {
    events.start_element(text_of(name), XmlAttributes(pairs ? pairs : kNone));
  });
}

void on_end(void* data, const xmlChar*) {
  guarded(data, [](XmlEvents& events) { events.end_element(); });
}

void on_text(void* data, const xmlChar* text, int length) {
  guarded(data, [&](XmlEvents& events) {
    events.text({text_of(text), static_cast<std::size_t>(length)});
  });
}

void on_doctype(void* data, const xmlChar*, const xmlChar*, const xmlChar*) {
  guarded(data, [](XmlEvents&) {
    throw Error("XML with a DOCTYPE is not read (its entities are never fetched or expanded)");
  });
}

// libxml2 would print its messages on standard error; the one that matters becomes the Error.
void say_nothing(void*, const char*, ...) {}

xmlSAXHandler handlers() {
  // SAX1, which libxml2 2.9 keeps: names and attribute values come NUL-terminated, as
  // XmlAttributes has them, where SAX2 gives values as ranges that would need copying.
  xmlSAXHandler handler{};
  handler.startElement = on_start;
  handler.endElement = on_end;
  handler.characters = on_text;
  handler.ignorableWhitespace = on_text;
  handler.cdataBlock = on_text;
  handler.internalSubset = on_doctype;
  handler.warning = say_nothing;
  handler.error = say_nothing;
  handler.fatalError = say_nothing;
  return handler;
}

// libxml2's words for what is wrong, on one line, and where. Three faults get words of their
// own, where libxml2's would mislead: a file cut short or with no element ("Extra content at the
// end of the document") and an end tag that closes another element ("... a line 0 and r").
// (`name` and `nameNr`, the open element, are read from the context as libxml2 2.9 has them.)
std::string error_of(const xmlParserCtxt& parser, bool has_root) {
  const xmlError* error = xmlCtxtGetLastError(const_cast<xmlParserCtxt*>(&parser));
  if (!error) return "not well-formed XML";
  std::string message = error->message ? error->message : "malformed";
  std::replace(message.begin(), message.end(), '\n', ' ');
  while (!message.empty() && message.back() == ' ') message.pop_back();
  const auto name_of = [](const char* name) { return std::string(name ? name : "?"); };
  if (error->code == XML_ERR_DOCUMENT_END || error->code == XML_ERR_DOCUMENT_EMPTY) {
    if (!has_root) message = "the file has no element";
    if (parser.nameNr > 0 && parser.name) {
      message = "the file ends inside <" + std::string(text_of(parser.name)) + ">";
    }
  } else if (error->code == XML_ERR_TAG_NAME_MISMATCH) {
    message = "</" + name_of(error->str2) + "> closes <" + name_of(error->str1) + ">";
  }
  return "not well-formed XML: " + message + " (line " + std::to_string(error->line) + ", column " +
         std::to_string(error->int2) + ")";
}

struct ParserFree {
  void operator()(xmlParserCtxtPtr parser) const { xmlFreeParserCtxt(parser); }
};

}  // namespace

void stream_xml(std::string_view xml, XmlEvents& events) {
  if (xml.empty()) throw Error("not well-formed XML: the file is empty");
  static std::once_flag initialized;
  std::call_once(initialized, xmlInitParser);  // once, before threads share the library
  static xmlSAXHandler handler = handlers();
  StreamRun run{nullptr, events, nullptr};
  const std::unique_ptr<xmlParserCtxt, ParserFree> parser(
      xmlCreatePushParserCtxt(&handler, &run, nullptr, 0, nullptr));
  if (!parser) throw std::bad_alloc();
  run.parser = parser.get();
  // UTF-8, as Strata writes it, whatever the first bytes or the declaration say: UTF-16 is
  // refused, as the tree's parser refuses it (which would otherwise depend on a file's size).
  // libxml2 would take a byte-order mark for text once told the encoding.
  xmlSwitchEncoding(parser.get(), XML_CHAR_ENCODING_UTF8);
  if (xml.starts_with("\xEF\xBB\xBF")) xml.remove_prefix(3);
  xmlSetGenericErrorFunc(nullptr, say_nothing);  // this thread's channel for what has no context
  // No limit on a text's length (a long document's body can be one text of many MB); nothing
  // fetched from the network; and references resolved in attribute values too ("&amp;" would
  // otherwise stay "&#38;"). That resolves only XML's own five and character references: a
  // DOCTYPE, which could declare others, stops the parse before its declarations are read.
  xmlCtxtUseOptions(parser.get(),
                    XML_PARSE_HUGE | XML_PARSE_NONET | XML_PARSE_IGNORE_ENC | XML_PARSE_NOENT);
  // Pieces of 4 MB: libxml2 takes an int length, and a file may be larger.
  constexpr std::size_t kPiece = std::size_t{1} << 22;
  std::size_t at = 0;
  do {
    const std::size_t size = std::min(kPiece, xml.size() - at);
    const bool last = at + size == xml.size();
    const int status =
        xmlParseChunk(parser.get(), xml.data() + at, static_cast<int>(size), last ? 1 : 0);
    if (run.failure) std::rethrow_exception(run.failure);
    if (status != 0 || !parser->wellFormed) throw Error(error_of(*parser, run.has_root));
    at += size;
  } while (at < xml.size());
}

}  // namespace strata::formats
