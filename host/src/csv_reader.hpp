// Comma-separated values as RFC 4180 writes them, for gold sets distributed as CSV.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace strata::host {

// One record and the line it starts on (1-based), since a quoted field may span lines.
struct CsvRecord {
  std::size_t line = 0;
  std::vector<std::string> fields;
};

// A malformed record: an unclosed quote, or text right after a closing quote.
class CsvError : public std::runtime_error {
 public:
  CsvError(std::size_t line, const std::string& what) : std::runtime_error(what), line_(line) {}
  std::size_t line() const { return line_; }

 private:
  std::size_t line_;
};

// Splits `text` into records. Fields may be quoted, with "" for a quote inside; a quoted field
// may hold commas and line breaks. Records end at LF or CRLF; a CRLF inside a quoted field
// becomes LF. Empty lines are skipped. Throws CsvError.
std::vector<CsvRecord> parse_csv(std::string_view text);

}  // namespace strata::host
