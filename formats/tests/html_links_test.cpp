#include "html_links.hpp"

#include <gtest/gtest.h>

namespace strata::formats {
namespace {

TEST(HtmlLinks, UrnNirGoesToNormattivasResolver) {
  EXPECT_EQ(official_source("urn:nir:stato:legge:1990-08-07;241~art2"),
            "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1990-08-07;241~art2");
}

TEST(HtmlLinks, CelexGoesToEurLex) {
  EXPECT_EQ(official_source("32016R0679"),
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679");
}

TEST(HtmlLinks, OtherIdentifiersGetNoLink) {
  EXPECT_EQ(official_source("doc:trattato-di-partenariato"), std::nullopt);
  EXPECT_EQ(official_source("410 U.S. 113"), std::nullopt);
  EXPECT_EQ(official_source("https://example.org/act"), std::nullopt);
  EXPECT_EQ(official_source(""), std::nullopt);
}

}  // namespace
}  // namespace strata::formats
