#include "training_data.hpp"

#include "conll_reader.hpp"
#include "file_digest.hpp"
#include "strata/error.hpp"

namespace strata::entities {

TrainingData read_training_files(const std::vector<std::filesystem::path>& paths,
                                 const TagSet& tags,
                                 const std::function<void(std::string_view)>& warn) {
  TrainingData data;
  for (const std::filesystem::path& path : paths) {
    ConllData file = read_conll_file(path, tags);
    // An empty file given for training or development is a mistake: a run that went on without
    // it would seem to have used it.
    if (file.sentences.empty()) {
      throw Error(path.string() +
                  ": no sentences (CoNLL: a token and its label on each line, a blank line "
                  "between sentences)");
    }
    if (warn) {
      for (const std::string& warning : file.warnings) warn(warning);
    }
    if (!file.sentences.empty()) file.sentences.front().starts_document = true;
    data.sentences.insert(data.sentences.end(), std::make_move_iterator(file.sentences.begin()),
                          std::make_move_iterator(file.sentences.end()));
    data.files.push_back({path.filename().string(), file_sha256(path)});
  }
  return data;
}

}  // namespace strata::entities
