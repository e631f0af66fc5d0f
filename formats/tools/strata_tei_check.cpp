// strata-tei-check: the checks of TEI output that jing cannot make, for test suites and users.
#include <iostream>
#include <string_view>
#include <vector>

#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/formats/tei_check.hpp"

namespace {

constexpr int kClean = 0;
constexpr int kProblems = 1;
constexpr int kUsageOrUnreadable = 2;

constexpr const char* kUsage =
    "usage: strata-tei-check [--text FILE] [--original XML] TEI_FILE...\n"
    "Checks that pointers resolve, xml:ids are unique, span uses @target or @from/@to,\n"
    "and the text of body matches the header's sha256 (and FILE, canonical UTF-8, if given).\n"
    "With --original, the TEI files were annotated from XML, a TEI file from elsewhere: with\n"
    "Strata's additions taken out, each must be that file, node for node.\n"
    "Prints one line per problem; exits 0 when all files are clean, 1 when a problem was\n"
    "found, 2 on a usage error or an unreadable file.\n";

int usage_error(std::string_view message) {
  std::cerr << "strata-tei-check: " << message << '\n' << kUsage;
  return kUsageOrUnreadable;
}

}  // namespace

int main(int argc, char** argv) {
  strata::formats::TeiCheckOptions options;
  std::vector<std::string_view> files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return kClean;
    }
    if (arg == "--text" || arg == "--original") {
      if (++i == argc) return usage_error(std::string(arg) + " needs a file");
      try {
        (arg == "--text" ? options.expected_text : options.original) = strata::read_file(argv[i]);
      } catch (const strata::Error& e) {
        std::cerr << "strata-tei-check: " << e.what() << '\n';
        return kUsageOrUnreadable;
      }
    } else if (arg.starts_with("-") && arg != "-") {
      return usage_error("unknown option " + std::string(arg));
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) return usage_error("no TEI file given");

  int status = kClean;
  for (std::string_view file : files) {
    try {
      for (const std::string& problem : strata::formats::check_tei_file(file, options)) {
        std::cout << file << ": " << problem << '\n';
        if (status == kClean) status = kProblems;
      }
    } catch (const strata::Error& e) {
      std::cerr << "strata-tei-check: " << e.what() << '\n';
      status = kUsageOrUnreadable;
    }
  }
  return status;
}
