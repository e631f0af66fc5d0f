#include "strata/file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "strata/error.hpp"

namespace strata {

std::string read_file(const std::filesystem::path& file) {
  std::error_code ignored;
  if (std::filesystem::is_directory(file, ignored)) {
    throw Error("cannot read " + file.string() + ": it is a directory");
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error("cannot read " + file.string() + ": " + std::strerror(errno));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw Error("cannot read " + file.string() + ": read error");
  return std::move(content).str();
}

}  // namespace strata
