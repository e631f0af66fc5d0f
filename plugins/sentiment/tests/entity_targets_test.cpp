#include "entity_targets.hpp"

#include <gtest/gtest.h>

#include <tuple>
#include <utility>
#include <vector>

#include "document_words.hpp"
#include "name_mask.hpp"

namespace strata::sentiment {
namespace {

// "Mario Rossi è bravo, ma Bianchi è pessimo. Rossi vince." with tokens, one sentence a
// period, and the entities given.
Document document_with(std::vector<std::tuple<Offset, Offset, const char*>> names) {
  Document doc("d", "Mario Rossi è bravo, ma Bianchi è pessimo. Rossi vince.");
  Layer& tokens = doc.add_layer("tokens");
  const std::string& text = doc.text();
  std::size_t at = 0;
  while (at < text.size()) {
    if (text[at] == ' ') {
      ++at;
      continue;
    }
    std::size_t end = at;
    const bool punct = text[at] == ',' || text[at] == '.';
    if (punct) {
      end = at + 1;
    } else {
      while (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != '.') ++end;
    }
    const AnnotationId id = tokens.add(static_cast<Offset>(at), static_cast<Offset>(end), "token");
    tokens.set_string(id, "kind", punct ? "punct" : "word");
    at = end;
  }
  Layer& sentences = doc.add_layer("sentences");
  const auto first_end = static_cast<Offset>(text.find('.') + 1);
  sentences.add(0, first_end, "sentence");
  sentences.add(first_end + 1, static_cast<Offset>(text.size()), "sentence");
  Layer& entities = doc.add_layer("entities");
  for (const auto& [begin, end, type] : names) entities.add(begin, end, type);
  return doc;
}

// The objects the annotator reuses from document to document.
struct Workspace {
  NameMask names;
  PunctuationMarks marks;
  DocumentWords sentences;
  TargetSentiments targets;
};

// The targets of `doc` as the annotator gathers them: sentence by sentence, from the words its
// polarity reads.
std::vector<TargetSentiment> targets_of(const Document& doc, const WordLists& lists,
                                        Workspace& workspace) {
  auto& [names, marks, sentences, targets] = workspace;
  const TokenIndex index(doc);
  names.find(doc);
  marks.find(doc.text());
  sentences.read(index, names, lists);
  targets.start(doc, lists, marks);
  for (std::size_t s = 0; s < sentences.sentences(); ++s) {
    targets.add(index.sentences()[s], sentences.tokens(s), sentences.words(s));
  }
  const std::span<const TargetSentiment> found = targets.finish();
  return {found.begin(), found.end()};
}

std::vector<TargetSentiment> targets_of(const Document& doc, const WordLists& lists) {
  Workspace fresh;
  return targets_of(doc, lists, fresh);
}

// The score of the first target of `text` read as one sentence of the given tokens (cut, kind),
// with the entities given.
double target_score(std::string_view text,
                    const std::vector<std::tuple<Offset, Offset, const char*>>& cuts,
                    const std::vector<std::tuple<Offset, Offset, const char*>>& names,
                    const WordLists& lists) {
  Document doc("d", std::string(text));
  Layer& tokens = doc.add_layer("tokens");
  for (const auto& [begin, end, kind] : cuts) {
    tokens.set_string(tokens.add(begin, end, "token"), "kind", kind);
  }
  doc.add_layer("sentences").add(0, static_cast<Offset>(text.size()), "sentence");
  Layer& entities = doc.add_layer("entities");
  for (const auto& [begin, end, type] : names) entities.add(begin, end, type);
  const std::vector<TargetSentiment> targets = targets_of(doc, lists);
  return targets.empty() ? 99.0 : targets.front().score;
}

WordLists lists() {
  WordLists lists;
  lists.add_lexicon("bravo\t2.0\npessimo\t-3.0\nvince\t2.0\n", "test");
  lists.add_rules("[contrast]\nma\n", "test");
  return lists;
}

TEST(EntityTargets, EachTargetGetsItsOwnClausesAcrossTheDocument) {
  const Document doc = document_with({{0, 11, "PER"}, {25, 32, "PER"}, {45, 50, "PER"}});
  const auto targets = targets_of(doc, lists());
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_EQ(targets[0].name, "Mario Rossi");
  EXPECT_EQ(targets[0].mentions, 2u);  // "Rossi vince" joins "Mario Rossi"
  EXPECT_GT(targets[0].score, 0.3);
  EXPECT_EQ(targets[1].name, "Bianchi");
  EXPECT_EQ(targets[1].mentions, 1u);
  EXPECT_LT(targets[1].score, -0.3);  // "ma" starts Bianchi's own clause
}

// Two people of one surname are two targets; the bare surname goes to the one named last.
TEST(EntityTargets, NamesakesStayApart) {
  // Tokens separated by spaces, a sentence ending at each ".", each capitalised run a PER.
  Document doc("d",
               "Giuseppe Conte è bravo . Antonio Conte è pessimo . Conte perde . Luigi Di Maio "
               "perde . Di Maio è bravo .");
  Layer& tokens = doc.add_layer("tokens");
  Layer& sentences = doc.add_layer("sentences");
  Layer& entities = doc.add_layer("entities");
  const std::string& text = doc.text();
  Offset sentence = 0;
  Offset name = 0;
  bool in_name = false;
  for (Offset at = 0; at < text.size();) {
    const auto end = static_cast<Offset>(std::min(text.find(' ', at), text.size()));
    const bool period = text[at] == '.';
    tokens.set_string(tokens.add(at, end, "token"), "kind", period ? "punct" : "word");
    const bool capital = text[at] >= 'A' && text[at] <= 'Z';
    if (capital && !in_name) name = at;
    if (!capital && in_name) entities.add(name, at - 1, "PER");
    in_name = capital;
    if (period) {
      sentences.add(sentence, end, "sentence");
      sentence = end + 1;
    }
    at = end + 1;
  }
  WordLists words;
  words.add_lexicon("bravo\t2.0\npessimo\t-3.0\nperde\t-2.0\n", "test");
  const auto targets = targets_of(doc, words);
  ASSERT_EQ(targets.size(), 3u);
  EXPECT_EQ(targets[2].name, "Luigi Di Maio");  // "Di Maio" is the same person
  EXPECT_EQ(targets[2].mentions, 2u);
  EXPECT_EQ(targets[0].name, "Giuseppe Conte");
  EXPECT_EQ(targets[0].mentions, 1u);
  EXPECT_GT(targets[0].score, 0.3);
  EXPECT_EQ(targets[1].name, "Antonio Conte");
  EXPECT_EQ(targets[1].mentions, 2u);
  EXPECT_LT(targets[1].score, -0.3);
}

// One set of objects read document after document gives what fresh ones give each document:
// nothing of a document before stays (keys, names, marks, mentions).
TEST(EntityTargets, ReusedFromDocumentToDocumentTheyGiveWhatFreshOnesGive) {
  const WordLists words = lists();
  Workspace reused_workspace;
  const Document documents[] = {
      document_with({{0, 11, "PER"}, {25, 32, "PER"}, {45, 50, "PER"}}),
      document_with({{6, 11, "ORG"}, {25, 32, "LOC"}}),
      document_with({}),
      document_with({{45, 50, "PER"}}),  // "Rossi" alone: no "Mario Rossi" from before
      document_with({{0, 11, "PER"}, {25, 32, "PER"}, {45, 50, "PER"}}),
  };
  for (const Document& doc : documents) {
    const std::vector<TargetSentiment> reused = targets_of(doc, words, reused_workspace);
    const std::vector<TargetSentiment> fresh = targets_of(doc, words);
    ASSERT_EQ(reused.size(), fresh.size());
    for (std::size_t t = 0; t < fresh.size(); ++t) {
      EXPECT_EQ(reused[t].name, fresh[t].name);
      EXPECT_EQ(reused[t].type, fresh[t].type);
      EXPECT_EQ(reused[t].first_mention, fresh[t].first_mention);
      EXPECT_EQ(reused[t].mentions, fresh[t].mentions);
      EXPECT_EQ(reused[t].score, fresh[t].score);
    }
  }
  const std::vector<TargetSentiment> alone = targets_of(documents[3], words, reused_workspace);
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].name, "Rossi");
}

TEST(EntityTargets, NoEntitiesNoTargets) {
  const Document doc = document_with({{0, 11, "DATE"}});
  EXPECT_TRUE(targets_of(doc, lists()).empty());
}

// A clause's words are the sentence's, unless a run of punctuation crosses its end: "-_-," is no
// emoticon of the sentence, but its clause ends before the comma and holds "-_-", one.
TEST(EntityTargets, AClauseIsReadAsItsOwnTokensWhereTheSentenceReadsAcrossItsEnds) {
  WordLists emoticons = lists();
  emoticons.add_lexicon("-_-\t-2.0\n", "test");
  const double score = target_score("Rossi -_-, bravo",
                                    {{0, 5, "word"},
                                     {6, 7, "punct"},
                                     {7, 8, "punct"},
                                     {8, 9, "punct"},
                                     {9, 10, "punct"},
                                     {11, 16, "word"}},
                                    {{0, 5, "PER"}}, emoticons);
  EXPECT_LT(score, -0.3);
}

// The contrast word that starts a clause is found whatever the sentence's words made of it: a
// name ("Ma", masked), or a word a clitic joins ("ma'").
TEST(EntityTargets, ContrastWordsEndClausesInNamesAndJoinedWords) {
  const WordLists words = lists();
  // "pessimo" is after the contrast word: not in Rossi's clause.
  EXPECT_GT(target_score("Rossi bravo ma pessimo",
                         {{0, 5, "word"}, {6, 11, "word"}, {12, 14, "word"}, {15, 22, "word"}},
                         {{0, 5, "PER"}, {12, 14, "ORG"}}, words),
            0.3);
  EXPECT_GT(
      target_score(
          "Rossi bravo ma's pessimo",
          {{0, 5, "word"}, {6, 11, "word"}, {12, 14, "word"}, {14, 16, "word"}, {17, 24, "word"}},
          {{0, 5, "PER"}}, words),
      0.3);
}

// A document of `text` with tokens (begin, end, kind), sentences (begin, end) and entities
// (begin, end, type) as given.
Document document_of(std::string_view text,
                     const std::vector<std::tuple<Offset, Offset, const char*>>& cuts,
                     const std::vector<std::pair<Offset, Offset>>& sentence_spans,
                     const std::vector<std::tuple<Offset, Offset, const char*>>& names) {
  Document doc("d", std::string(text));
  Layer& tokens = doc.add_layer("tokens");
  for (const auto& [begin, end, kind] : cuts) {
    tokens.set_string(tokens.add(begin, end, "token"), "kind", kind);
  }
  Layer& sentences = doc.add_layer("sentences");
  for (const auto& [begin, end] : sentence_spans) sentences.add(begin, end, "sentence");
  Layer& entities = doc.add_layer("entities");
  for (const auto& [begin, end, type] : names) entities.add(begin, end, type);
  return doc;
}

// Clauses after a sentence's last name are not cut, a sentence naming only a date not at all:
// each name still gets its own clause, and the sentence after its own.
TEST(EntityTargets, ClausesAfterTheLastNameAddNothing) {
  // "Rossi bravo, piove, ma pessimo. 2024 pessimo. Bianchi vince."
  const Document doc = document_of("Rossi bravo, piove, ma pessimo. 2024 pessimo. Bianchi vince.",
                                   {{0, 5, "word"},
                                    {6, 11, "word"},
                                    {11, 12, "punct"},
                                    {13, 18, "word"},
                                    {18, 19, "punct"},
                                    {20, 22, "word"},
                                    {23, 30, "word"},
                                    {30, 31, "punct"},
                                    {32, 36, "number"},
                                    {37, 44, "word"},
                                    {44, 45, "punct"},
                                    {46, 53, "word"},
                                    {54, 59, "word"},
                                    {59, 60, "punct"}},
                                   {{0, 31}, {32, 45}, {46, 60}},
                                   {{0, 5, "PER"}, {32, 36, "DATE"}, {46, 53, "PER"}});
  const auto targets = targets_of(doc, lists());
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_EQ(targets[0].name, "Rossi");
  EXPECT_EQ(targets[0].mentions, 1u);
  EXPECT_GT(targets[0].score, 0.3);  // "Rossi bravo" alone, not "ma pessimo"
  EXPECT_EQ(targets[1].name, "Bianchi");
  EXPECT_GT(targets[1].score, 0.3);
}

// Sentences that nest (another plugin's may) count a mention once, as the first sentence's
// clauses leave it behind, however far they are cut.
TEST(EntityTargets, NestedSentencesCountAMentionOnce) {
  // "Rossi è bravo, ma piove.": the whole, and its first clause as a sentence of its own.
  const Document doc = document_of("Rossi è bravo, ma piove.",
                                   {{0, 5, "word"},
                                    {6, 8, "word"},
                                    {9, 14, "word"},
                                    {14, 15, "punct"},
                                    {16, 18, "word"},
                                    {19, 24, "word"},
                                    {24, 25, "punct"}},
                                   {{0, 25}, {0, 15}}, {{0, 5, "PER"}});
  const auto targets = targets_of(doc, lists());
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].mentions, 1u);
  EXPECT_GT(targets[0].score, 0.3);
}

// A clause's own '!' raise its score; those of the sentence's other clauses do not.
TEST(EntityTargets, OnlyAClausesOwnExclamationMarksWeighOnIt) {
  const WordLists words = lists();
  const auto rossi = [&](std::string_view text, Offset bang) {
    return target_score(text,
                        {{0, 5, "word"},
                         {6, 11, "word"},
                         {bang, bang + 1, "punct"},
                         {bang + 2, bang + 4, "word"},
                         {bang + 5, bang + 12, "word"},
                         {bang + 12, bang + 13, "punct"}},
                        {{0, 5, "PER"}}, words);
  };
  const double plain = rossi("Rossi bravo, ma pessimo.", 11);
  EXPECT_GT(rossi("Rossi bravo! ma pessimo.", 11), plain);
  EXPECT_DOUBLE_EQ(rossi("Rossi bravo, ma pessimo!", 11), plain);
}

}  // namespace
}  // namespace strata::sentiment
