#include "strata/formats/tei_check.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <pugixml.hpp>
#include <unordered_map>

#include "foreign_tei_text.hpp"
#include "sha256.hpp"
#include "strata/file.hpp"
#include "tei_additions.hpp"
#include "tei_parse.hpp"
#include "tei_pointer.hpp"
#include "xml_forbidden_characters.hpp"
#include "xml_output.hpp"
#include "xml_walk.hpp"

namespace strata::formats {
namespace {

// Attributes that hold TEI pointers, the ones whose same-document targets we resolve.
constexpr std::array<std::string_view, 7> kPointerAttributes = {"from", "to",  "target", "resp",
                                                                "who",  "ana", "corresp"};

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t count_code_points(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return !is_continuation_byte(c); }));
}

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The text content of an element: its text and CDATA descendants in document order.
std::string text_content(pugi::xml_node element) {
  std::string text;
  for (pugi::xml_node node = element.first_child(); node; node = next_inside(node, element)) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) text += node.value();
  }
  return text;
}

// Up to 20 bytes of `text` from `at`, whole characters only, quoted and escaped so that a
// problem stays on one line.
std::string excerpt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return "(end of text)";
  std::size_t end = std::min(text.size(), at + 20);
  while (end < text.size() && is_continuation_byte(text[end])) ++end;
  while (at > 0 && is_continuation_byte(text[at])) --at;
  std::string shown = "\"";
  for (char c : text.substr(at, end - at)) {
    if (c == '\n') {
      shown += "\\n";
    } else if (c == '\t') {
      shown += "\\t";
    } else {
      if (c == '"' || c == '\\') shown += '\\';
      shown += c;
    }
  }
  return shown + "\"";
}

// One pass collects the xml:ids, a second resolves the pointers (which may point forward).
class TeiChecker {
 public:
  TeiChecker(std::string_view xml, const TeiCheckOptions& options) : xml_(xml), options_(options) {}

  std::vector<std::string> run() {
    // pugixml lets these pass, and a NUL would end what it reads: the rest would go unchecked.
    if (const auto forbidden = find_forbidden_character(xml_)) {
      problems_.push_back("not well-formed XML: " + forbidden->what + " (line " +
                          std::to_string(line_at(forbidden->at)) + ")");
      return problems_;
    }
    const pugi::xml_parse_result parsed = document_.load_buffer(
        xml_.data(), xml_.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!parsed) {
      problems_.push_back(std::string("not well-formed XML: ") + parsed.description() + " (line " +
                          std::to_string(line_at(parsed.offset)) + ")");
      return problems_;
    }
    if (const std::string beside = beside_the_root(document_, xml_); !beside.empty()) {
      problems_.push_back("not well-formed XML: " + beside);
      return problems_;
    }
    collect_ids();
    for (pugi::xml_node element : elements_) check_pointers(element);
    check_body();
    if (options_.original) check_original();
    return std::move(problems_);
  }

 private:
  struct Identified {
    pugi::xml_node element;
    std::size_t order;  // position in document order
  };

  void collect_ids() {
    for (pugi::xml_node node = document_.first_child(); node; node = next_inside(node, document_)) {
      if (node.type() == pugi::node_element) elements_.push_back(node);
    }
    // Most elements of our files have an id: sizing the table once saves many rehashes.
    ids_.reserve(elements_.size());
    for (std::size_t order = 0; order < elements_.size(); ++order) {
      const pugi::xml_node element = elements_[order];
      const char* id = element.attribute("xml:id").value();
      if (!*id) continue;
      const auto [found, added] = ids_.try_emplace(id, Identified{element, order});
      if (!added) {
        problem(element, "duplicate xml:id \"" + std::string(id) + "\" (first at line " +
                             std::to_string(line_of(found->second.element)) + ")");
      }
    }
  }

  void check_pointers(pugi::xml_node element) {
    for (pugi::xml_attribute attribute : element.attributes()) {
      const std::string_view name = attribute.name();
      if (std::find(kPointerAttributes.begin(), kPointerAttributes.end(), name) ==
          kPointerAttributes.end()) {
        continue;
      }
      const std::string_view items = attribute.value();
      std::size_t i = 0;
      while (i < items.size()) {
        if (is_xml_space(items[i])) {
          ++i;
          continue;
        }
        std::size_t end = i;
        while (end < items.size() && !is_xml_space(items[end])) ++end;
        check_pointer(element, name, items.substr(i, end - i));
        i = end;
      }
    }
    if (std::string_view(element.name()) == "span") check_span(element);
  }

  void check_pointer(pugi::xml_node element, std::string_view attribute, std::string_view item) {
    const TeiPointer pointer = parse_tei_pointer(item);
    const std::string what = "@" + std::string(attribute) + " \"" + std::string(item) + "\"";
    switch (pointer.kind) {
      case TeiPointer::Kind::external:
        return;
      case TeiPointer::Kind::malformed:
        problem(element, what + " is not a pointer this checker understands");
        return;
      case TeiPointer::Kind::id:
      case TeiPointer::Kind::string_range:
        break;
    }
    const auto target = ids_.find(pointer.id);
    if (target == ids_.end()) {
      problem(element, what + " points to no xml:id");
      return;
    }
    if (pointer.kind != TeiPointer::Kind::string_range) return;
    const std::size_t available = text_length(target->first, target->second.element);
    if (pointer.offset > available || pointer.length > available - pointer.offset) {
      problem(element, what + " goes past the " + std::to_string(available) +
                           " characters of the text of \"" + std::string(pointer.id) + "\"");
    }
  }

  // TEI's Schematron rules for span, which jing does not run.
  void check_span(pugi::xml_node span) {
    const pugi::xml_attribute target = span.attribute("target");
    const pugi::xml_attribute from = span.attribute("from");
    const pugi::xml_attribute to = span.attribute("to");
    if (target && from) problem(span, "span has both @target and @from");
    if (target && to) problem(span, "span has both @target and @to");
    if (to && !from) problem(span, "span has @to without @from");
    if (!from || !to) return;
    const TeiPointer first = parse_tei_pointer(from.value());
    const TeiPointer last = parse_tei_pointer(to.value());
    if (first.kind != TeiPointer::Kind::id || last.kind != TeiPointer::Kind::id) return;
    const auto first_found = ids_.find(first.id);
    const auto last_found = ids_.find(last.id);
    if (first_found != ids_.end() && last_found != ids_.end() &&
        last_found->second.order < first_found->second.order) {
      problem(span, "span's @to \"" + std::string(to.value()) + "\" comes before its @from \"" +
                        std::string(from.value()) + "\"");
    }
  }

  // A TEI file, or each TEI of a teiCorpus (nested ones too).
  void check_body() {
    const pugi::xml_node root = document_.document_element();
    if (std::string_view(root.name()) == "teiCorpus") {
      std::size_t count = 0;
      check_corpus(root, count);
      if (count == 0) problems_.push_back("teiCorpus holds no TEI");
    } else if (std::string_view(root.name()) == "TEI") {
      check_text(root, "");
    } else {
      problems_.push_back("no TEI/text/body element");
    }
  }

  void check_corpus(pugi::xml_node corpus, std::size_t& count) {
    for (pugi::xml_node child : corpus.children()) {
      if (std::string_view(child.name()) == "TEI") {
        check_text(child, "TEI " + std::to_string(++count) + ": ");
      } else if (std::string_view(child.name()) == "teiCorpus") {
        check_corpus(child, count);
      }
    }
  }

  // The text of body against the header's SHA-256 and the expected text. Strata's own TEI has
  // the digest in publicationStmt and the primary text as the text of body; TEI from elsewhere
  // annotated by Strata has it in Strata's application, and the primary text is what the rule
  // of docs/tei-input.md takes from body.
  void check_text(pugi::xml_node tei, const std::string& which) {
    const pugi::xml_node body = tei.child("text").child("body");
    if (!body) {
      problems_.push_back(which + "no TEI/text/body element");
      return;
    }
    const pugi::xml_node header = tei.child("teiHeader");
    pugi::xml_node idno = header.child("fileDesc")
                              .child("publicationStmt")
                              .find_child_by_attribute("idno", "type", "sha256");
    std::string text;
    if (idno) {
      text = text_content(body);
    } else if ((idno = strata_digest(header))) {
      text = extract_tei_text(body).text;
    } else {
      problems_.push_back(which +
                          "no <idno type=\"sha256\"> in teiHeader/fileDesc/publicationStmt or "
                          "in Strata's application");
      return;
    }
    if (options_.expected_text && text != *options_.expected_text) {
      const std::string& expected = *options_.expected_text;
      const std::size_t at = static_cast<std::size_t>(
          std::mismatch(text.begin(), text.end(), expected.begin(), expected.end()).first -
          text.begin());
      problems_.push_back(which + "the text of body differs from the primary text at character " +
                          std::to_string(count_code_points(std::string_view(text).substr(0, at))) +
                          ": expected " + excerpt(expected, at) + ", found " + excerpt(text, at));
    }
    std::string declared = idno.text().get();
    std::transform(declared.begin(), declared.end(), declared.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (const std::string actual = sha256_hex(text); declared != actual) {
      problem(idno, "the SHA-256 of the text of body is " + actual + ", the header says \"" +
                        declared + "\"");
    }
  }

  // The digest the foreign-TEI writer puts in Strata's application (ident="strata").
  static pugi::xml_node strata_digest(pugi::xml_node header) {
    const pugi::xml_node application =
        header.child("encodingDesc")
            .child("appInfo")
            .find_child_by_attribute("application", "ident", "strata");
    for (pugi::xml_node p : application.children("p")) {
      if (pugi::xml_node idno = p.find_child_by_attribute("idno", "type", "sha256")) return idno;
    }
    return {};
  }

  // The checked file, with Strata's additions taken out, against the file it was made from.
  void check_original() {
    constexpr unsigned kEverything = pugi::parse_default | pugi::parse_ws_pcdata |
                                     pugi::parse_comments | pugi::parse_pi |
                                     pugi::parse_declaration;
    pugi::xml_document annotated;
    pugi::xml_document original;
    annotated.load_buffer(xml_.data(), xml_.size(), kEverything, pugi::encoding_utf8);
    const std::string& original_xml = *options_.original;
    if (const auto parsed = original.load_buffer(original_xml.data(), original_xml.size(),
                                                 kEverything, pugi::encoding_utf8);
        !parsed) {
      problems_.push_back(std::string("the original is not well-formed XML: ") +
                          parsed.description());
      return;
    }
    if (const auto forbidden = find_forbidden_character(original_xml)) {
      problems_.push_back("the original is not well-formed XML: " + forbidden->what);
      return;
    }
    const std::string prefix = added_id_prefix(annotated.document_element());
    if (prefix.empty()) {
      problems_.push_back(
          "no application ident=\"strata\" with a prefixed xml:id: Strata's additions cannot be "
          "told apart from the original");
      return;
    }
    remove_additions(annotated, prefix);
    const std::string expected = raw_nodes(original);
    const std::string found = raw_nodes(annotated);
    if (expected == found) return;
    const std::size_t at = static_cast<std::size_t>(
        std::mismatch(found.begin(), found.end(), expected.begin(), expected.end()).first -
        found.begin());
    problems_.push_back("with Strata's additions (ids " + prefix +
                        "*) taken out, the file differs from the original at byte " +
                        std::to_string(at) + " of their raw XML: expected " +
                        excerpt(expected, at) + ", found " + excerpt(found, at));
  }

  // A document's nodes written raw, one top-level node a line.
  static std::string raw_nodes(const pugi::xml_document& document) {
    std::string out;
    StringXmlWriter writer(out);
    for (pugi::xml_node node : document.children()) {
      node.print(writer, "", pugi::format_raw, pugi::encoding_utf8);
      out += '\n';
    }
    return out;
  }

  // Characters (code points) in the text of the element that has xml:id `id`.
  std::size_t text_length(std::string_view id, pugi::xml_node element) {
    const auto [found, added] = text_lengths_.try_emplace(id, 0);
    if (added) found->second = count_code_points(text_content(element));
    return found->second;
  }

  void problem(pugi::xml_node element, const std::string& message) {
    std::string where = "<" + std::string(element.name());
    if (const char* id = element.attribute("xml:id").value(); *id) {
      where += " xml:id=\"" + std::string(id) + "\"";
    }
    problems_.push_back(where + "> (line " + std::to_string(line_of(element)) + "): " + message);
  }

  std::size_t line_of(pugi::xml_node node) {
    return line_at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, node.offset_debug())));
  }

  std::size_t line_at(std::size_t offset) {
    if (line_ends_.empty()) {
      for (std::size_t i = 0; i < xml_.size(); ++i) {
        if (xml_[i] == '\n') line_ends_.push_back(i);
      }
      line_ends_.push_back(xml_.size());
    }
    return 1 +
           static_cast<std::size_t>(std::lower_bound(line_ends_.begin(), line_ends_.end(), offset) -
                                    line_ends_.begin());
  }

  std::string_view xml_;
  const TeiCheckOptions& options_;
  pugi::xml_document document_;
  std::vector<pugi::xml_node> elements_;
  std::unordered_map<std::string_view, Identified> ids_;
  std::unordered_map<std::string_view, std::size_t> text_lengths_;
  std::vector<std::string> problems_;
  std::vector<std::size_t> line_ends_;  // offsets of the '\n's, made on first use
};

}  // namespace

std::vector<std::string> check_tei(std::string_view xml, const TeiCheckOptions& options) {
  return TeiChecker(xml, options).run();
}

std::vector<std::string> check_tei_file(const std::filesystem::path& file,
                                        const TeiCheckOptions& options) {
  return check_tei(read_file(file), options);
}

}  // namespace strata::formats
