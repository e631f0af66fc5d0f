#include "abbreviations.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"
#include "test_support.hpp"

namespace strata::tokens {
namespace {

using Match = Abbreviations::Match;

TEST(Abbreviations, ReadsFormsAndTheEndFlag) {
  Abbreviations list;
  list.add_lines({"art.", "ecc. end", "po'", "dell\u2019x\u2019"}, "test.txt");
  EXPECT_EQ(list.size(), 4u);
  EXPECT_EQ(list.find("art."), Match::inside_sentence);
  EXPECT_EQ(list.find("ecc."), Match::may_end_sentence);
  EXPECT_EQ(list.find("po'"), Match::inside_sentence);
  EXPECT_EQ(list.find("art"), Match::none);
}

TEST(Abbreviations, CapitalisedFormsMatchLowerCaseEntriesOnly) {
  Abbreviations list;
  list.add_lines({"art.", "No."}, "test.txt");
  EXPECT_EQ(list.find("Art."), Match::inside_sentence);
  EXPECT_EQ(list.find("ART."), Match::none);
  EXPECT_EQ(list.find("No."), Match::inside_sentence);
  EXPECT_EQ(list.find("no."), Match::none);
}

TEST(Abbreviations, RefusesMalformedLinesNamingTheFile) {
  Abbreviations list;
  for (const char* bad : {"art", "ecc. maybe", "x. end extra", "."}) {
    try {
      list.add_lines({bad}, "abbreviations-xx.txt");
      ADD_FAILURE() << "accepted '" << bad << "'";
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("abbreviations-xx.txt"), std::string::npos);
    }
  }
}

TEST(Abbreviations, MergingKeepsTheMayEndFlag) {
  Abbreviations a, b;
  a.add_lines({"co.", "x."}, "a");
  b.add_lines({"co. end", "y."}, "b");
  a.add_all(b);
  EXPECT_EQ(a.size(), 3u);
  EXPECT_EQ(a.find("co."), Match::may_end_sentence);
}

TEST(Abbreviations, ShippedListsHaveTheUsualForms) {
  const Abbreviations& it = testing::italian_abbreviations();
  for (const char* form :
       {"art.",  "artt.", "c.c.",  "c.p.",  "c.p.c.", "d.lgs.", "d.l.", "d.P.R.", "n.",  "nn.",
        "pag.",  "pagg.", "sig.",  "dott.", "prof.",  "on.",    "avv.", "ing.",   "es.", "cfr.",
        "lett.", "co.",   "cost.", "reg.",  "dir.",   "v.",     "vol.", "po'"}) {
    EXPECT_NE(it.find(form), Match::none) << form;
  }
  EXPECT_EQ(it.find("ecc."), Match::may_end_sentence);
  const Abbreviations& en = testing::english_abbreviations();
  for (const char* form :
       {"Mr.",  "Mrs.",  "Ms.",  "Dr.",  "Prof.", "St.",  "Jr.",  "Sr.",    "Inc.", "Ltd.",
        "Co.",  "Corp.", "vs.",  "v.",   "e.g.",  "i.e.", "U.S.", "U.S.C.", "U.K.", "No.",
        "Nos.", "Art.",  "Sec.", "Jan.", "Feb.",  "Gen.", "Sen.", "Rep.",   "Gov."}) {
    EXPECT_NE(en.find(form), Match::none) << form;
  }
  EXPECT_EQ(en.find("etc."), Match::may_end_sentence);
}

}  // namespace
}  // namespace strata::tokens
