// Putting the TEI files of a run together as one teiCorpus.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "strata/formats/run_info.hpp"

namespace strata::formats {

// Writes one teiCorpus: a teiHeader of its own (a title, Strata as the authority, how many
// documents and that their ids are prefixed), then the TEI element of each of `tei_files`, in
// order, as it is written, except that every xml:id and every same-document pointer at one gets
// the prefix "dN." (N = 1, 2, ... in order), as ids must be unique in the whole file. What lies
// outside a file's TEI element (declaration, processing instructions, comments) is left out.
// Throws strata::Error when a file is not well-formed XML with a TEI root, before writing
// anything.
void write_tei_corpus(const std::vector<std::string>& tei_files, const RunInfo& run,
                      std::ostream& out);

// The same in three parts, for a corpus written a document at a time: the declaration, the
// teiCorpus start tag and its header for `documents` documents; ...
void write_tei_corpus_start(std::size_t documents, const RunInfo& run, std::ostream& out);
// ... each document's TEI element, its ids and pointers prefixed with `prefix` ("d1.") and its
// namespace declaration left to the corpus's (throws strata::Error, writing nothing, when `tei`
// is not well-formed XML with a TEI root); ...
void write_tei_corpus_member(std::string_view tei, const std::string& prefix, std::ostream& out);
// ... and the end tag.
void write_tei_corpus_end(std::ostream& out);

}  // namespace strata::formats
