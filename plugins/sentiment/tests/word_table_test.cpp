// The flat word table: what goes in comes out, through growth, and nothing else does.
#include "word_table.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>

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

// Settling places every word again, the ones that rules name first: nothing is lost or changed.
TEST(WordTable, SettlingKeepsEveryWordAndEntry) {
  WordTable table;
  for (int i = 0; i < 3000; ++i) {
    WordEntry& entry = table["w" + std::to_string(i)];
    entry.valence = static_cast<float>(i);
    entry.negator = i % 7 == 0;
    entry.skipped_in_window = i % 11 == 0;
  }
  table[std::string(40, 'x')].contrast = true;  // a long word, kept apart
  table.settle();
  EXPECT_EQ(table.size(), 3001U);
  for (int i = 0; i < 3000; ++i) {
    const WordEntry* entry = table.find("w" + std::to_string(i));
    ASSERT_NE(entry, nullptr) << i;
    EXPECT_EQ(entry->valence, static_cast<float>(i));
    EXPECT_EQ(entry->negator, i % 7 == 0);
    EXPECT_EQ(entry->skipped_in_window, i % 11 == 0);
  }
  ASSERT_NE(table.find(std::string(40, 'x')), nullptr);
  EXPECT_TRUE(table.find(std::string(40, 'x'))->contrast);
  EXPECT_EQ(table.find("w3000"), nullptr);
  table["w3000"].valence = 1.0F;  // and it grows on as before
  EXPECT_EQ(table.find("w3000")->valence, 1.0F);
}

// Room reserved with words already in keeps them; the words added after find room.
TEST(WordTable, ReservingRoomKeepsTheWordsIn) {
  WordTable table;
  table["bello"].valence = 3.0F;
  table.reserve(4000);
  table.reserve(10);  // never shrinks
  const WordEntry* const before = table.find("bello");
  for (int i = 0; i < 4000; ++i) table["w" + std::to_string(i)].valence = 1.0F;
  EXPECT_EQ(table.size(), 4001U);
  // Not placed again: the table did not grow while the 4,000 words came.
  EXPECT_EQ(table.find("bello"), before);
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->valence, 3.0F);
  for (int i = 0; i < 4000; ++i) ASSERT_NE(table.find("w" + std::to_string(i)), nullptr) << i;
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
  // Every size from 1 to 8, and the chunks of a longer word, each read from a buffer of exactly
  // the word's size (so that a read past it fails under AddressSanitizer).
  const std::string_view letters = "abcdefghijklmnop";
  for (std::size_t size = 1; size <= letters.size(); ++size) {
    const auto word = std::make_unique<char[]>(size);
    std::memcpy(word.get(), letters.data(), size);
    for (std::size_t at = 0; at < size; at += 8) {
      std::uint64_t expected = 0;
      for (std::size_t i = at; i < std::min(size, at + 8); ++i) {
        expected |= std::uint64_t{static_cast<unsigned char>(letters[i])} << (8 * (i - at));
      }
      EXPECT_EQ(WordTable::chunk({word.get(), size}, at), expected) << size << " " << at;
    }
  }
  EXPECT_EQ(WordTable::chunk("abcdefghij", 8), 0x6A69U);
}

TEST(WordTable, WordsThatShareBytesHashApart) {
  // The same first and last bytes and length, a word and its prefix, and words whose chunks are
  // alike but for the size (a zero byte at the end).
  EXPECT_NE(WordTable::hash("score"), WordTable::hash("scope"));
  EXPECT_NE(WordTable::hash("abcdefghi"), WordTable::hash("abcdefgh"));
  EXPECT_NE(WordTable::hash("abc"), WordTable::hash(std::string("abc\0", 4)));
  EXPECT_NE(WordTable::hash("abcdefgh"), WordTable::hash(std::string("abcdefgh\0", 9)));
}

TEST(WordTable, AWordLongerThan255BytesIsRefused) {
  WordTable table;
  EXPECT_THROW(table[std::string(256, 'a')], Error);
}

}  // namespace
}  // namespace strata::sentiment
