#include "gazetteer_files.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "strata/error.hpp"
#include "strata_process.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

TEST(GazetteerFiles, ReadsListsAndTellsWeakOnesByName) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "entities-gaz-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "gazetteer-places.txt") << "LOC\tRoma\n";
  std::ofstream(dir / "gazetteer-places-weak.txt") << "LOC\tAlba\n";
  std::ofstream(dir / "other.txt") << "not a list\n";
  const Gazetteer g = load_gazetteer(dir);
  EXPECT_EQ(g.size(), 2u);
  ASSERT_EQ(g.categories().size(), 2u);
  const std::vector<std::string_view> alba = {"Alba"};
  const auto matches = g.match(alba);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(g.categories()[matches[0].category].strength, Strength::weak);
  std::filesystem::remove_all(dir);
}

// A user's list as an editor may save it: with a byte-order mark, or with bytes that are not
// UTF-8, which are named by file and line rather than taken as a name.
TEST(GazetteerFiles, ReadsAListAsDocumentsAreRead) {
  strata::testing::ScratchDir dir;
  const std::filesystem::path file = dir / "names.txt";
  strata::testing::write_file(file, "\xEF\xBB\xBFPER\tZorblax Quux\n");
  Gazetteer g;
  add_gazetteer_file(g, file, Strength::strong);
  EXPECT_EQ(g.match(std::vector<std::string_view>{"Zorblax", "Quux"}).size(), 1u);

  strata::testing::write_file(file, "PER\tAnna\nPER\tZorbl\xFF\n");
  try {
    add_gazetteer_file(g, file, Strength::strong);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), file.string() + ":2: invalid UTF-8 at byte 18");
  }
}

TEST(GazetteerFiles, AFolderWithoutListsIsAnError) {
  EXPECT_THROW(load_gazetteer(std::filesystem::temp_directory_path() / "no-such-folder"), Error);
}

TEST(GazetteerFiles, TheShippedListsLoad) {
  const Gazetteer g = load_gazetteer(testing::resource_dir());
  EXPECT_GT(g.size(), 3000u);
  const std::vector<std::string_view> text = {"la", "Banca", "d'", "Italia", "e",
                                              "l'", "Onu",   "a",  "New",    "York"};
  std::vector<std::string> types;
  for (const GazetteerMatch& m : g.match(text)) types.push_back(g.categories()[m.category].type);
  EXPECT_NE(std::find(types.begin(), types.end(), "ORG"), types.end());
  EXPECT_NE(std::find(types.begin(), types.end(), "LOC"), types.end());
}

}  // namespace
}  // namespace strata::entities
