// A temporary file that output waits in until it can be written where it belongs.
#pragma once

#include <fstream>
#include <istream>
#include <ostream>
#include <string>

namespace strata::formats {

// A nameless temporary file: made in the temporary directory (TMPDIR, else /tmp) and unlinked
// at once, so that it is gone when it is closed, even when the process is killed.
class SpillFile {
 public:
  // Throws strata::Error when the file cannot be made.
  SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  std::ostream& stream() { return stream_; }

  // Copies all that was written to `out`. Throws strata::Error when the file could not be written
  // (a full disk) or read back.
  void copy_to(std::ostream& out);
  // Copies `size` bytes from `offset` (a value of stream().tellp() while writing) to `out`;
  // throws as copy_to does.
  void copy_to(std::ostream& out, std::streamoff offset, std::streamsize size);
  // All that was written, to be read from its start; throws as copy_to does. Writing after it
  // writes where the reading stopped.
  std::istream& read_back();

 private:
  void check_written();

  std::string directory_;  // for the error messages
  std::fstream stream_;
};

}  // namespace strata::formats
