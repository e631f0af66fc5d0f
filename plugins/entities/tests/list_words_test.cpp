#include "list_words.hpp"

#include <gtest/gtest.h>

#include <string>

#include "name_lists.hpp"

namespace strata::entities {
namespace {

NameLists lists() {
  Gazetteer shipped;
  shipped.add("LOC", "Roma", Strength::strong);
  shipped.add("ORG", "Banca d'Italia", Strength::strong);
  return NameLists(std::move(shipped));
}

std::uint32_t get(ListWordCache& cache, const NameLists& names, std::string_view word, int& calls) {
  std::string buffer;
  return cache.get(word, ListWordCache::key(word), [&](std::string_view text) {
    ++calls;
    return names.describe(text, buffer);
  });
}

TEST(ListWordCache, DescribesEachWordOnceUntilOtherListsCome) {
  const NameLists names = lists();
  ListWordCache cache;
  int calls = 0;
  cache.prepare(names.id());
  const std::uint32_t roma = get(cache, names, "Roma", calls);
  const std::uint32_t banca = get(cache, names, "Banca", calls);
  EXPECT_NE(roma, banca);
  EXPECT_EQ(get(cache, names, "Roma", calls), roma);
  EXPECT_EQ(calls, 2);
  cache.prepare(names.id());  // the same lists: the words stay
  EXPECT_EQ(get(cache, names, "Banca", calls), banca);
  EXPECT_EQ(calls, 2);
  const NameLists others = lists();
  EXPECT_NE(others.id(), names.id());
  cache.prepare(others.id());
  EXPECT_EQ(cache.size(), 0u);
}

TEST(ListWordCache, KeepsWhatTheListsSayOfTheWord) {
  const NameLists names = lists();
  ListWordCache cache;
  int calls = 0;
  cache.prepare(names.id());
  const ListWord& roma = cache.entry(get(cache, names, "Roma", calls));
  EXPECT_EQ(roma.capitalization, Capitalization::title);
  EXPECT_EQ(roma.shipped.exact, 1);
  EXPECT_NE(roma.shipped.exact_single, 0u);
  const ListWord& banca = cache.entry(get(cache, names, "Banca", calls));
  EXPECT_EQ(banca.shipped.exact, 3);  // "Banca d' Italia"
  EXPECT_EQ(banca.shipped.exact_single, 0u);
  std::string buffer;
  const ListWord again = names.describe("Banca", buffer);
  EXPECT_EQ(again.key.surface, banca.key.surface);
  EXPECT_EQ(again.key.folded, banca.key.folded);
}

}  // namespace
}  // namespace strata::entities
