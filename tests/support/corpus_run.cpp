#include "corpus_run.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>

namespace fs = std::filesystem;

namespace strata::testing {

fs::path corpus_sample() {
  return source_dir() / "examples" / "it-vertice-roma.txt";
}

fs::path make_corpus(const ScratchDir& dir, int documents, int copies) {
  const std::string sample = read_file(corpus_sample());
  for (int i = 0; i < documents; ++i) {
    std::string text = "Documento " + std::to_string(i) + ".\n";
    for (int c = 0; c < copies; ++c) text += sample;
    char name[32];
    std::snprintf(name, sizeof name, "doc%03d.txt", i);
    write_file(dir / "corpus" / name, text);
  }
  return dir / "corpus";
}

std::vector<nlohmann::json> manifest_lines(const fs::path& path) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(read_file(path));
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

void expect_same_outputs(const fs::path& a, const fs::path& b) {
  const auto left = output_files_below(a);
  const auto right = output_files_below(b);
  EXPECT_EQ(left.size(), right.size());
  for (const auto& [name, content] : left) {
    const auto other = right.find(name);
    if (other == right.end()) {
      ADD_FAILURE() << name << " is in " << a << " only";
    } else if (other->second != content) {
      ADD_FAILURE() << name << " differs between " << a << " and " << b;
    }
  }
}

}  // namespace strata::testing
