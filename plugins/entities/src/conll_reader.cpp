#include "conll_reader.hpp"

#include <fstream>
#include <sstream>

#include "strata/conll.hpp"
#include "strata/error.hpp"
#include "text_lines.hpp"

namespace strata::entities {
namespace {

constexpr std::string_view kSpaces = " \t";

// The number of the first line whose label, its last column, is of `type`: the SDK's reader
// keeps no line numbers, and this is only needed to point at a label it accepted but the tag
// set lacks.
std::size_t line_of_type(std::string_view content, std::string_view type) {
  TextLines lines(content);
  while (std::optional<std::string_view> line = lines.next()) {
    line = line->substr(0, line->find_last_not_of(kSpaces) + 1);
    const std::string_view label = line->substr(line->find_last_of(kSpaces) + 1);
    if (label.size() == type.size() + 2 && label.substr(2) == type) return lines.number();
  }
  return 0;
}

[[noreturn]] void unknown_type(std::string_view name, std::string_view content,
                               const std::string& label, const TagSet& tags) {
  const std::string_view type = std::string_view(label).substr(2);
  throw Error(std::string(name) + ":" + std::to_string(line_of_type(content, type)) +
              ": label of unknown type '" + std::string(type) + "': expected O, B-X or I-X " +
              "with X one of " + tags.describe());
}

// The tag of a label the SDK's reader accepted: "O", "B-X" or "I-X".
Tag tag_of(const std::string& label, const TagSet& tags, std::string_view name,
           std::string_view content) {
  if (label == "O") return TagSet::kOutside;
  const std::optional<std::size_t> type = tags.find_type(std::string_view(label).substr(2));
  if (!type) unknown_type(name, content, label, tags);
  return label[0] == 'B' ? TagSet::begin_tag(*type) : TagSet::inside_tag(*type);
}

ConllData read_content(const std::string& content, std::string_view name, const TagSet& tags) {
  std::istringstream in(content);
  strata::ConllData read = strata::read_conll(in, name);
  ConllData data;
  data.token_count = read.token_count;
  data.repaired_inside_labels = read.warnings.size();
  if (!read.warnings.empty()) {
    std::string summary = read.warnings.front();
    if (read.warnings.size() > 1) {
      summary += " (and " + std::to_string(read.warnings.size() - 1) + " more like it)";
    }
    data.warnings.push_back(std::move(summary));
  }
  data.sentences.reserve(read.sentences.size());
  for (strata::ConllSentence& sentence : read.sentences) {
    LabeledSentence& labeled = data.sentences.emplace_back();
    labeled.tokens = std::move(sentence.tokens);
    labeled.starts_document = sentence.starts_document;
    labeled.tags.reserve(sentence.labels.size());
    for (const std::string& label : sentence.labels) {
      labeled.tags.push_back(tag_of(label, tags, name, content));
    }
  }
  return data;
}

}  // namespace

ConllData read_conll(std::istream& in, std::string_view name, const TagSet& tags) {
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw Error(std::string(name) + ": read error");
  return read_content(std::move(content).str(), name, tags);
}

ConllData read_conll_file(const std::filesystem::path& path, const TagSet& tags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read " + path.string());
  return read_conll(in, path.string(), tags);
}

}  // namespace strata::entities
