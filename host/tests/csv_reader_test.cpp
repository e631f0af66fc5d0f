#include "csv_reader.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

using Fields = std::vector<std::string>;

TEST(CsvReader, QuotesCommasAndLineBreaksInsideFields) {
  const auto records = parse_csv(
      "\"id\",\"text\"\r\n"
      "\"7\",\"say \"\"hi\"\", then\r\nleave\"\r\n"
      "1,,3\n"
      "\n"
      "\"\",last");
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].fields, (Fields{"id", "text"}));
  EXPECT_EQ(records[1].fields, (Fields{"7", "say \"hi\", then\nleave"}));
  EXPECT_EQ(records[1].line, 2u);
  EXPECT_EQ(records[2].fields, (Fields{"1", "", "3"}));
  EXPECT_EQ(records[2].line, 4u);  // the record before spans lines 2 and 3
  EXPECT_EQ(records[3].fields, (Fields{"", "last"}));
  EXPECT_EQ(records[3].line, 6u);  // after a blank line, without a final line break
}

TEST(CsvReader, AnEmptyQuotedFieldIsARecordNotABlankLine) {
  const auto records = parse_csv("\"\"\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].fields, (Fields{""}));
}

TEST(CsvReader, AnUnclosedQuoteNamesTheLineItOpensOn) {
  try {
    parse_csv("a,b\n\"open,\nstill open\n");
    FAIL() << "no error";
  } catch (const CsvError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_STREQ(e.what(), "a quoted field is not closed");
  }
}

TEST(CsvReader, TextAfterAClosingQuoteIsAnError) {
  EXPECT_THROW(parse_csv("\"a\"b,c\n"), CsvError);
}

}  // namespace
}  // namespace strata::host
