#include "strata/conll.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <fstream>
#include <sstream>

#include "strata/error.hpp"

namespace strata {
namespace {

bool is_type_name(std::string_view type) {
  if (type.empty()) return false;
  for (char c : type) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  }
  return true;
}

bool is_label(std::string_view label) {
  return label == "O" ||
         ((label.starts_with("B-") || label.starts_with("I-")) && is_type_name(label.substr(2)));
}

std::vector<std::string_view> columns(std::string_view line) {
  std::vector<std::string_view> found;
  std::size_t start = line.find_first_not_of(" \t");
  while (start != std::string_view::npos) {
    const std::size_t stop = line.find_first_of(" \t", start);
    found.push_back(line.substr(start, stop - start));
    start = stop == std::string_view::npos ? stop : line.find_first_not_of(" \t", stop);
  }
  return found;
}

// Reads line by line, collecting the sentence being read.
class ConllReader {
 public:
  explicit ConllReader(std::string_view name) : name_(name) {}

  ConllData read(std::istream& in) {
    std::string line;
    while (std::getline(in, line)) {
      ++line_number_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      take(line);
    }
    end_sentence();
    return std::move(data_);
  }

 private:
  std::string where() const { return std::string(name_) + ":" + std::to_string(line_number_); }

  void take(std::string_view line) {
    // A token in another encoding (Latin-1 "Citt\xe0") would train a model on bytes no
    // document holds, or be scored against text that cannot match.
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(line.data());
    const auto length = static_cast<std::int32_t>(line.size());
    for (std::int32_t i = 0; i < length;) {
      const std::int32_t at = i;
      UChar32 c = 0;
      U8_NEXT(bytes, i, length, c);
      if (c < 0) throw Error(where() + ": invalid UTF-8 at byte " + std::to_string(at + 1));
    }
    const auto parts = columns(line);
    if (parts.empty()) return end_sentence();
    if (parts.front() == "-DOCSTART-") {
      end_sentence();
      next_starts_document_ = true;
      return;
    }
    if (parts.size() < 2) {
      throw Error(where() + ": expected a token and a label separated by whitespace, found '" +
                  std::string(line) + "'");
    }
    std::string label(parts.back());
    if (!is_label(label)) {
      throw Error(where() + ": label '" + label + "' is not O, B-TYPE or I-TYPE");
    }
    if (label.starts_with("I-") && !continues(label)) {
      data_.warnings.push_back(where() + ": " + label + " continues no entity; read as B-" +
                               label.substr(2));
      label[0] = 'B';
    }
    sentence_.tokens.emplace_back(parts.front());
    sentence_.labels.push_back(std::move(label));
    ++data_.token_count;
  }

  bool continues(const std::string& inside) const {
    if (sentence_.labels.empty()) return false;
    const std::string& previous = sentence_.labels.back();
    return previous.size() > 2 && previous.substr(2) == inside.substr(2);
  }

  void end_sentence() {
    if (sentence_.tokens.empty()) return;
    sentence_.starts_document = next_starts_document_;
    next_starts_document_ = false;
    data_.sentences.push_back(std::move(sentence_));
    sentence_ = {};
  }

  std::string_view name_;
  int line_number_ = 0;
  bool next_starts_document_ = false;
  ConllSentence sentence_;
  ConllData data_;
};

}  // namespace

ConllData read_conll(std::istream& in, std::string_view name) {
  return ConllReader(name).read(in);
}

ConllData read_conll_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw Error("cannot read " + path.string());
  ConllData data = read_conll(in, path.string());
  if (in.bad()) throw Error("error reading " + path.string());
  return data;
}

std::vector<LabelledTokens> bio_entities(const std::vector<std::string>& labels) {
  std::vector<LabelledTokens> entities;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const std::string& label = labels[i];
    if (label.size() < 3) continue;  // O
    const std::string type = label.substr(2);
    const bool continuing = label[0] == 'I' && !entities.empty() && entities.back().last == i &&
                            entities.back().type == type;
    if (continuing) {
      entities.back().last = i + 1;
    } else {
      entities.push_back({i, i + 1, type});
    }
  }
  return entities;
}

}  // namespace strata
