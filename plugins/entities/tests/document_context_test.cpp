#include "document_context.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "hashing.hpp"
#include "strata/error.hpp"

namespace strata::entities {
namespace {

using Sentence = std::vector<std::string_view>;

TEST(DocumentContext, TellsCapitalisedInsideFromSentenceStarts) {
  DocumentContext document;
  document.add_sentence(Sentence{"Questo", "è", "Draghi", "."});
  document.add_sentence(Sentence{"Draghi", "parla", "di", "questo", "."});
  document.add_sentence(Sentence{"«", "Oggi", "no", "»"});
  const DocumentContext::WordUse* draghi = document.use(hash_string("draghi"));
  ASSERT_NE(draghi, nullptr);
  EXPECT_TRUE(draghi->capitalised_inside);
  EXPECT_FALSE(draghi->lower_case);
  const DocumentContext::WordUse* questo = document.use(hash_string("questo"));
  ASSERT_NE(questo, nullptr);
  EXPECT_FALSE(questo->capitalised_inside);
  EXPECT_TRUE(questo->lower_case);
  // After an opening quote a capital starts a sentence of its own.
  EXPECT_FALSE(document.use(hash_string("oggi"))->capitalised_inside);
  EXPECT_EQ(document.use(hash_string("nessuno")), nullptr);
}

TEST(DocumentContext, TakesTheWordHashesWorkedOutAlready) {
  const Sentence sentence{"Ieri", "Draghi", "parlava", "con", "Draghi", "."};
  std::vector<std::uint64_t> words;
  for (const std::string_view token : sentence) {
    std::string lower(token);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words.push_back(hash_string(lower));
  }
  DocumentContext document;
  document.add_sentence(sentence, words);
  const DocumentContext::WordUse* draghi = document.use(hash_string("draghi"));
  ASSERT_NE(draghi, nullptr);
  EXPECT_TRUE(draghi->capitalised_inside);
  EXPECT_EQ(draghi->before_count, 2);  // "ieri", "con"
  words.pop_back();
  EXPECT_THROW(document.add_sentence(sentence, words), Error);
}

TEST(DocumentContext, ClearStartsANewDocument) {
  DocumentContext document;
  document.add_sentence(Sentence{"Ieri", "Draghi", "parlava", "."});
  document.clear();
  EXPECT_TRUE(document.empty());
  EXPECT_EQ(document.use(hash_string("draghi")), nullptr);
  document.add_sentence(Sentence{"Oggi", "parla", "Meloni", "."});
  const DocumentContext::WordUse* meloni = document.use(hash_string("meloni"));
  ASSERT_NE(meloni, nullptr);
  EXPECT_EQ(meloni->before_count, 1);
}

TEST(DocumentContext, KeepsTheWordsAroundCapitalisedOccurrences) {
  DocumentContext document;
  document.add_sentence(Sentence{"il", "team", "Alinghi", "vince"});
  document.add_sentence(Sentence{"la", "barca", "Alinghi", "vince"});
  const DocumentContext::WordUse* use = document.use(hash_string("alinghi"));
  ASSERT_NE(use, nullptr);
  ASSERT_EQ(use->before_count, 2);
  EXPECT_EQ(use->before[0], hash_string("team"));
  EXPECT_EQ(use->before[1], hash_string("barca"));
  ASSERT_EQ(use->after_count, 1);
  EXPECT_EQ(use->after[0], hash_string("vince"));
}

}  // namespace
}  // namespace strata::entities
