#include "act_reference.hpp"

#include <gtest/gtest.h>

namespace strata::legal {
namespace {

// The kind the reference at the start of `text` names, as its number; -1 for none.
int kind_of(std::string_view text) {
  const auto reference = scan_act_reference(text, 0);
  return reference ? static_cast<int>(reference->kind) : -1;
}

int as_number(ActKind kind) {
  return static_cast<int>(kind);
}

TEST(ActReference, ReadsTheTypeItNames) {
  EXPECT_EQ(kind_of("stessa legge"), as_number(ActKind::law));
  EXPECT_EQ(kind_of("la medesima legge"), as_number(ActKind::law));
  EXPECT_EQ(kind_of("citato d.lgs."), as_number(ActKind::legislative_decree));
  EXPECT_EQ(kind_of("predetto D. Lgs."), as_number(ActKind::legislative_decree));
  EXPECT_EQ(kind_of("citato decreto legislativo"), as_number(ActKind::legislative_decree));
  EXPECT_EQ(kind_of("citato decreto-legge"), as_number(ActKind::decree_law));
  EXPECT_EQ(kind_of("citato d.l."), as_number(ActKind::decree_law));
  EXPECT_EQ(kind_of("suddetto d.P.R."), as_number(ActKind::presidential_decree));
  EXPECT_EQ(kind_of("citato d.m."), as_number(ActKind::ministerial_decree));
  EXPECT_EQ(kind_of("medesimo decreto"), as_number(ActKind::decree));
  EXPECT_EQ(kind_of("stesso regolamento"), as_number(ActKind::regulation));
  EXPECT_EQ(kind_of("stesso codice"), as_number(ActKind::code));
  EXPECT_EQ(kind_of("citato testo unico"), as_number(ActKind::consolidated_text));
  EXPECT_EQ(kind_of("citato t.u."), as_number(ActKind::consolidated_text));
}

TEST(ActReference, EndsWithTheTypeAndAnAbbreviationsDot) {
  EXPECT_EQ(scan_act_reference("stessa legge. Poi", 0)->end, 12u);
  EXPECT_EQ(scan_act_reference("citato d.lgs. Poi", 0)->end, 13u);
  EXPECT_EQ(scan_act_reference("citato d.l. n. 5", 0)->end, 11u);
}

TEST(ActReference, WantsAWholeTypeAfterAWordThatPointsBack) {
  EXPECT_EQ(kind_of("stessa leggerezza"), -1);
  EXPECT_EQ(kind_of("legge"), -1);
  EXPECT_EQ(kind_of("nuova legge"), -1);
  EXPECT_EQ(kind_of("lo stesso tu"), -1);
}

}  // namespace
}  // namespace strata::legal
