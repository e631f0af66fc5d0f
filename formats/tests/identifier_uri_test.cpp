#include "identifier_uri.hpp"

#include <gtest/gtest.h>

namespace strata::formats {
namespace {

TEST(IdentifierUri, KeepsUrnNirWithItsSemicolonAndTilde) {
  EXPECT_EQ(identifier_uri("urn:nir:stato:legge:1990-08-07;241~art2"),
            "urn:nir:stato:legge:1990-08-07;241~art2");
}

TEST(IdentifierUri, MakesCelexAnEurLexAddress) {
  EXPECT_EQ(identifier_uri("32016R0679"),
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679");
}

TEST(IdentifierUri, PercentEncodesWhatAUriCannotHold) {
  EXPECT_EQ(identifier_uri("https://example.org/a b\xC3\xA8"), "https://example.org/a%20b%C3%A8");
}

// Kept as they were, jing refused them in @target ("must be a URI").
TEST(IdentifierUri, EncodesAPercentThatStartsNoEscapeAndASecondHash) {
  EXPECT_EQ(identifier_uri("http://x.org/a%zz%2F%4#f#g%"), "http://x.org/a%25zz%2F%254#f%23g%25");
}

TEST(IdentifierUri, GuessesNothingForOtherIdentifiers) {
  EXPECT_EQ(identifier_uri(""), std::nullopt);
  EXPECT_EQ(identifier_uri("410 U.S. 113"), std::nullopt);
  EXPECT_EQ(identifier_uri("1abc:x"), std::nullopt);
  // Written like URIs, but no resolver knows the scheme.
  EXPECT_EQ(identifier_uri("doc:trattato-di-partenariato"), std::nullopt);
  EXPECT_EQ(identifier_uri("ECLI:IT:COST:2019:242"), std::nullopt);
  EXPECT_EQ(identifier_uri("URN:nir:stato:legge:1990;241"), "URN:nir:stato:legge:1990;241");
}

}  // namespace
}  // namespace strata::formats
