#include "strata/formats/tei_corpus.hpp"

#include <memory>
#include <pugixml.hpp>

#include "strata/error.hpp"
#include "xml_id_prefix.hpp"

namespace strata::formats {
namespace {

// Comments and processing instructions inside a TEI are part of it.
constexpr unsigned kParseOptions =
    pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_comments | pugi::parse_pi;

pugi::xml_node append_text_element(pugi::xml_node parent, const char* name,
                                   const std::string& text) {
  pugi::xml_node element = parent.append_child(name);
  element.append_child(pugi::node_pcdata).set_value(text.c_str());
  return element;
}

// The corpus's own header; each TEI keeps its own.
void append_corpus_header(pugi::xml_node corpus, std::size_t documents, const RunInfo& run) {
  pugi::xml_node file_desc = corpus.append_child("teiHeader").append_child("fileDesc");
  append_text_element(file_desc.append_child("titleStmt"), "title",
                      "Corpus of " + std::to_string(documents) + " documents");
  append_text_element(file_desc.append_child("publicationStmt"), "authority", "Strata");
  append_text_element(file_desc.append_child("sourceDesc"), "p",
                      std::to_string(documents) + " documents annotated by strata " +
                          run.program_version + " at " + run.timestamp +
                          ", each a TEI with its own header; the xml:ids of document N, and the "
                          "pointers at them, begin with dN, N counting all of the run's documents.");
}

// The TEI element of `tei`, parsed into `tree`. Throws strata::Error naming the document
// (`number`, from 1; 0 when it has none) when it is not well-formed XML with a TEI root.
pugi::xml_node parse_tei(std::string_view tei, pugi::xml_document& tree, std::size_t number) {
  const auto parsed = tree.load_buffer(tei.data(), tei.size(), kParseOptions, pugi::encoding_utf8);
  if (!parsed || std::string_view(tree.document_element().name()) != "TEI") {
    const std::string which = number > 0 ? "document " + std::to_string(number) : "a document";
    throw Error("cannot put " + which +
                " into the teiCorpus: " + (parsed ? "its root is not TEI" : parsed.description()));
  }
  return tree.document_element();
}

}  // namespace

void write_tei_corpus(const std::vector<std::string>& tei_files, const RunInfo& run,
                      std::ostream& out) {
  // Everything that can fail is checked first; then each file is parsed again as it is written,
  // so that the corpus is never held as one tree.
  for (std::size_t i = 0; i < tei_files.size(); ++i) {
    pugi::xml_document tree;
    parse_tei(tei_files[i], tree, i + 1);
  }
  write_tei_corpus_start(tei_files.size(), run, out);
  for (std::size_t i = 0; i < tei_files.size(); ++i) {
    write_tei_corpus_member(tei_files[i], "d" + std::to_string(i + 1) + ".", out);
  }
  write_tei_corpus_end(out);
}

void write_tei_corpus_start(std::size_t documents, const RunInfo& run, std::ostream& out) {
  pugi::xml_document header;
  pugi::xml_node corpus = header.append_child("teiCorpus");
  append_corpus_header(corpus, documents, run);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">\n";
  corpus.first_child().print(out, "  ", pugi::format_indent, pugi::encoding_utf8, 1);
}

void write_tei_corpus_member(std::string_view tei, const std::string& prefix, std::ostream& out) {
  pugi::xml_document tree;
  pugi::xml_node root = parse_tei(tei, tree, 0);
  prefix_xml_ids(root, prefix);
  root.remove_attribute("xmlns");  // the corpus declares the namespace once
  root.print(out, "", pugi::format_raw, pugi::encoding_utf8);
  out << '\n';
}

void write_tei_corpus_end(std::ostream& out) {
  out << "</teiCorpus>\n";
}

}  // namespace strata::formats
