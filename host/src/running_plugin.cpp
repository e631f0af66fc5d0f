#include "running_plugin.hpp"

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace strata::host {
namespace {

// Room for a note: a plugin name is short, a document id (a path) is cut to fit.
constexpr std::size_t kNoteSize = 512;
constexpr std::size_t kHintSize = 256;

thread_local std::array<char, kNoteSize> note;
thread_local std::size_t note_size = 0;

constexpr std::array<int, 5> kFatalSignals = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
struct sigaction before[std::size(kFatalSignals)];
bool installed = false;
std::array<char, kHintSize> hint_text;
std::size_t hint_size = 0;

// A stack of the thread's own for the handler: a plugin that overflows its stack faults with no
// room left on it to run anything. Made the first time the thread runs a plugin with the handlers
// installed, given back when the thread ends.
class AlternateStack {
 public:
  AlternateStack() noexcept {
    void* memory =
        ::mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) return;  // no note on an overflow, the rest as before
    stack_t stack{};
    stack.ss_sp = memory;
    stack.ss_size = kSize;
    if (::sigaltstack(&stack, nullptr) != 0) {
      ::munmap(memory, kSize);
      return;
    }
    memory_ = memory;
  }
  ~AlternateStack() {
    if (memory_ == nullptr) return;
    stack_t off{};
    off.ss_flags = SS_DISABLE;
    ::sigaltstack(&off, nullptr);
    ::munmap(memory_, kSize);
  }
  AlternateStack(const AlternateStack&) = delete;
  AlternateStack& operator=(const AlternateStack&) = delete;

 private:
  static constexpr std::size_t kSize = 64 * 1024;
  void* memory_ = nullptr;
};

// Appends `text` to `buffer` from `at`, control characters as '?', up to `limit`.
std::size_t append(char* buffer, std::size_t at, std::size_t limit, std::string_view text) {
  for (const char c : text) {
    if (at == limit) break;
    const auto byte = static_cast<unsigned char>(c);
    buffer[at++] = byte < 0x20 || byte == 0x7F ? '?' : c;
  }
  return at;
}

const char* signal_name(int signal) {
  switch (signal) {
    case SIGSEGV:
      return "SIGSEGV";
    case SIGBUS:
      return "SIGBUS";
    case SIGFPE:
      return "SIGFPE";
    case SIGILL:
      return "SIGILL";
    default:
      return "SIGABRT";
  }
}

void write_all(std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = ::write(STDERR_FILENO, text.data(), text.size());
    if (written <= 0) return;
    text.remove_prefix(static_cast<std::size_t>(written));
  }
}

void on_fatal_signal(int signal, siginfo_t* info, void*) {
  if (note_size != 0) {
    write_all("strata: error: crashed (");
    write_all(signal_name(signal));
    write_all(") in ");
    write_all(running_plugin_note());
    write_all(std::string_view(hint_text.data(), hint_size));
    write_all("\n");
  }
  // What the signal did before: a fault comes again when the instruction runs again on return;
  // a signal sent (abort(), kill) is sent again, and arrives once this handler returns.
  const auto at = std::find(kFatalSignals.begin(), kFatalSignals.end(), signal);
  ::sigaction(signal, &before[static_cast<std::size_t>(at - kFatalSignals.begin())], nullptr);
  if (info == nullptr || info->si_code <= 0) ::raise(signal);
}

}  // namespace

RunningPlugin::RunningPlugin(std::string_view plugin, std::string_view document) noexcept {
  if (installed) {
    thread_local const AlternateStack alternate_stack;
  }
  // What is left for the document's id after the plugin's name (at most a quarter of the note)
  // and the words around them, so that an id that is cut keeps its end, the file's name.
  constexpr std::size_t kDocumentRoom = kNoteSize - kNoteSize / 4 - 64;
  std::size_t at = append(note.data(), 0, kNoteSize, "plugin '");
  at = append(note.data(), at, kNoteSize / 4, plugin);
  at = append(note.data(), at, kNoteSize, "' on document '");
  if (document.size() > kDocumentRoom) {
    at = append(note.data(), at, kNoteSize, "...");
    document = document.substr(document.size() - kDocumentRoom);  // the file name's end
  }
  at = append(note.data(), at, kNoteSize - 1, document);
  note_size = append(note.data(), at, kNoteSize, "'");
}

RunningPlugin::~RunningPlugin() {
  note_size = 0;
}

std::string_view running_plugin_note() noexcept {
  return {note.data(), note_size};
}

void install_crash_note(std::string_view hint) {
  hint_size = append(hint_text.data(), 0, kHintSize, hint);
  if (installed) return;
  struct sigaction action {};
  action.sa_sigaction = on_fatal_signal;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < kFatalSignals.size(); ++i) {
    ::sigaction(kFatalSignals[i], &action, &before[i]);
  }
  installed = true;
}

void remove_crash_note() {
  if (!installed) return;
  for (std::size_t i = 0; i < kFatalSignals.size(); ++i) {
    ::sigaction(kFatalSignals[i], &before[i], nullptr);
  }
  installed = false;
}

}  // namespace strata::host
