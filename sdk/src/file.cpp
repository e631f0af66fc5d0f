#include "strata/file.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "strata/error.hpp"

namespace strata {

std::string read_file(const std::filesystem::path& file) {
  std::error_code ignored;
  if (std::filesystem::is_directory(file, ignored)) {
    throw Error("cannot read " + file.string() + ": it is a directory");
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error("cannot read " + file.string() + ": " + std::strerror(errno));
  // At once into a string of the file's size, where it has one: a string grown as a stream was
  // copied into it took up to three times the file while it was read.
  std::string content;
  std::error_code no_size;
  const std::uintmax_t size = std::filesystem::file_size(file, no_size);
  if (!no_size && size > 0) {
    content.resize(static_cast<std::size_t>(size));
    in.read(content.data(), static_cast<std::streamsize>(size));
    content.resize(static_cast<std::size_t>(in.gcount()));
  }
  // The rest: all of a file without a size (a pipe), or what was added to it meanwhile.
  std::array<char, 1 << 16> chunk;
  while (in.good()) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    content.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw Error("cannot read " + file.string() + ": read error");
  return content;
}

}  // namespace strata
