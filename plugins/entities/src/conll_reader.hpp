// BIO-tagged data in CoNLL columns (KIND, NERMuD, CoNLL-2003) as the tagger's tags: a thin
// layer over the SDK's reader (strata/conll.hpp), which parses and checks the lines.
#pragma once

#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "labeled_sentence.hpp"
#include "tag_set.hpp"

namespace strata::entities {

// What a CoNLL file holds, with what had to be repaired on the way.
struct ConllData {
  std::vector<LabeledSentence> sentences;
  std::size_t token_count = 0;
  // I-X labels that continued no X entity, read as B-X: real data has them, and a tagger is
  // better off learning from the entity than from nothing.
  std::size_t repaired_inside_labels = 0;
  // One line for all the repairs of the file, naming the first, or none.
  std::vector<std::string> warnings;
};

// Reads the data with strata::read_conll (whose errors, "NAME:LINE: ...", it lets through)
// and maps each label's type to `tags`: a type not in the set throws Error "NAME:LINE: ..."
// naming the types there are.
ConllData read_conll(std::istream& in, std::string_view name, const TagSet& tags);

// The same for a file; throws Error naming it if it cannot be read.
ConllData read_conll_file(const std::filesystem::path& path, const TagSet& tags);

}  // namespace strata::entities
