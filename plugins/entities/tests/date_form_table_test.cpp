#include "date_form_table.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::entities {
namespace {

TEST(DateFormTable, FormsAreNumberedInTheOrderAdded) {
  DateFormTable table;
  EXPECT_EQ(table.insert("marzo"), 0u);
  EXPECT_EQ(table.insert("nel"), 1u);
  EXPECT_EQ(table.insert("marzo"), 0u);  // already there
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(table.find("nel"), 1u);
  EXPECT_EQ(table.find("marzo"), 0u);
}

TEST(DateFormTable, OtherFormsAreMissing) {
  DateFormTable table;
  EXPECT_EQ(table.find("marzo"), DateFormTable::kMissing);  // an empty table
  table.insert("marzo");
  for (const std::string_view form : {"marz", "marzo.", "Marzo", "", "marzoo"}) {
    EXPECT_EQ(table.find(form), DateFormTable::kMissing) << form;
  }
}

TEST(DateFormTable, EveryFormIsFoundAfterTheTableGrows) {
  DateFormTable table;
  constexpr std::size_t kForms = 1000;  // many times the first capacity
  for (std::size_t i = 0; i < kForms; ++i) {
    ASSERT_EQ(table.insert("form" + std::to_string(i)), i);
  }
  for (std::size_t i = 0; i < kForms; ++i) {
    EXPECT_EQ(table.find("form" + std::to_string(i)), i);
  }
  EXPECT_EQ(table.find("form" + std::to_string(kForms)), DateFormTable::kMissing);
}

}  // namespace
}  // namespace strata::entities
