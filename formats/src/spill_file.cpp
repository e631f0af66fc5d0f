#include "strata/formats/spill_file.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "strata/error.hpp"

namespace strata::formats {

SpillFile::SpillFile() {
  std::error_code error;
  directory_ = std::filesystem::temp_directory_path(error).string();
  if (error) directory_ = "/tmp";
  std::string path = directory_ + "/strata-spill-XXXXXX";
  const int descriptor = ::mkstemp(path.data());
  if (descriptor < 0) {
    throw Error("cannot make a temporary file in " + directory_ + ": " + std::strerror(errno));
  }
  ::close(descriptor);
  stream_.open(path, std::ios::in | std::ios::out | std::ios::binary);
  std::filesystem::remove(path, error);  // the open stream keeps the file until it is closed
  if (!stream_) throw Error("cannot open the temporary file " + path);
}

void SpillFile::copy_to(std::ostream& out) {
  stream_.seekp(0, std::ios::end);
  copy_to(out, 0, stream_.tellp());
}

std::istream& SpillFile::read_back() {
  check_written();
  stream_.seekg(0);
  return stream_;
}

void SpillFile::check_written() {
  stream_.flush();
  if (!stream_) {
    throw Error("cannot write a temporary file in " + directory_ + " (is the disk full?)");
  }
}

void SpillFile::copy_to(std::ostream& out, std::streamoff offset, std::streamsize size) {
  check_written();
  stream_.seekg(offset);
  std::array<char, 1 << 16> chunk;
  while (size > 0) {
    const auto want = std::min<std::streamsize>(size, static_cast<std::streamsize>(chunk.size()));
    if (!stream_.read(chunk.data(), want)) {
      throw Error("cannot read back a temporary file in " + directory_);
    }
    out.write(chunk.data(), want);
    size -= want;
  }
}

}  // namespace strata::formats
