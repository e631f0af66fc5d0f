#include "document_input.hpp"

#include <algorithm>
#include <iostream>
#include <sstream>

#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/formats/json_reader.hpp"
#include "strata/formats/tei_reader.hpp"

namespace strata::host {
namespace {

std::string read_input(const Job& job) {
  if (!job.source.empty()) return read_file(job.source);
  std::ostringstream content;
  content << std::cin.rdbuf();
  return std::move(content).str();
}

Document parsed(const Job& job, const std::string& content) {
  switch (input_kind(job.source)) {
    case InputKind::json:
      return formats::read_json(content);
    case InputKind::tei:
      return formats::read_strata_tei(content);
    case InputKind::text:
      break;
  }
  return Document(job.id, content);
}

}  // namespace

InputKind input_kind(const std::filesystem::path& source) {
  const auto extension = source.extension();
  if (extension == ".json") return InputKind::json;
  if (extension == ".xml") return InputKind::tei;
  return InputKind::text;
}

bool is_input_file(const std::filesystem::path& file) {
  const auto extension = file.extension();
  return extension == ".txt" || extension == ".json" || extension == ".xml";
}

bool any_annotated_input(const std::vector<Job>& jobs) {
  return std::any_of(jobs.begin(), jobs.end(),
                     [](const Job& job) { return input_kind(job.source) != InputKind::text; });
}

Document load_document(const Job& job, const LanguageChoice& language) {
  const std::string content = read_input(job);
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw Error(content.empty() ? "empty file" : "no text (only whitespace)");
  }
  Document document = parsed(job, content);
  if (input_kind(job.source) == InputKind::text || language.overrides_stored) {
    document.set_language(language.language);
  }
  return document;
}

}  // namespace strata::host
