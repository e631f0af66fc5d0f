// Throughput of CitationFinder::find() and the finder's load time, outside the test suite.
//
// usage: legal_us_bench FILE [REPEATS | --list]
// Prints load time (construction, and compiling every template as a worst case), the citations
// found in FILE, and MB/s of find() over REPEATS runs (default 20); --list prints each citation.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "citation_finder.hpp"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// One line a citation: offsets, type, the text, then the features.
int list(const std::string& text) {
  const strata::legal::us::CitationFinder finder;
  for (const auto& c : finder.find(text)) {
    std::string span = text.substr(c.begin, c.end - c.begin);
    std::replace(span.begin(), span.end(), '\n', ' ');
    std::printf("%zu-%zu %s \"%s\"", c.begin, c.end, c.type.c_str(), span.c_str());
    for (const auto& [name, value] : c.features) std::printf(" %s=%s", name.c_str(), value.c_str());
    std::printf("\n");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: legal_us_bench FILE [REPEATS]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "legal_us_bench: cannot read " << argv[1] << "\n";
    return 2;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const std::string option = argc > 2 ? argv[2] : "20";
  if (option == "--list") return list(text);
  const int repeats = std::max(1, std::atoi(option.c_str()));

  auto start = std::chrono::steady_clock::now();
  const strata::legal::us::CitationFinder finder;
  const double load = seconds_since(start);
  start = std::chrono::steady_clock::now();
  const auto first = finder.find(text);  // compiles the templates this text needs
  const double first_run = seconds_since(start);
  start = std::chrono::steady_clock::now();
  std::size_t found = 0;
  for (int i = 0; i < repeats; ++i) found += finder.find(text).size();
  const double steady = seconds_since(start);
  start = std::chrono::steady_clock::now();
  const std::size_t refused = finder.compile_all();
  const double compile_rest = seconds_since(start);

  const double megabytes = static_cast<double>(text.size()) * repeats / 1e6;
  std::printf("templates %zu, prefilter keys %zu, refused by RE2 %zu\n", finder.template_count(),
              finder.key_count(), refused);
  std::printf("load %.1f ms; first find %.1f ms; compiling all other templates %.1f ms\n",
              load * 1e3, first_run * 1e3, compile_rest * 1e3);
  std::printf("%zu bytes, %zu citations; find() %.2f MB/s over %d runs (%zu found)\n", text.size(),
              first.size(), megabytes / steady, repeats, found);
  return 0;
}
