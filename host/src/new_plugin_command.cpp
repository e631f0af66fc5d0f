// strata new-plugin: write a buildable plugin project to start from.
#include <boost/program_options.hpp>
#include <filesystem>
#include <iostream>

#include "command_line.hpp"
#include "commands.hpp"
#include "plugin_scaffold.hpp"
#include "setup_error.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace strata::host {
namespace {

// What the command line asks for.
struct NewPluginArguments {
  std::string name;
  std::string dir;  // default: NAME in the current folder
  std::string provides;
  std::string requires_list;
};

po::options_description new_plugin_options(NewPluginArguments& a) {
  po::options_description options(
      "strata new-plugin NAME [--dir DIR] [--provides LAYER] [--requires LAYERS]\nWrites a "
      "plugin project that builds, passes its tests and runs: a source with its manifest and one "
      "option, a resource file, a GoogleTest file and a README");
  // clang-format off
  options.add_options()
      ("help,h", "show this help")
      ("dir", po::value(&a.dir), "folder to create (default: NAME); must not exist or be empty")
      ("provides", po::value(&a.provides), "the layer the plugin adds (default: NAME)")
      ("requires", po::value(&a.requires_list),
       "comma-separated layers it needs (tokens is always among them)");
  // clang-format on
  return options;
}

// The prefix strata is installed under, to show in the next steps; empty when it runs from a
// build tree, which has no CMake package to find.
fs::path installed_prefix() {
  std::error_code error;
  const fs::path prefix = fs::canonical("/proc/self/exe", error).parent_path().parent_path();
  if (error) return {};
  for (const char* lib : {"lib", "lib64"}) {
    if (fs::exists(prefix / lib / "cmake" / "Strata" / "StrataConfig.cmake", error)) return prefix;
  }
  return {};
}

}  // namespace

int run_new_plugin(const std::vector<std::string>& arguments) {
  NewPluginArguments a;
  CommandLine line{"new-plugin", new_plugin_options(a)};
  line.hidden.add_options()("name", po::value(&a.name), "plugin name");
  line.positional.add("name", 1);
  return run_command(arguments, line, [&] {
    if (a.name.empty()) throw SetupError("missing plugin NAME (see strata new-plugin --help)");
    const PluginSpec spec = plugin_spec(a.name, a.provides, a.requires_list);
    const fs::path folder = a.dir.empty() ? fs::path(a.name) : fs::path(a.dir);
    const std::vector<ProjectFile> files = scaffold_files(spec);
    write_project(folder, files);
    std::cout << "wrote plugin '" << spec.name << "' (layer " << spec.provided_layer << ") in "
              << folder.string() << "/:";
    for (const ProjectFile& file : files) std::cout << " " << file.path.string();
    const fs::path prefix = installed_prefix();
    std::cout << "\nnext:\n  cd " << folder.string()
              << "\n  cmake -S . -B build -DCMAKE_PREFIX_PATH="
              << (prefix.empty() ? "<the prefix the Strata SDK was installed to>" : prefix.string())
              << "\n  cmake --build build && ctest --test-dir build\n";
    return kSuccess;
  });
}

}  // namespace strata::host
