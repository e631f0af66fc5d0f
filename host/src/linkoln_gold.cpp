#include "linkoln_gold.hpp"

#include <nlohmann/json.hpp>
#include <sstream>

#include "setup_error.hpp"
#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/text.hpp"

namespace strata::host {
namespace {

std::string document_key(std::size_t line) {
  std::string key = std::to_string(line);
  return std::string(key.size() < 4 ? 4 - key.size() : 0, '0') + key;
}

ScoredDocument row_document(const std::string& line) {
  const nlohmann::json row = nlohmann::json::parse(line);
  if (!row.is_object()) throw Error("not a JSON object");
  if (!row.contains("text") || !row["text"].is_string()) throw Error("no string \"text\"");
  if (!row.contains("gold_ids") || !row["gold_ids"].is_array()) {
    throw Error("no array \"gold_ids\"");
  }
  ScoredDocument document{canonicalize_text(row["text"].get<std::string>()), {}, {}};
  for (const nlohmann::json& id : row["gold_ids"]) {
    if (!id.is_string()) throw Error("a gold id that is not a string");
    document.ids.push_back(id.get<std::string>());
  }
  return document;
}

}  // namespace

ScoredCorpus read_linkoln_corpus(const std::filesystem::path& file) {
  std::string content;
  try {
    content = read_file(file);
  } catch (const Error& e) {
    throw SetupError(e.what());
  }
  ScoredCorpus corpus;
  std::istringstream lines(content);
  std::size_t number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      corpus.emplace(document_key(number), row_document(line));
    } catch (const std::exception& e) {
      // nlohmann's messages run on; the first line says enough.
      const std::string message = e.what();
      throw SetupError(file.string() + ":" + std::to_string(number) + ": " +
                       message.substr(0, message.find('\n')));
    }
  }
  if (corpus.empty()) throw SetupError(file.string() + ": no rows");
  return corpus;
}

}  // namespace strata::host
