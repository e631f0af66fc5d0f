// The flat word table: what goes in comes out, through growth, and nothing else does.
#include "word_table.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::sentiment {
namespace {

TEST(WordTable, FindsEveryWordAddedThroughGrowth) {
  WordTable table;
  for (int i = 0; i < 5000; ++i) table["w" + std::to_string(i)].valence = static_cast<float>(i);
  EXPECT_EQ(table.size(), 5000U);
  for (int i = 0; i < 5000; ++i) {
    const WordEntry* entry = table.find("w" + std::to_string(i));
    ASSERT_NE(entry, nullptr) << i;
    EXPECT_EQ(entry->valence, static_cast<float>(i));
  }
  EXPECT_EQ(table.find("w5000"), nullptr);
  EXPECT_EQ(table.find(""), nullptr);
}

TEST(WordTable, AddingAWordAgainKeepsOneEntry) {
  WordTable table;
  EXPECT_EQ(table.find("bello"), nullptr);
  table["bello"].valence = 3.0F;
  table["bello"].negator = true;
  EXPECT_EQ(table.size(), 1U);
  EXPECT_EQ(table.find("bello")->valence, 3.0F);
  EXPECT_TRUE(table.find("bello")->negator);
}

TEST(WordTable, LongWordsAreKeptApartAndFoundThroughGrowth) {
  WordTable table;
  const std::string long_word = "precipitevolissimevolmente";  // longer than a record holds
  table[long_word].valence = -1.0F;
  for (int i = 0; i < 3000; ++i) table["parola-lunga-numero-" + std::to_string(i)].valence = 2.0F;
  ASSERT_NE(table.find(long_word), nullptr);
  EXPECT_EQ(table.find(long_word)->valence, -1.0F);
  EXPECT_EQ(table.find("parola-lunga-numero-2999")->valence, 2.0F);
  EXPECT_EQ(table.find("precipitevolissimevolment"), nullptr);  // a prefix is another word
  EXPECT_EQ(table.find(std::string(300, 'a')), nullptr);
}

TEST(WordTable, AChunkIsTheWordsBytesFromTheFirstWithZerosPastItsEnd) {
  EXPECT_EQ(WordTable::chunk("a", 0), 0x61U);
  EXPECT_EQ(WordTable::chunk("abc", 0), 0x636261U);
  EXPECT_EQ(WordTable::chunk("abcdef", 0), 0x666564636261U);
  EXPECT_EQ(WordTable::chunk("abcdefgh", 0), 0x6867666564636261U);
  EXPECT_EQ(WordTable::chunk("abcdefghij", 0), 0x6867666564636261U);
  EXPECT_EQ(WordTable::chunk("abcdefghij", 8), 0x6A69U);
  // Read from a word inside a longer text, nothing after it counts.
  const std::string_view text = "scoreboard";
  EXPECT_EQ(WordTable::chunk(text.substr(0, 5), 0), WordTable::chunk("score", 0));
}

TEST(WordTable, WordsThatShareBytesHashApart) {
  // The same first and last bytes and length, a chunk's worth of zeros, a word and its prefix.
  EXPECT_NE(WordTable::hash("score"), WordTable::hash("scope"));
  EXPECT_NE(WordTable::hash("abcdefgh"), WordTable::hash(std::string("abcdefgh\0", 9)));
  EXPECT_NE(WordTable::hash("abcdefghi"), WordTable::hash("abcdefgh"));
  EXPECT_EQ(WordTable::hash(std::string("fantastico")), WordTable::hash("fantastico"));
}

TEST(WordTable, AWordLongerThan255BytesIsRefused) {
  WordTable table;
  EXPECT_THROW(table[std::string(256, 'a')], Error);
}

}  // namespace
}  // namespace strata::sentiment
