// Refusing a plugin's exit(): strata itself never calls it, so one that comes before the run is
// done is a plugin's, in the middle of the run, and must not end in the success its code (often
// 0) would claim while documents are left unwritten.
#pragma once

namespace strata::host {

// Registers the guard (std::atexit): an exit before release_exit_guard() says so on standard
// error and ends the process with kSomeDocumentsFailed. Called once, at the start of main.
void install_exit_guard();

// Lets exit() end the process with its own code: when main returns, and in an --isolate worker,
// whose parent reports how the worker ended ("exit code 0") and goes on with the run.
void release_exit_guard();

}  // namespace strata::host
