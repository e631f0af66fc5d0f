// Reading BIO-labelled data in CoNLL columns (KIND, NERMuD, CoNLL-2003), for training and scoring.
#pragma once

#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace strata {

// One sentence: tokens and their labels (O, B-TYPE, I-TYPE), of the same length.
struct ConllSentence {
  std::vector<std::string> tokens;
  std::vector<std::string> labels;
  bool starts_document = false;  // the first sentence after a -DOCSTART- line
};

// A whole file, with what had to be repaired on the way.
struct ConllData {
  std::vector<ConllSentence> sentences;
  std::size_t token_count = 0;
  // Lines naming the file and line of each I-TYPE that continued no TYPE entity; such a label
  // is read as B-TYPE, as real data has them.
  std::vector<std::string> warnings;
};

// Reads one token a line: the first whitespace-separated column is the token, the last its
// label; a blank line ends a sentence; a -DOCSTART- line starts a document. A line with fewer
// than two columns, or a label other than O, B-TYPE or I-TYPE (TYPE made of A-Z, 0-9, _ and -),
// throws Error "NAME:LINE: ..." saying what was expected.
ConllData read_conll(std::istream& in, std::string_view name);

// The same for a file; throws Error naming it if it cannot be read.
ConllData read_conll_file(const std::filesystem::path& path);

// An entity over the tokens [first, last) of a sentence.
struct LabelledTokens {
  std::size_t first = 0;
  std::size_t last = 0;
  std::string type;
  friend bool operator==(const LabelledTokens&, const LabelledTokens&) = default;
};

// The entities a label sequence marks; an I-TYPE after anything but B- or I-TYPE starts one.
std::vector<LabelledTokens> bio_entities(const std::vector<std::string>& labels);

}  // namespace strata
