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
                          "pointers at them, begin with dN.");
}

}  // namespace

void write_tei_corpus(const std::vector<std::string>& tei_files, const RunInfo& run,
                      std::ostream& out) {
  // Parsed one at a time, each prefixed, checked and written as it comes: the corpus is never
  // held as one tree. Everything that can fail is checked first.
  for (std::size_t i = 0; i < tei_files.size(); ++i) {
    pugi::xml_document tree;
    const auto parsed = tree.load_buffer(tei_files[i].data(), tei_files[i].size(), kParseOptions,
                                         pugi::encoding_utf8);
    if (!parsed || std::string_view(tree.document_element().name()) != "TEI") {
      throw Error("cannot put document " + std::to_string(i + 1) + " into the teiCorpus: " +
                  (parsed ? "its root is not TEI" : parsed.description()));
    }
  }
  pugi::xml_document header;
  pugi::xml_node corpus = header.append_child("teiCorpus");
  append_corpus_header(corpus, tei_files.size(), run);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">\n";
  corpus.first_child().print(out, "  ", pugi::format_indent, pugi::encoding_utf8, 1);
  for (std::size_t i = 0; i < tei_files.size(); ++i) {
    pugi::xml_document tree;
    tree.load_buffer(tei_files[i].data(), tei_files[i].size(), kParseOptions, pugi::encoding_utf8);
    pugi::xml_node tei = tree.document_element();
    prefix_xml_ids(tei, "d" + std::to_string(i + 1) + ".");
    tei.remove_attribute("xmlns");  // the corpus declares the namespace once
    tei.print(out, "", pugi::format_raw, pugi::encoding_utf8);
    out << '\n';
  }
  out << "</teiCorpus>\n";
}

}  // namespace strata::formats
