// Every TEI file the tests produce is valid against TEI P5 (tei_all), checked by jing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "inline_documents.hpp"
#include "strata/formats/tei_writer.hpp"
#include "temp_dir.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

// Every sample in every TEI shape, and the inline writer's own documents in both of its
// variants. One jing run for all: loading the schema is most of jing's 1-2 seconds.
TEST(TeiSchema, EverySampleIsValidTeiInEveryShape) {
  const char* shared = std::getenv("STRATA_SHARED_DIR");
  if (!shared || !*shared) GTEST_SKIP() << "STRATA_SHARED_DIR is not set: cannot find the schema";
  const std::filesystem::path schema = std::filesystem::path(shared) / "schemas" / "tei_all.rng";
  if (!std::filesystem::exists(schema)) GTEST_SKIP() << "no schema at " << schema;
  if (std::system("command -v jing >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "jing is not installed (Debian package jing)";
  }

  testing::TempDir dir;
  std::string files;
  for (const auto& named : testing::sample_documents()) {
    const auto file = dir.path() / (named.name + ".xml");
    std::ofstream(file, std::ios::binary) << testing::tei_string(named.make(), named.run);
    files += " " + file.string();
  }
  std::vector<testing::NamedDocument> inline_samples = testing::inline_documents();
  for (const auto& named : testing::sample_documents()) inline_samples.push_back(named);
  for (const auto& named : inline_samples) {
    for (const bool rs : {false, true}) {
      const auto file = dir.path() / (named.name + (rs ? ".inline-rs.xml" : ".inline.xml"));
      std::ofstream(file, std::ios::binary) << testing::tei_inline_string(named.make(), rs);
      files += " " + file.string();
    }
  }
  const auto report = dir.path() / "jing.txt";
  // jing prints warnings about optional jars on stderr; its verdict is the exit status.
  const std::string command =
      "jing " + schema.string() + files + " >" + report.string() + " 2>/dev/null";
  const int status = std::system(command.c_str());
  std::ifstream in(report);
  const std::string errors((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(status, 0) << errors;
}

}  // namespace
}  // namespace strata::formats
