#include "results_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <ext/stdio_filebuf.h>
#include <iostream>
#include <memory>

namespace strata::host {
namespace {

std::unique_ptr<__gnu_cxx::stdio_filebuf<char>> moved_buffer;
std::unique_ptr<std::ostream> moved_stream;

}  // namespace

void keep_standard_output_from_plugins() {
  if (moved_stream) return;
  std::cout.flush();
  // Close-on-exec: a child that runs another program (none does) must not hold the output open.
  const int moved = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (moved < 0) return;
  if (::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    ::close(moved);
    return;
  }
  moved_buffer = std::make_unique<__gnu_cxx::stdio_filebuf<char>>(moved, std::ios::out);
  moved_stream = std::make_unique<std::ostream>(moved_buffer.get());
}

std::ostream& results_output() {
  return moved_stream ? *moved_stream : std::cout;
}

}  // namespace strata::host
