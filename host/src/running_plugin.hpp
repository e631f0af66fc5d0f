// Which plugin each thread runs, on which document, kept where a fatal signal's handler and the
// exit guard can read it without allocating: a crash or a plugin's exit() then names both, where
// the user was left to guess among thousands of documents.
#pragma once

#include <string_view>

namespace strata::host {

// While alive, the calling thread runs plugin `plugin` on document `document`. Scopes do not
// nest: a thread runs one plugin at a time.
class RunningPlugin {
 public:
  RunningPlugin(std::string_view plugin, std::string_view document) noexcept;
  ~RunningPlugin();
  RunningPlugin(const RunningPlugin&) = delete;
  RunningPlugin& operator=(const RunningPlugin&) = delete;
};

// "plugin 'NAME' on document 'ID'" for the calling thread, or "" outside a RunningPlugin; a view
// of the thread's own buffer, so a signal handler may read it. Control characters are written as
// '?' and a long document id is cut.
std::string_view running_plugin_note() noexcept;

// Handlers for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT that, on a thread running a plugin,
// write "strata: error: crashed (SIGNAL) in " and its note and then `hint` on standard error,
// and let the signal do what it did before (end the process; a sanitizer's report). Installing
// again only changes the hint. The handler runs on a stack of its own, made for each thread as it
// first runs a plugin, so that a plugin that overflows its stack gets the note too.
void install_crash_note(std::string_view hint = {});
// Puts back the handlers of before: an --isolate worker's parent reports its crashes.
void remove_crash_note();

}  // namespace strata::host
