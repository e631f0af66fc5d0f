// How a worker process of --isolate hands a document's output back to the parent.
#pragma once

#include <cstdint>
#include <istream>
#include <streambuf>
#include <string>

namespace strata::host {

// A nameless temporary file (in TMPDIR, else /tmp, unlinked at once) that the parent makes for
// one worker before forking its children, which inherit it. A child writes a document's output
// into it and sends only the size through the pipe; the parent reads it from there. So an output
// of gigabytes never waits whole in either process's memory, as it did as one pipe message.
// One document at a time: the child puts, then the parent takes, before the child's next job.
class OutputHandoff {
 public:
  // Throws strata::Error when the file cannot be made.
  OutputHandoff();
  ~OutputHandoff();
  OutputHandoff(const OutputHandoff&) = delete;
  OutputHandoff& operator=(const OutputHandoff&) = delete;

  // In the child: writes all of `in` from the file's start and returns its size. Throws
  // strata::Error when the file cannot be written (a full disk).
  std::uint64_t put(std::istream& in);
  // In the parent: the first `size` bytes, as put() wrote them, to be read once as a stream;
  // valid until the next take(). When they cannot be read (the file is shorter), its stream
  // buffer throws strata::Error, which the stream's own reads turn into its bad bit.
  std::istream& take(std::uint64_t size);

 private:
  // Reads [0, size) of the file a chunk at a time, at explicit offsets: the file's own offset is
  // shared with the children.
  class Reader : public std::streambuf {
   public:
    void start(int fd, std::uint64_t size);

   protected:
    int_type underflow() override;

   private:
    int fd_ = -1;
    std::uint64_t offset_ = 0;
    std::uint64_t end_ = 0;
    char chunk_[1 << 16];
  };

  int fd_ = -1;
  std::string directory_;  // for the error messages
  Reader reader_;
  std::istream stream_{&reader_};
};

}  // namespace strata::host
