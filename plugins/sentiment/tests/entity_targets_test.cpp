#include "entity_targets.hpp"

#include <gtest/gtest.h>

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

WordLists lists() {
  WordLists lists;
  lists.add_lexicon("bravo\t2.0\npessimo\t-3.0\nvince\t2.0\n", "test");
  lists.add_rules("[contrast]\nma\n", "test");
  return lists;
}

TEST(EntityTargets, EachTargetGetsItsOwnClausesAcrossTheDocument) {
  const Document doc = document_with({{0, 11, "PER"}, {25, 32, "PER"}, {45, 50, "PER"}});
  const TokenIndex index(doc);
  const WordLists words = lists();
  const auto targets = target_sentiments(doc, index, words, NameMask(doc));
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_EQ(targets[0].name, "Mario Rossi");
  EXPECT_EQ(targets[0].mentions, 2u);  // "Rossi vince" joins "Mario Rossi"
  EXPECT_GT(targets[0].score, 0.3);
  EXPECT_EQ(targets[1].name, "Bianchi");
  EXPECT_EQ(targets[1].mentions, 1u);
  EXPECT_LT(targets[1].score, -0.3);  // "ma" starts Bianchi's own clause
}

TEST(EntityTargets, NoEntitiesNoTargets) {
  const Document doc = document_with({{0, 11, "DATE"}});
  const TokenIndex index(doc);
  const WordLists words = lists();
  EXPECT_TRUE(target_sentiments(doc, index, words, NameMask(doc)).empty());
}

}  // namespace
}  // namespace strata::sentiment
