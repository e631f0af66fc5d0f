#include "gazetteer_files.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include "strata/error.hpp"

namespace strata::entities {
namespace {

constexpr std::string_view kPrefix = "gazetteer-";
constexpr std::string_view kSuffix = ".txt";
constexpr std::string_view kWeakSuffix = "-weak.txt";

bool is_list(const std::string& name) {
  return name.starts_with(kPrefix) && name.ends_with(kSuffix);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read gazetteer file " + path.string());
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw Error("error reading gazetteer file " + path.string());
  return std::move(content).str();
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
  gazetteer.add_list(read_file(file), file.string(), strength, types);
}

}  // namespace strata::entities
