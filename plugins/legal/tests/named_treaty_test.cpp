#include "named_treaty.hpp"

#include <gtest/gtest.h>

namespace strata::legal {
namespace {

std::string id_at(std::string_view text, std::size_t pos = 0) {
  const auto found = scan_named_treaty(text, pos);
  if (!found) return "(none)";
  return found->acts.front().id + " @" + std::to_string(found->end);
}

TEST(NamedTreaty, NeedsAHeadASubjectAndTwoParties) {
  const std::string_view sample =
      "trattato di partenariato strategico globale tra Corea del Nord e Russia obbliga";
  EXPECT_EQ(id_at(sample),
            "doc:trattato-di-partenariato-strategico-globale-tra-corea-del-nord-e-russia @71");
  EXPECT_EQ(id_at("Accordo di cooperazione tra l'Italia e la Libia, firmato"),
            "doc:accordo-di-cooperazione-tra-l-italia-e-la-libia @47");
  EXPECT_EQ(id_at("Treaty of friendship between Japan and Korea"),
            "doc:treaty-of-friendship-between-japan-and-korea @44");
  EXPECT_EQ(id_at("accordo di massima sulla riforma"), "(none)");            // no parties
  EXPECT_EQ(id_at("accordo di pace tra le parti e i sindacati"), "(none)");  // no names
}

TEST(NamedTreaty, TheNameIsTheInstrument) {
  const auto found = scan_named_treaty("patto di amicizia tra Roma e Berlino.", 0);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->type, "treaty");
  EXPECT_EQ(
      found->acts.front().features.front(),
      (std::pair<std::string, std::string>{"instrument", "patto di amicizia tra Roma e Berlino"}));
}

TEST(NamedTreaty, LocalIdsFoldCaseAndPunctuation) {
  EXPECT_EQ(document_local_id("Trattato di Pace  tra X e Y"), "doc:trattato-di-pace-tra-x-e-y");
  EXPECT_EQ(document_local_id("  l'accordo"), "doc:l-accordo");
}

}  // namespace
}  // namespace strata::legal
