#include "strata/formats/tei_corpus.hpp"

#include <pugixml.hpp>

namespace strata::formats {
namespace {

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
  append_text_element(
      file_desc.append_child("sourceDesc"), "p",
      std::to_string(documents) +
          " documents, each a TEI with its own header saying how and when it was annotated, put "
          "together by strata " +
          run.program_version + " at " + run.timestamp +
          "; the xml:ids of document N, and the pointers at them, begin with dN, N counting all "
          "of the run's documents.");
}

}  // namespace

void write_tei_corpus_start(std::size_t documents, const RunInfo& run, std::ostream& out) {
  pugi::xml_document header;
  pugi::xml_node corpus = header.append_child("teiCorpus");
  append_corpus_header(corpus, documents, run);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">\n";
  corpus.first_child().print(out, "  ", pugi::format_indent, pugi::encoding_utf8, 1);
}

void write_tei_corpus_end(std::ostream& out) {
  out << "</teiCorpus>\n";
}

}  // namespace strata::formats
