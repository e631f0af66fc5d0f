#include "exit_guard.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <string_view>

#include "commands.hpp"

namespace strata::host {
namespace {

std::atomic<bool> released{false};

void refuse_exit() {
  if (released) return;
  constexpr std::string_view message =
      "strata: error: a plugin ended the program (it called exit) before the run was done\n";
  [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message.data(), message.size());
  ::_exit(kSomeDocumentsFailed);
}

}  // namespace

void install_exit_guard() {
  std::atexit(refuse_exit);
}

void release_exit_guard() {
  released = true;
}

}  // namespace strata::host
