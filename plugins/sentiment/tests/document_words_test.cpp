// A document's sentences read at once: the same tokens and words as sentence by sentence.
#include "document_words.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace strata::sentiment {
namespace {

// `text` with tokens cut at spaces, around ",.!" and before "'" ("don" "'t"), one sentence per
// '.', '!' or the end, and entities (name, type) over the names' occurrences, each found after
// the one before. Without `cut_sentences`, no sentences layer: the caller adds one.
Document document_with(std::string text,
                       std::vector<std::pair<std::string_view, const char*>> names,
                       bool cut_sentences = true) {
  Document doc("d", std::move(text));
  const std::string& all = doc.text();
  Layer& tokens = doc.add_layer("tokens");
  std::vector<std::pair<std::size_t, std::size_t>> cuts;  // the sentences
  const auto is_mark = [](char c) { return c == ',' || c == '.' || c == '!' || c == '\''; };
  std::size_t at = 0;
  std::size_t sentence_begin = 0;
  while (at < all.size()) {
    if (all[at] == ' ') {
      ++at;
      continue;
    }
    std::size_t end = at + 1;
    if (!is_mark(all[at]) || all[at] == '\'') {
      while (end < all.size() && all[end] != ' ' && !is_mark(all[end])) ++end;
    }
    const AnnotationId id = tokens.add(static_cast<Offset>(at), static_cast<Offset>(end), "token");
    tokens.set_string(id, "kind", is_mark(all[at]) && all[at] != '\'' ? "punct" : "word");
    if (all[at] == '.' || all[at] == '!') {
      cuts.emplace_back(sentence_begin, end);
      sentence_begin = end + 1;
    }
    at = end;
  }
  if (sentence_begin < all.size()) cuts.emplace_back(sentence_begin, all.size());
  if (cut_sentences) {
    Layer& sentences = doc.add_layer("sentences");
    for (const auto& [begin, end] : cuts) {
      sentences.add(static_cast<Offset>(begin), static_cast<Offset>(end), "sentence");
    }
  }
  Layer& entities = doc.add_layer("entities");
  std::size_t from = 0;
  for (const auto& [name, type] : names) {
    const std::size_t begin = all.find(name, from);
    from = begin + name.size();
    entities.add(static_cast<Offset>(begin), static_cast<Offset>(from), type);
  }
  return doc;
}

WordLists lists() {
  WordLists lists;
  lists.add_lexicon("bravo\t2.0\npessimo\t-3.0\nvince\t2.0\ndon't\t-1.0\n:)\t2.0\n", "test");
  lists.add_rules(
      "[contrast]\nma\n[negators]\nnon\n[boosters]\nun po'\t-0.293\n[idioms]\nda morire\t3\n",
      "test");
  return lists;
}

// `got` is `want`, field by field; and its rules_apply says what word_valences must look at.
void expect_same_word(const Word& got, const Word& want, const WordLists& lists,
                      const std::string& where) {
  EXPECT_EQ(got.folded, want.folded) << where;
  EXPECT_EQ(got.all_caps, want.all_caps) << where;
  const WordEntry& a = got.entry;
  const WordEntry& b = want.entry;
  EXPECT_EQ(a.valence, b.valence) << where;
  EXPECT_EQ(a.booster, b.booster) << where;
  EXPECT_EQ(a.in_lexicon, b.in_lexicon) << where;
  EXPECT_EQ(a.is_booster, b.is_booster) << where;
  EXPECT_EQ(a.negator, b.negator) << where;
  EXPECT_EQ(a.contrast, b.contrast) << where;
  EXPECT_EQ(a.skipped_in_window, b.skipped_in_window) << where;
  EXPECT_EQ(a.determiner, b.determiner) << where;
  EXPECT_EQ(a.ends_negation, b.ends_negation) << where;
  EXPECT_EQ(a.in_phrase, b.in_phrase) << where;
  EXPECT_EQ(a.ends_idiom, b.ends_idiom) << where;
  EXPECT_EQ(a.verb_sense, b.verb_sense) << where;
  EXPECT_EQ(a.verb_opener, b.verb_opener) << where;
  EXPECT_EQ(a.verb_adverb, b.verb_adverb) << where;
  EXPECT_EQ(a.phrase_places, b.phrase_places) << where;
  EXPECT_EQ(got.rules_apply, want.rules_apply) << where;
  EXPECT_EQ(got.rules_apply,
            a.has_valence() || a.ends_idiom || lists.may_be_superlative(got.folded))
      << where;
}

// Each sentence of `doc` as read by `read`, against names masked and words made sentence by
// sentence.
void expect_as_sentence_by_sentence(const Document& doc, const DocumentWords& read,
                                    const WordLists& lists) {
  const TokenIndex index(doc);
  const NameMask names(doc);
  ASSERT_EQ(read.sentences(), index.sentences().size());
  for (std::size_t s = 0; s < read.sentences(); ++s) {
    const std::span<const Token> own = index.sentences()[s].tokens;
    std::vector<Token> tokens(own.begin(), own.end());
    names.mask(tokens, lists);
    const std::span<const Token> got_tokens = read.tokens(s);
    ASSERT_EQ(got_tokens.size(), tokens.size()) << s;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      EXPECT_EQ(got_tokens[t].text, tokens[t].text) << s << " " << t;
      EXPECT_EQ(got_tokens[t].kind, tokens[t].kind) << s << " " << t;
      EXPECT_EQ(got_tokens[t].begin, tokens[t].begin) << s << " " << t;
    }
    const Words words = words_of(tokens, lists);
    const SentenceWords got = read.words(s);
    ASSERT_EQ(got.size(), words.size()) << s;
    for (std::size_t w = 0; w < words.size(); ++w) {
      const std::string where = "sentence " + std::to_string(s) + " word " + std::to_string(w);
      expect_same_word(got[w], words[w], lists, where);
      EXPECT_EQ(got.first_tokens[w], words.first_tokens()[w]) << where;
    }
  }
}

TEST(DocumentWords, EachSentenceReadsAsOnItsOwn) {
  const WordLists words = lists();
  // Names in the first and third sentences, none in the second; a clitic joined to its word; a
  // sentence of punctuation alone; a word in capitals; a booster phrase and an idiom, whose first
  // words the rules need not read.
  const Document doc = document_with(
      "Mario Rossi è bravo, ma Bianchi è pessimo. Non don't VINCE. ! Rossi vince :) Un po' da "
      "morire.",
      {{"Mario Rossi", "PER"}, {"Bianchi", "PER"}, {"Rossi", "PER"}});
  const TokenIndex index(doc);  // the views below are of its tokens
  DocumentWords read;
  read.read(index, NameMask(doc), words);
  expect_as_sentence_by_sentence(doc, read, words);
  EXPECT_EQ(read.words(1)[1].folded, "don't");
  EXPECT_TRUE(read.words(1)[1].in_lexicon());
  EXPECT_EQ(read.words(2).size(), 0U);
  EXPECT_EQ(read.tokens(0)[0].kind, NameMask::kNameKind);
  EXPECT_EQ(read.tokens(3)[0].kind, NameMask::kNameKind);  // "Rossi", after a sentence unmasked
  EXPECT_EQ(read.tokens(1)[0].text, "Non");
}

// A sentence with no token, and sentences that nest and overlap (another plugin's may): each
// reads its own tokens.
TEST(DocumentWords, EmptyNestedAndOverlappingSentencesReadTheirOwnTokens) {
  const WordLists words = lists();
  Document doc = document_with("Rossi non vince, ma bravo", {{"Rossi", "PER"}}, false);
  Layer& sentences = doc.add_layer("sentences");
  sentences.add(0, 25, "sentence");
  sentences.add(0, 15, "sentence");   // nested: "Rossi non vince"
  sentences.add(10, 25, "sentence");  // overlapping: "vince, ma bravo"
  sentences.add(15, 15, "sentence");  // empty
  const TokenIndex index(doc);
  DocumentWords read;
  read.read(index, NameMask(doc), words);
  expect_as_sentence_by_sentence(doc, read, words);
  ASSERT_EQ(read.sentences(), 4U);
  EXPECT_EQ(read.tokens(0)[0].kind, NameMask::kNameKind);
  EXPECT_EQ(read.tokens(1)[0].kind, NameMask::kNameKind);
  EXPECT_EQ(read.words(2)[0].folded, "vince");
  EXPECT_EQ(read.words(3).size(), 0U);
}

// Read document after document, nothing of the one before stays: fewer sentences, other names.
TEST(DocumentWords, ReusedItReadsEachDocumentAsAFreshOne) {
  const WordLists words = lists();
  const Document documents[] = {
      document_with("Mario Rossi è bravo. Bianchi è pessimo. Rossi vince.",
                    {{"Mario Rossi", "PER"}, {"Bianchi", "PER"}, {"Rossi", "PER"}}),
      document_with("Bianchi vince.", {}),
      document_with("Rossi è bravo, ma non vince. Bianchi!",
                    {{"Rossi", "PER"}, {"Bianchi", "ORG"}}),
  };
  DocumentWords read;
  for (const Document& doc : documents) {
    const TokenIndex index(doc);
    read.read(index, NameMask(doc), words);
    expect_as_sentence_by_sentence(doc, read, words);
    // The last sentence's first word is a name in the first and last documents only.
    const std::span<const Token> last = read.tokens(read.sentences() - 1);
    EXPECT_EQ(last[0].kind == NameMask::kNameKind, &doc != &documents[1]) << last[0].text;
  }
}

}  // namespace
}  // namespace strata::sentiment
