#include "csv_reader.hpp"

namespace strata::host {
namespace {

// Reads records character by character; the state is whether we are inside quotes.
class CsvParser {
 public:
  explicit CsvParser(std::string_view text) : text_(text) {}

  std::vector<CsvRecord> records() {
    while (at_ < text_.size()) read_record();
    return std::move(records_);
  }

 private:
  void read_record() {
    CsvRecord record{line_, {}};
    for (;;) {
      record.fields.push_back(read_field());
      if (at_ >= text_.size()) break;
      const char separator = text_[at_++];
      if (separator == '\n') {
        ++line_;
        break;
      }
      // read_field stops only at a comma, a line end or the end of the text.
    }
    const bool blank = record.fields.size() == 1 && record.fields[0].empty() && !quoted_;
    if (!blank) records_.push_back(std::move(record));
  }

  // One field; leaves at_ on the comma or LF after it (a CR before LF is dropped).
  std::string read_field() {
    quoted_ = at_ < text_.size() && text_[at_] == '"';
    return quoted_ ? read_quoted() : read_plain();
  }

  std::string read_plain() {
    std::string field;
    while (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '\n') {
      if (!(text_[at_] == '\r' && next_is('\n'))) field += text_[at_];
      ++at_;
    }
    return field;
  }

  std::string read_quoted() {
    const std::size_t opened_on = line_;
    std::string field;
    ++at_;  // the opening quote
    for (;;) {
      if (at_ >= text_.size()) throw CsvError(opened_on, "a quoted field is not closed");
      const char c = text_[at_++];
      if (c == '"' && at_ < text_.size() && text_[at_] == '"') {
        field += '"';
        ++at_;
      } else if (c == '"') {
        break;
      } else if (c == '\r' && at_ < text_.size() && text_[at_] == '\n') {
        continue;  // the LF that follows is kept
      } else {
        if (c == '\n') ++line_;
        field += c;
      }
    }
    if (at_ < text_.size() && text_[at_] == '\r' && next_is('\n')) ++at_;
    if (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '\n') {
      throw CsvError(line_, "text after a closing quote");
    }
    return field;
  }

  bool next_is(char c) const { return at_ + 1 < text_.size() && text_[at_ + 1] == c; }

  std::string_view text_;
  std::size_t at_ = 0;
  std::size_t line_ = 1;
  bool quoted_ = false;  // whether the last field read was quoted, so "" is not a blank line
  std::vector<CsvRecord> records_;
};

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text) {
  return CsvParser(text).records();
}

}  // namespace strata::host
