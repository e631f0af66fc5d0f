// Writing a file so that nobody ever sees it half written.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <streambuf>
#include <string>
#include <vector>

namespace strata::host {

// A file written under a temporary name beside its path and renamed into place by commit(), so
// that a reader, or a resumed run, never finds half a file. It is a stream buffer that writes
// through a buffer of its own straight to the file: a large output never waits whole in memory.
// As a shell's redirection would, it writes through a symbolic link (the file it names is
// replaced, the link kept), into a device, pipe or socket at the path (-o /dev/null), and into
// the process's own standard output or error (-o /dev/stdout, also when that is a file), which
// are written in place rather than replaced by a file.
class AtomicFile : public std::streambuf {
 public:
  // Opens the temporary file, creating missing folders, or the device at `path`. Throws
  // std::runtime_error.
  explicit AtomicFile(std::filesystem::path path);
  // Removes the temporary file if commit() was not reached.
  ~AtomicFile() override;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Writes what is buffered, closes the file and renames it into place. Throws
  // std::runtime_error naming the path, and then leaves no file behind.
  void commit();

 protected:
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int_type overflow(int_type c) override;

 private:
  // Opens what stands at path_ for writing into it, if it is a device, pipe or socket, or the
  // process's standard output or error (or a link to one), and says whether it did; for a link
  // to another file, sets replaced_ to that file.
  bool opened_in_place();
  // Opens the temporary file beside replaced_.
  void open_temporary();
  // Writes the buffer out; throws std::runtime_error.
  void drain();
  [[noreturn]] void fail(const std::string& reason);

  std::filesystem::path path_;      // as given, for messages
  std::filesystem::path replaced_;  // the file commit() replaces: path_, or what its link names
  std::string temporary_;           // empty when writing straight into a device at path_
  int fd_ = -1;
  std::unique_ptr<char[]> buffer_;
  std::size_t used_ = 0;
};

// The temporary files that runs killed while writing left, by the output each was for: the
// files of AtomicFile's name (".NAME.tmp-PID-N") whose process no longer runs here.
using AbandonedTemporaries = std::map<std::filesystem::path, std::vector<std::filesystem::path>>;

// The abandoned temporaries in `folders` ("" is the current folder). A folder that cannot be
// read has none.
AbandonedTemporaries abandoned_temporaries(const std::set<std::filesystem::path>& folders);

// Removes those of `abandoned` that were for `output`; returns how many were removed. The
// temporaries of other outputs (another shard's, maybe running on another machine) stay.
std::size_t remove_temporaries_of(const std::filesystem::path& output,
                                  const AbandonedTemporaries& abandoned);

// Removes the abandoned temporaries of `outputs` beside them. Returns how many were removed.
std::size_t remove_abandoned_temporaries(const std::vector<std::filesystem::path>& outputs);

}  // namespace strata::host
