#include "command_line.hpp"

#include <iostream>

#include "commands.hpp"
#include "logging.hpp"
#include "setup_error.hpp"

namespace po = boost::program_options;

namespace strata::host {

int run_command(const std::vector<std::string>& arguments, const CommandLine& line,
                const std::function<int()>& body) {
  try {
    po::options_description all("");
    all.add(line.visible).add(line.hidden);
    po::variables_map values;
    po::store(po::command_line_parser(arguments).options(all).positional(line.positional).run(),
              values);
    if (values.count("help")) {
      std::cout << line.visible << "\n";
      return kSuccess;
    }
    po::notify(values);
    return body();
  } catch (const po::error& e) {
    spdlog::error("{} (see strata {} --help)", e.what(), line.name);
  } catch (const SetupError& e) {
    spdlog::error("{}", e.what());
  } catch (const std::exception& e) {  // e.g. an output that cannot be written
    spdlog::error("{}", e.what());
  }
  return kSetupFailed;
}

}  // namespace strata::host
