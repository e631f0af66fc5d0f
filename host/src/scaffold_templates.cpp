#include "scaffold_templates.hpp"

namespace strata::host {
namespace {

constexpr std::string_view kCMakeLists =
    R"(# @NAME@: a Strata annotator plugin, built against an installed Strata SDK.
#   cmake -S . -B build -DCMAKE_PREFIX_PATH=<the prefix the SDK was installed to>
#   cmake --build build && ctest --test-dir build
cmake_minimum_required(VERSION 3.20)
project(strata_@NAME@ VERSION 0.1.0 LANGUAGES CXX)
set(CMAKE_CXX_EXTENSIONS OFF)  # plain -std=c++20, as the SDK itself is built

# Brings the target Strata::sdk, the function strata_add_plugin() and STRATA_EXECUTABLE, the
# installed strata program.
find_package(Strata 0.1 REQUIRED)

# Builds strata_@NAME@.so and copies resources/ into a folder @NAME@/ beside it: that folder is
# the plugin's PluginContext::resource_dir.
strata_add_plugin(@NAME@ SOURCES src/@NAME@.cpp
  RESOURCES ${CMAKE_CURRENT_SOURCE_DIR}/resources)
# Warnings help more than they cost in a plugin: its bugs surface inside someone else's program.
target_compile_options(strata_@NAME@ PRIVATE -Wall -Wextra)

# The checks every plugin must pass (strata/testing.hpp), one test each, run by the installed
# strata program.
find_package(GTest REQUIRED)
enable_testing()
add_executable(@NAME@_tests tests/conformance_test.cpp)
target_link_libraries(@NAME@_tests PRIVATE Strata::sdk GTest::gtest_main)
target_compile_definitions(@NAME@_tests PRIVATE
  STRATA_PLUGIN_FILE="$<TARGET_FILE:strata_@NAME@>"
  STRATA_PROGRAM="${STRATA_EXECUTABLE}")
include(GoogleTest)
gtest_discover_tests(@NAME@_tests)
)";

constexpr std::string_view kSource =
    R"(// @NAME@: a Strata annotator plugin.
// It marks every token that is a word of its list (resources/words.txt) and adds the marks as a
// layer of annotations of type "word" with a string feature "entry", the word as the list writes
// it. Made by `strata new-plugin`: replace the matching in process() with your own.
#include <strata/strata.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

class @CLASS@ final : public strata::Annotator {
 public:
  static constexpr const char* kName = "@NAME@";
  static constexpr const char* kVersion = "0.1.0";

  static strata::Manifest manifest() {
    strata::Manifest m;
    m.description = "Marks the tokens that are words of a list (type word, feature entry).";
    m.required_layers = {@REQUIRED@};
    m.provided_layers = {"@LAYER@"};
    m.options = {
        {"case_sensitive", strata::OptionType::boolean, "false",
         "match letter case exactly instead of ignoring it"},
    };
    // process() only reads what configure() built, so one instance serves every thread.
    m.concurrency = strata::Concurrency::shared;
    return m;
  }

  // The context is copied: the host does not promise to keep its own copy alive.
  explicit @CLASS@(const strata::PluginContext& context) : context_(context) {}

  void configure(const strata::Options& options) override {
    case_sensitive_ = options.get_bool("case_sensitive");
    words_.clear();
    for (const std::string& word : strata::read_resource_lines(context_, "words.txt")) {
      words_.emplace(key(word), word);  // of two spellings with one key, the first is kept
    }
    if (words_.empty()) {
      throw strata::Error("words.txt in " + context_.resource_dir.string() + " lists no words");
    }
  }

  void process(strata::Document& document) override {
    const strata::TokenIndex index(document);
    strata::Layer& layer = document.add_layer("@LAYER@");
    for (const strata::Token& token : index.tokens()) {
      const auto word = words_.find(key(token.text));
      if (word == words_.end()) continue;
      const strata::AnnotationId id = layer.add(token.begin, token.end, "word");
      layer.set_string(id, "entry", word->second);
    }
  }

 private:
  // What is compared: the text itself, or its Unicode case folding.
  std::string key(std::string_view text) const {
    return case_sensitive_ ? std::string(text) : strata::fold_case(text);
  }

  strata::PluginContext context_;
  bool case_sensitive_ = false;
  // Key to the word as listed; fixed after configure(), as process() runs on several threads.
  std::unordered_map<std::string, std::string> words_;
};

}  // namespace

STRATA_PLUGIN(@CLASS@)
)";

constexpr std::string_view kWords =
    R"(# The words @NAME@ marks, one per line; blank lines and lines starting with '#' are skipped.
Strata
plugin
annotation
annotazione
)";

constexpr std::string_view kConformanceTest =
    R"(// The checks every Strata plugin must pass (`strata plugins check`), one test each: the
// plugin survives hard texts, writes only its layer, stays inside the text, is deterministic and
// gives the same results on several threads.
#include <strata/testing.hpp>

STRATA_TEST_PLUGIN_CONFORMANCE(@CLASS@, STRATA_PLUGIN_FILE)
)";

constexpr std::string_view kReadme = R"(# @NAME@: a Strata plugin

Marks every token that is a word listed in `resources/words.txt` and adds the marks as the
layer `@LAYER@`: annotations of type `word` with a string feature `entry`. Needs the layers
@REQUIRED_LIST@. Option: `case_sensitive` (default `false`: case is compared with Unicode case
folding).

| File | What it is |
|------|------------|
| `CMakeLists.txt` | builds `strata_@NAME@.so` with `strata_add_plugin()` and its tests |
| `src/@NAME@.cpp` | the annotator: manifest, option, `configure()`, `process()` |
| `resources/words.txt` | the word list, copied into `build/@NAME@/` beside the library |
| `tests/conformance_test.cpp` | the checks every plugin must pass, as GoogleTest tests |

## Build, test, run

```sh
cmake -S . -B build -DCMAKE_PREFIX_PATH=<the prefix the Strata SDK was installed to>
cmake --build build
ctest --test-dir build
strata plugins info @NAME@ --plugin-path build
strata annotate text.txt -p tokens,@NAME@ --plugin-path build
```

Strata's `docs/writing-a-plugin.md` walks from here to a plugin of your own.
)";

constexpr std::string_view kGitignore = "/build/\n";

}  // namespace

const std::vector<ScaffoldTemplate>& scaffold_templates() {
  static const std::vector<ScaffoldTemplate> templates = {
      {"CMakeLists.txt", kCMakeLists}, {"src/@NAME@.cpp", kSource},
      {"resources/words.txt", kWords}, {"tests/conformance_test.cpp", kConformanceTest},
      {"README.md", kReadme},          {".gitignore", kGitignore},
  };
  return templates;
}

}  // namespace strata::host
