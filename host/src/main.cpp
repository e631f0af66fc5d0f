// The strata program: dispatches to its commands.
#include <iostream>

#include "commands.hpp"
#include "logging.hpp"
#include "strata/version.hpp"
#include "version_info.hpp"

namespace {

constexpr const char* kUsage =
    "usage: strata annotate [INPUT...] [-c FILE | -p a,b,c] [-o PATH] [-f tei|json|html]\n"
    "                       [-l it|en|auto] [-j N] [--plugin-path DIR]... [--set p.opt=value]...\n"
    "                       [--manifest FILE] [--resume] [--shard-index I --shard-count N] [-q]\n"
    "       strata plugins list [--plugin-path DIR]...\n"
    "       strata plugins info NAME|PATH [--plugin-path DIR]...\n"
    "       strata plugins check NAME|PATH [--plugin-path DIR]...\n"
    "       strata train NAME|PATH --data FILE... --lang L -o MODEL [--dev FILE]...\n"
    "                    [--epochs N] [--seed S] [--plugin-path DIR]...\n"
    "       strata eval --gold G... --pred P --layer L [--match exact|overlap]\n"
    "                   [--format table|json] [--gold-format strata|conll] [--labels a,b]\n"
    "       strata merge MANIFEST... [--corpus INPUT...] [-o MERGED]\n"
    "       strata report CORPUS_OUTPUT_DIR... -o REPORT.html [--top N]\n"
    "       strata slurm-script --corpus INPUT -o DIR --shards N [-p a,b,c] [--cpus C]\n"
    "       strata new-plugin NAME [--dir DIR] [--provides LAYER] [--requires LAYERS]\n"
    "       strata version\n";

}  // namespace

namespace strata::host {

int run_version() {
  // The SDK library actually loaded, which may differ from the headers strata was built with.
  const SdkVersion sdk = sdk_version();
  std::cout << "strata " << kStrataVersion << " (SDK API " << sdk.major << "." << sdk.minor
            << ", ABI " << sdk.abi_fingerprint << ")\n";
  return kSuccess;
}

}  // namespace strata::host

int main(int argc, char** argv) {
  using namespace strata::host;
  set_up_logging();
  const std::vector<std::string> arguments(argv + std::min(argc, 2), argv + argc);
  const std::string command = argc > 1 ? argv[1] : "";
  try {
    if (command == "annotate") return run_annotate(arguments);
    if (command == "plugins") return run_plugins(arguments);
    if (command == "train") return run_train(arguments);
    if (command == "eval") return run_eval(arguments);
    if (command == "merge") return run_merge(arguments);
    if (command == "report") return run_report(arguments);
    if (command == "slurm-script") return run_slurm_script(arguments);
    if (command == "new-plugin") return run_new_plugin(arguments);
    if (command == "version" || command == "--version") return run_version();
    if (command == "help" || command == "--help" || command == "-h") {
      std::cout << kUsage;
      return kSuccess;
    }
  } catch (const std::exception& e) {
    spdlog::critical("internal error: {}", e.what());
    return kSetupFailed;
  }
  std::cerr << (command.empty() ? "strata: missing command\n"
                                : "strata: unknown command '" + command + "'\n")
            << kUsage;
  return kSetupFailed;
}
