// strata-vrt-check: CWB's rules checked on VRT files, where cwb-encode is not at hand.
#include <iostream>
#include <string_view>

#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/formats/vrt_check.hpp"

namespace {

// The exit codes, as strata-tei-check has them, so scripts treat both checkers alike.
enum Status { kClean = 0, kProblems = 1, kUsageOrUnreadable = 2 };

constexpr const char* kUsage =
    "usage: strata-vrt-check VRT_FILE...\n"
    "Checks the rules of CWB's encoder (docs/vrt-output.md): the same columns on every token\n"
    "line, tags alone on their lines, balanced and never nested within one attribute,\n"
    "lower-case ASCII names, <text id> present. Prints one line per problem; exits 0 when all\n"
    "files are clean, 1 when a problem was found, 2 on a usage error or an unreadable file.\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return kUsageOrUnreadable;
  }
  Status status = kClean;
  for (int i = 1; i < argc; ++i) {
    const std::string_view file = argv[i];
    if (file == "--help" || file == "-h") {
      std::cout << kUsage;
      return kClean;
    }
    try {
      for (const std::string& problem : strata::formats::check_vrt(strata::read_file(argv[i]))) {
        std::cout << file << ": " << problem << '\n';
        if (status == kClean) status = kProblems;
      }
    } catch (const strata::Error& e) {
      std::cerr << "strata-vrt-check: " << e.what() << '\n';
      status = kUsageOrUnreadable;
    }
  }
  return status;
}
