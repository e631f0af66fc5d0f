#include "gazetteer_files.hpp"

#include <algorithm>
#include <vector>

#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/list_text.hpp"

namespace strata::entities {
namespace {

constexpr std::string_view kPrefix = "gazetteer-";
constexpr std::string_view kSuffix = ".txt";
constexpr std::string_view kWeakSuffix = "-weak.txt";

bool is_list(const std::string& name) {
  return name.starts_with(kPrefix) && name.ends_with(kSuffix);
}

// The list's text; the error says it was a gazetteer that could not be read.
std::string list_text(const std::filesystem::path& path) {
  try {
    return read_file(path);
  } catch (const Error&) {
    throw Error("cannot read gazetteer file " + path.string());
  }
}

}  // namespace

Gazetteer load_gazetteer(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.is_regular_file() && is_list(entry.path().filename().string())) {
      files.push_back(entry.path());
    }
  }
  if (error)
    throw Error("cannot list gazetteer folder " + folder.string() + ": " + error.message());
  if (files.empty()) throw Error("no gazetteer-*.txt file in " + folder.string());
  std::sort(files.begin(), files.end());
  Gazetteer gazetteer;
  for (const std::filesystem::path& file : files) {
    const bool weak = file.filename().string().ends_with(kWeakSuffix);
    add_gazetteer_file(gazetteer, file, weak ? Strength::weak : Strength::strong);
  }
  return gazetteer;
}

void add_gazetteer_file(Gazetteer& gazetteer, const std::filesystem::path& file, Strength strength,
                        std::span<const std::string_view> types) {
  gazetteer.add_list(canonicalize_list(list_text(file), file.string()), file.string(), strength,
                     types);
}

}  // namespace strata::entities
