#include "strata/list_text.hpp"

#include <gtest/gtest.h>

namespace strata {
namespace {

std::string error_of(std::string_view raw) {
  try {
    canonicalize_list(raw, "names.txt");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(ListText, DropsALeadingByteOrderMark) {
  EXPECT_EQ(canonicalize_list("\xEF\xBB\xBFPER\tZorblax\n", "names.txt"), "PER\tZorblax\n");
  EXPECT_EQ(canonicalize_list("PER\tZorblax\r\nLOC\tRoma\n", "names.txt"),
            "PER\tZorblax\nLOC\tRoma\n");
}

TEST(ListText, ComposesAsDocumentsAre) {
  // "Citta" + U+0300 COMBINING GRAVE ACCENT is the "Città" a document's text holds.
  EXPECT_EQ(canonicalize_list("LOC\tCitta\xCC\x80\n", "names.txt"), "LOC\tCitt\xC3\xA0\n");
}

TEST(ListText, NamesTheLineOfInvalidText) {
  EXPECT_EQ(error_of("PER\tAnna\nPER\tZorbl\xFF\n"), "names.txt:2: invalid UTF-8 at byte 18");
  EXPECT_EQ(error_of("\xEF\xBB\xBFPER\tAnna\nPER\tB\nPER\t\xC3\n"),
            "names.txt:3: invalid UTF-8 at byte 22");
  EXPECT_EQ(error_of("PER\tA\x01nna\n").find("names.txt:1: control character U+0001"), 0u);
}

}  // namespace
}  // namespace strata
