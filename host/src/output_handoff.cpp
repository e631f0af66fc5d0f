#include "output_handoff.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "strata/error.hpp"
#include "strata/formats/temporary_file.hpp"

namespace strata::host {

OutputHandoff::OutputHandoff() {
  const formats::TemporaryFile made = formats::make_temporary_file("strata-handoff");
  fd_ = made.descriptor;
  directory_ = made.directory;
  ::unlink(made.path.c_str());  // the open descriptors keep the file until the last is closed
}

OutputHandoff::~OutputHandoff() {
  ::close(fd_);
}

std::uint64_t OutputHandoff::put(std::istream& in) {
  char chunk[1 << 16];
  std::uint64_t size = 0;
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    const auto got = static_cast<std::size_t>(in.gcount());
    for (std::size_t done = 0; done < got;) {
      const ssize_t wrote =
          ::pwrite(fd_, chunk + done, got - done, static_cast<off_t>(size + done));
      if (wrote < 0 && errno == EINTR) continue;
      if (wrote <= 0) {
        throw Error("cannot write a temporary file in " + directory_ + ": " +
                    std::strerror(wrote < 0 ? errno : ENOSPC));
      }
      done += static_cast<std::size_t>(wrote);
    }
    size += got;
  }
  if (in.bad()) throw Error("cannot read the document's output back");
  return size;
}

std::istream& OutputHandoff::take(std::uint64_t size) {
  reader_.start(fd_, size);
  stream_.clear();
  return stream_;
}

void OutputHandoff::Reader::start(int fd, std::uint64_t size) {
  fd_ = fd;
  offset_ = 0;
  end_ = size;
  setg(chunk_, chunk_, chunk_);
}

OutputHandoff::Reader::int_type OutputHandoff::Reader::underflow() {
  if (offset_ >= end_) return traits_type::eof();
  const auto want =
      static_cast<std::size_t>(std::min<std::uint64_t>(sizeof chunk_, end_ - offset_));
  ssize_t got = -1;
  do {
    got = ::pread(fd_, chunk_, want, static_cast<off_t>(offset_));
  } while (got < 0 && errno == EINTR);
  if (got <= 0) throw Error("cannot read back a worker's output from a temporary file");
  offset_ += static_cast<std::uint64_t>(got);
  setg(chunk_, chunk_, chunk_ + got);
  return traits_type::to_int_type(*gptr());
}

}  // namespace strata::host
