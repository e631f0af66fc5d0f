#include "strata/formats/spill_file.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "strata/error.hpp"
#include "strata/formats/temporary_file.hpp"

namespace strata::formats {

SpillFile::SpillFile() {
  const TemporaryFile made = make_temporary_file("strata-spill");
  ::close(made.descriptor);
  directory_ = made.directory;
  stream_.open(made.path, std::ios::in | std::ios::out | std::ios::binary);
  std::error_code error;
  std::filesystem::remove(made.path, error);  // the open stream keeps the file until it is closed
  if (!stream_) throw Error("cannot open the temporary file " + made.path);
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
