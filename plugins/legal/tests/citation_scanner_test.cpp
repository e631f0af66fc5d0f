#include "citation_scanner.hpp"

#include <gtest/gtest.h>

#include "test_scanner.hpp"

namespace strata::legal {
namespace {

TEST(CitationScanner, SpansTheWholeCitationWithItsFeatures) {
  const std::string text = "Vale l'art. 4-bis della legge 7 agosto 1990, n. 241, e altro.";
  const auto citations = test_scanner().scan(text);
  ASSERT_EQ(citations.size(), 1u);
  const Citation& citation = citations[0];
  EXPECT_EQ(text.substr(citation.begin, citation.end - citation.begin),
            "art. 4-bis della legge 7 agosto 1990, n. 241");
  EXPECT_EQ(citation.type, "legislation");
  EXPECT_EQ(citation.features[0].first, "id");
  EXPECT_EQ(feature(citation, "id"), "urn:nir:stato:legge:1990-08-07;241~art4bis");
  EXPECT_EQ(feature(citation, "article"), "4bis");
  EXPECT_EQ(feature(citation, "date"), "1990-08-07");
  EXPECT_EQ(feature(citation, "number"), "241");
  EXPECT_EQ(feature(citation, "instrument"), "legge");
  EXPECT_EQ(feature(citation, "group"), "");
}

// A citation after an underscore (Markdown italics, or glued to a word) is found as without it;
// a keyword inside a word ("patto" in "impatto") starts none.
TEST(CitationScanner, FindsCitationsAfterAnUnderscore) {
  const std::string plain =
      "art. 5 della legge 7 agosto 1990, n. 241 e artt. 3 e 4 del d.P.R. 28 dicembre 2000, n. 445";
  ASSERT_FALSE(ids_of(plain).empty());
  EXPECT_EQ(ids_of("_art. 5 della legge 7 agosto 1990, n. 241 e _artt. 3 e 4 del d.P.R. 28 "
                   "dicembre 2000, n. 445"),
            ids_of(plain));
  EXPECT_EQ(ids_of("nota_art. 5 della legge 7 agosto 1990, n. 241"),
            ids_of("art. 5 della legge 7 agosto 1990, n. 241"));
  EXPECT_EQ(ids_of("l'impatto del patto"), "");
}

TEST(CitationScanner, GivesOneCitationPerIdentifierInAGroup) {
  const auto citations = test_scanner().scan("gli artt. 13 e 18 della legge n. 300 del 1970");
  ASSERT_EQ(citations.size(), 2u);
  EXPECT_EQ(citations[0].begin, citations[1].begin);
  EXPECT_EQ(citations[0].end, citations[1].end);
  EXPECT_EQ(feature(citations[0], "group"), "1");
  EXPECT_EQ(feature(citations[1], "group"), "1");
  EXPECT_EQ(feature(citations[1], "id"), "urn:nir:stato:legge:1970;300~art18");
}

// A letter may come first, as a comma does ("comma 12 dell'art. 33"); English lists articles
// with "and".
TEST(CitationScanner, ReadsALetterBeforeItsCommaAndEnglishListsOfArticles) {
  EXPECT_EQ(ids_of("la lettera a) del comma 3 dell'art. 5 del d.lgs. n. 165/2001"),
            "urn:nir:stato:decreto.legislativo:2001;165~art5-com3-leta");
  EXPECT_EQ(ids_of("Articles 15 and 17 of Regulation (EU) 2016/679"),
            "32016R0679~art15 32016R0679~art17");
  EXPECT_EQ(ids_of("la lettera a Roma del ministro"), "");
  EXPECT_EQ(ids_of("nella lettera al d.P.R. n. 445/2000"),
            "urn:nir:presidente.repubblica:decreto:2000;445");
}

TEST(CitationScanner, ReadsSeveralActsOfOneType) {
  EXPECT_EQ(ids_of("r.d.lgs. nn. 511 e 548 del 1946"),
            "urn:nir:stato:regio.decreto.legislativo:1946;511 "
            "urn:nir:stato:regio.decreto.legislativo:1946;548");
  EXPECT_EQ(ids_of("circolari n. 41/E del 12 marzo 2001 e n. 203/E del 9 ottobre 2001"),
            "urn:nir::circolare:2001-03-12;41-E urn:nir::circolare:2001-10-09;203-E");
}

TEST(CitationScanner, KeepsANumberWhoseYearIsNotTheDates) {
  EXPECT_EQ(ids_of("deliberazione della Giunta regionale 5 marzo 2004, n. 7/16"),
            "urn:nir:giunta.regione.:deliberazione:2004-03-05;7-16");
  EXPECT_EQ(ids_of("circolare n. 4/2006 del 13 aprile 2006"), "urn:nir::circolare:2006-04-13;4");
}

TEST(CitationScanner, TakesAuthoritiesAndRegions) {
  EXPECT_EQ(ids_of("decreto del Ministero delle finanze del 14 febbraio 2000, n. 57"),
            "urn:nir:ministero.finanze:decreto:2000-02-14;57");
  EXPECT_EQ(ids_of("decreto del presidente della Giunta regionale della Lombardia n. 6213 del "
                   "3 giugno 2005"),
            "urn:nir:presidente.giunta.regione.lombardia:decreto:2005-06-03;6213");
}

TEST(CitationScanner, ResolvesTheTreatyToTheOneNamedBefore) {
  EXPECT_EQ(ids_of("l'articolo 4 del trattato stabilisce"), "");
  EXPECT_EQ(ids_of("La CEDU... l'articolo 4 del trattato stabilisce"), "echr echr~art4");
}

TEST(CitationScanner, ResolvesTheSameActToTheOneCitedBefore) {
  EXPECT_EQ(ids_of("l'art. 5 della stessa legge"), "");
  EXPECT_EQ(ids_of("la legge n. 689 del 1981 e l'art. 22 della medesima legge"),
            "urn:nir:stato:legge:1981;689 urn:nir:stato:legge:1981;689~art22");
  EXPECT_EQ(ids_of("l'art. 2043 c.c. e l'art. 2059 dello stesso codice"),
            "urn:nir:stato:codice.civile:1942-03-16;262~art2043 "
            "urn:nir:stato:codice.civile:1942-03-16;262~art2059");
}

// "del citato d.lgs." is the legislative decree cited last, not whatever act came last; "dello
// stesso codice" the code cited last; none when no act of that type came before.
TEST(CitationScanner, ResolvesTheSameActToTheLastOfItsType) {
  EXPECT_EQ(ids_of("Visto il d.lgs. 30 giugno 2003, n. 196 e la legge 7 agosto 1990, n. 241. "
                   "L'art. 2 del citato d.lgs. è nullo. L'art. 3 della stessa legge."),
            "urn:nir:stato:decreto.legislativo:2003-06-30;196 urn:nir:stato:legge:1990-08-07;241 "
            "urn:nir:stato:decreto.legislativo:2003-06-30;196~art2 "
            "urn:nir:stato:legge:1990-08-07;241~art3");
  EXPECT_EQ(ids_of("l'art. 2043 c.c. e la legge n. 241 del 1990; l'art. 2059 dello stesso codice"),
            "urn:nir:stato:codice.civile:1942-03-16;262~art2043 urn:nir:stato:legge:1990;241 "
            "urn:nir:stato:codice.civile:1942-03-16;262~art2059");
  EXPECT_EQ(ids_of("il codice della strada e la legge n. 241 del 1990; l'art. 7 del medesimo "
                   "codice"),
            "urn:nir:stato:decreto.legislativo:1992-04-30;285 urn:nir:stato:legge:1990;241 "
            "urn:nir:stato:decreto.legislativo:1992-04-30;285~art7");
  EXPECT_EQ(ids_of("il d.lgs. n. 196 del 2003 e la legge n. 241 del 1990; l'art. 4 del medesimo "
                   "decreto"),
            "urn:nir:stato:decreto.legislativo:2003;196 urn:nir:stato:legge:1990;241 "
            "urn:nir:stato:decreto.legislativo:2003;196~art4");
  EXPECT_EQ(ids_of("la legge n. 241 del 1990; l'art. 3 dello stesso codice"),
            "urn:nir:stato:legge:1990;241");
  EXPECT_EQ(ids_of("la legge n. 241 del 1990; l'art. 3 del citato d.lgs."),
            "urn:nir:stato:legge:1990;241");
}

TEST(CitationScanner, LeavesActTypesWithoutDateOrNumberAlone) {
  EXPECT_EQ(ids_of("la legge di bilancio e il decreto attuativo"), "");
  EXPECT_EQ(ids_of("l'articolo di giornale"), "");
  EXPECT_EQ(ids_of("the cost of living"), "");
  EXPECT_EQ(ids_of("la costituzione di una società"), "");
  EXPECT_EQ(ids_of("ho comprato 40 cds. Where are my CDs?"), "");
  EXPECT_EQ(ids_of("le scelte falli tu e gli amici tuoi"), "");
  EXPECT_EQ(ids_of("il CdS lo vieta"), "urn:nir:stato:decreto.legislativo:1992-04-30;285");
  EXPECT_EQ(ids_of("l'art. 7 cds"), "urn:nir:stato:decreto.legislativo:1992-04-30;285~art7");
  EXPECT_EQ(ids_of("viola la Costituzione"), "urn:nir:stato:costituzione:;");
  EXPECT_EQ(ids_of("art. 3 della costituzione"), "urn:nir:stato:costituzione:;~art3");
}

}  // namespace
}  // namespace strata::legal
