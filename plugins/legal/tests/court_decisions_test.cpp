#include "court_decisions.hpp"

#include <gtest/gtest.h>

#include "test_scanner.hpp"

namespace strata::legal {
namespace {

// Each decision found, as "written -> id", joined with " | ".
std::string decisions_in(std::string_view text) {
  std::string out;
  for (const Citation& citation : find_court_decisions(text)) {
    if (!out.empty()) out += " | ";
    out += std::string(text.substr(citation.begin, citation.end - citation.begin)) + " -> " +
           feature(citation, "id");
  }
  return out;
}

TEST(CourtDecisions, ReadsTheCourtBeforeTheDecision) {
  EXPECT_EQ(decisions_in("Corte cost., sent. n. 242 del 2019, punto 2."),
            "Corte cost., sent. n. 242 del 2019 -> ECLI:IT:COST:2019:242");
  EXPECT_EQ(decisions_in("Cass. civ., sez. un., 11 novembre 2008, n. 26972."),
            "Cass. civ., sez. un., 11 novembre 2008, n. 26972 -> ECLI:IT:CASS:2008:26972CIV");
  EXPECT_EQ(decisions_in("Cass. pen., Sez. VI, n. 1234/2020"),
            "Cass. pen., Sez. VI, n. 1234/2020 -> ECLI:IT:CASS:2020:1234PEN");
  EXPECT_EQ(decisions_in("Cassazione civile, sez. un., 14/12/2016, (ud. 27/09/2016, "
                         "dep.14/12/2016), n. 25622"),
            "Cassazione civile, sez. un., 14/12/2016, (ud. 27/09/2016, dep.14/12/2016), n. 25622 "
            "-> ECLI:IT:CASS:2016:25622CIV");
  EXPECT_EQ(decisions_in("Corte di Cassazione, sez. Unite Civile, Sentenza n.25364 del "
                         "28/08/2023"),
            "Corte di Cassazione, sez. Unite Civile, Sentenza n.25364 del 28/08/2023 -> "
            "ECLI:IT:CASS:2023:25364CIV");
  EXPECT_EQ(decisions_in("Cass., sez. lav., 3 maggio 2019, n. 11664"),
            "Cass., sez. lav., 3 maggio 2019, n. 11664 -> ECLI:IT:CASS:2019:11664CIV");
  // Without a comma after the branch, as often written.
  EXPECT_EQ(decisions_in("Cass. civ. n. 7000/2020"),
            "Cass. civ. n. 7000/2020 -> ECLI:IT:CASS:2020:7000CIV");
  EXPECT_EQ(decisions_in("Cass. pen. 12 marzo 2020, n. 5"),
            "Cass. pen. 12 marzo 2020, n. 5 -> ECLI:IT:CASS:2020:5PEN");
  EXPECT_EQ(decisions_in("Cass. civile sent. n. 7000/2020"),
            "Cass. civile sent. n. 7000/2020 -> ECLI:IT:CASS:2020:7000CIV");
}

TEST(CourtDecisions, GivesFeaturesAndNoIdWithoutTheCassazionesBranch) {
  const auto found = find_court_decisions("Cass., Sezioni Unite, ordinanza 12 marzo 2020, n. 7000");
  ASSERT_EQ(found.size(), 1u);
  const Citation& decision = found[0];
  EXPECT_EQ(decision.type, "case");
  EXPECT_EQ(feature(decision, "id"), "");  // ECLI:IT:CASS needs CIV or PEN
  EXPECT_EQ(feature(decision, "court"), "Corte di cassazione");
  EXPECT_EQ(feature(decision, "decision"), "ordinanza");
  EXPECT_EQ(feature(decision, "section"), "Sezioni Unite");
  EXPECT_EQ(feature(decision, "date"), "2020-03-12");
  EXPECT_EQ(feature(decision, "number"), "7000");
  EXPECT_EQ(feature(decision, "year"), "2020");
}

TEST(CourtDecisions, ReadsTheCourtAfterTheDecisionOrBeforeItInTheSentence) {
  EXPECT_EQ(decisions_in("la sentenza n. 242 del 2019 della Corte costituzionale ha"),
            "sentenza n. 242 del 2019 della Corte costituzionale -> ECLI:IT:COST:2019:242");
  EXPECT_EQ(decisions_in("La Corte costituzionale, con la sentenza n. 242 del 2019, ha deciso."),
            "sentenza n. 242 del 2019 -> ECLI:IT:COST:2019:242");
  EXPECT_EQ(decisions_in("La Consulta, con le sentenze n. 1 del 2014 e poi"),
            "sentenze n. 1 del 2014 -> ECLI:IT:COST:2014:1");
  // A court that starts a decision of its own is not also the end of the one before.
  EXPECT_EQ(decisions_in("la sentenza n. 242 del 2019 della Corte costituzionale, sent. n. 10 del "
                         "2020"),
            "sentenza n. 242 del 2019 -> ECLI:IT:COST:2019:242 | Corte costituzionale, sent. n. 10 "
            "del 2020 -> ECLI:IT:COST:2020:10");
}

TEST(CourtDecisions, LeavesOtherCourtsAndWhatNamesNoCourt) {
  // Another court's decision, though the Cassazione is named before it.
  EXPECT_EQ(decisions_in("La Cassazione ha annullato la sentenza n. 551/2012 del Tribunale di "
                         "Pescara."),
            "");
  EXPECT_EQ(decisions_in("la sentenza n. 36/2013 della Corte d'appello di L'Aquila"), "");
  // The judgment under appeal is the lower court's.
  EXPECT_EQ(decisions_in("La Corte di cassazione ha annullato la sentenza n. 551/2012 impugnata."),
            "");
  // A sentence ends at the decision word's own capital, not at an abbreviation's dot.
  EXPECT_EQ(decisions_in("Parla la Corte costituzionale. Sentenza n. 5 del 2020: il giudice"), "");
  EXPECT_EQ(decisions_in("Secondo la Corte costituzionale (cfr. Sent. n. 242 del 2019) la norma"),
            "Sent. n. 242 del 2019 -> ECLI:IT:COST:2019:242");
  // No court, or one named in an earlier sentence, or far back.
  EXPECT_EQ(decisions_in("Con la sentenza n. 242 del 2019 il giudice ha deciso."), "");
  EXPECT_EQ(decisions_in("Parla la Corte costituzionale. Con la sentenza n. 242 del 2019 si"), "");
  EXPECT_EQ(decisions_in("La Corte costituzionale " + std::string(130, 'x') +
                         " la sentenza n. 242 del 2019"),
            "");
  // A verb, a remedy and a number without a year.
  EXPECT_EQ(decisions_in("consulta la sentenza n. 3 del 2020"), "");
  EXPECT_EQ(decisions_in("il ricorso per cassazione n. 5 del 2020"), "");
  EXPECT_EQ(decisions_in("Cass. civ., n. 26972"), "");
}

// The annotator writes them, in place of the act a court's ordinanza read as before.
TEST(CourtDecisions, TakeThePlaceOfAnActReadInThem) {
  const std::string text =
      "La Cassazione civile, con l'ordinanza n. 7000 del 12 marzo 2020, ha deciso.";
  EXPECT_EQ(ids_of(text), "urn:nir::ordinanza:2020-03-12;7000");  // the act scanner alone
  EXPECT_EQ(decisions_in(text), "ordinanza n. 7000 del 12 marzo 2020 -> ECLI:IT:CASS:2020:7000CIV");
}

}  // namespace
}  // namespace strata::legal
