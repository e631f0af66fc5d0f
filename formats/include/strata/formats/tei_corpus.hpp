// Putting the TEI files of a run together as one teiCorpus.
#pragma once

#include <istream>
#include <ostream>
#include <string>

#include "strata/formats/run_info.hpp"

namespace strata::formats {

// One teiCorpus, written a document at a time: a teiHeader of its own (a title, Strata as the
// authority, how many documents and that their ids are prefixed), then each document's TEI
// element, then the end tag. Ids must be unique in the whole file, so every xml:id of document N
// and every same-document pointer at one gets the prefix "dN.".

// The declaration, the teiCorpus start tag and its header for `documents` documents.
void write_tei_corpus_start(std::size_t documents, const RunInfo& run, std::ostream& out);

// The TEI element read from `tei`, copied as it is read, its ids and pointers prefixed with
// `prefix` ("d1.") and its namespace declaration left to the corpus's: a document of any size
// costs the memory of its longest tag. What lies outside the TEI element (declaration, doctype,
// processing instructions, comments) is checked and left out; inside it, only that tags nest:
// escapes, empty elements and white space stay as they are. Throws strata::Error when `tei` is
// not XML with a TEI root, maybe after writing part of the element.
void write_tei_corpus_member(std::istream& tei, const std::string& prefix, std::ostream& out);

// The end tag.
void write_tei_corpus_end(std::ostream& out);

}  // namespace strata::formats
