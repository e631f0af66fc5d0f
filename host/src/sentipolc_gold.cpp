#include "sentipolc_gold.hpp"

#include <array>
#include <set>

#include "csv_reader.hpp"
#include "eval_checks.hpp"
#include "setup_error.hpp"
#include "strata/error.hpp"
#include "strata/file.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

const std::array<const char*, 9> kColumns = {"idtwitter", "subj", "opos", "oneg", "iro",
                                             "lpos",      "lneg", "top",  "text"};
constexpr std::size_t kId = 0, kPositive = 2, kNegative = 3, kText = 8;

bool is_header(const CsvRecord& record) {
  return record.fields.size() == kColumns.size() && record.fields[kId] == kColumns[kId];
}

bool flag(const CsvRecord& record, std::size_t column, const std::string& where) {
  const std::string& value = record.fields[column];
  if (value != "0" && value != "1") {
    throw SetupError(where + ": " + kColumns[column] + " is '" + value + "', not 0 or 1");
  }
  return value == "1";
}

}  // namespace

std::vector<SentipolcItem> read_sentipolc_gold(const fs::path& file) {
  std::vector<CsvRecord> records;
  try {
    records = parse_csv(read_file(file));
  } catch (const CsvError& e) {
    throw SetupError(file.string() + ":" + std::to_string(e.line()) + ": " + e.what());
  } catch (const Error& e) {
    throw SetupError(e.what());
  }
  std::vector<SentipolcItem> items;
  std::set<std::string> ids;
  for (const auto& record : records) {
    const std::string where = file.string() + ":" + std::to_string(record.line);
    if (record.fields.size() != kColumns.size()) {
      throw SetupError(where + ": " + std::to_string(record.fields.size()) + " fields, not " +
                       std::to_string(kColumns.size()));
    }
    if (&record == &records.front() && is_header(record)) continue;
    SentipolcItem item{record.fields[kId], flag(record, kPositive, where),
                       flag(record, kNegative, where),
                       canonical_gold_text(record.fields[kText], where)};
    if (item.id.empty()) throw SetupError(where + ": the idtwitter is empty");
    if (!ids.insert(item.id).second) throw SetupError(where + ": id '" + item.id + "' again");
    items.push_back(std::move(item));
  }
  if (items.empty()) throw SetupError(file.string() + ": no items");
  return items;
}

}  // namespace strata::host
