#include "exit_guard.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <string_view>

#include "commands.hpp"
#include "running_plugin.hpp"

namespace strata::host {
namespace {

std::atomic<bool> released{false};

void write_out(std::string_view text) {
  [[maybe_unused]] const auto written = ::write(STDERR_FILENO, text.data(), text.size());
}

void refuse_exit() {
  if (released) return;
  // exit() runs this on the thread that called it: where a plugin runs, the note names it.
  const std::string_view running = running_plugin_note();
  write_out("strata: error: a plugin ended the program (it called exit) before the run was done");
  if (!running.empty()) {
    write_out(": ");
    write_out(running);
  }
  write_out("\n");
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
