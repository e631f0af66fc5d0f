// What every strata command does with its command line: parse it, answer --help, and turn
// usage and setup errors into one line and exit code 2.
#pragma once

#include <boost/program_options.hpp>
#include <functional>
#include <string>
#include <vector>

namespace strata::host {

// A command's options: those --help shows, and hidden ones such as the one that takes the
// positional arguments.
struct CommandLine {
  CommandLine(std::string name, boost::program_options::options_description visible)
      : name(std::move(name)), visible(std::move(visible)) {}

  std::string name;  // "annotate", shown in "see strata annotate --help"
  boost::program_options::options_description visible;
  boost::program_options::options_description hidden{""};
  boost::program_options::positional_options_description positional;
};

// Parses `arguments` into the variables the options point at, then runs `body`; with --help,
// prints the visible options instead. Returns body's exit code, or kSetupFailed after logging a
// usage or setup error.
int run_command(const std::vector<std::string>& arguments, const CommandLine& line,
                const std::function<int()>& body);

}  // namespace strata::host
