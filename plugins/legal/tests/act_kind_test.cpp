#include "act_kind.hpp"

#include <gtest/gtest.h>

#include "instrument.hpp"

namespace strata::legal {
namespace {

NamedAct act(std::string id, std::string instrument = "") {
  return NamedAct{std::move(id), {{"instrument", std::move(instrument)}}};
}

TEST(ActKind, ReadsTheTypeOfAnActFromItsUrn) {
  const NamedAct law = act("urn:nir:stato:legge:1990-08-07;241");
  EXPECT_TRUE(is_of_kind(ActKind::law, "legislation", law));
  EXPECT_FALSE(is_of_kind(ActKind::decree, "legislation", law));
  EXPECT_TRUE(is_of_kind(ActKind::law, "legislation",
                         act("urn:nir:stato:legge.costituzionale:2001-10-18;3")));
  EXPECT_TRUE(is_of_kind(ActKind::law, "legislation", act("urn:nir:regione.lombardia:legge:;5")));

  const NamedAct decree_law = act("urn:nir:stato:decreto.legge:2020-03-17;18");
  EXPECT_TRUE(is_of_kind(ActKind::decree_law, "legislation", decree_law));
  EXPECT_TRUE(is_of_kind(ActKind::decree, "legislation", decree_law));
  EXPECT_FALSE(is_of_kind(ActKind::law, "legislation", decree_law));
  EXPECT_FALSE(is_of_kind(ActKind::legislative_decree, "legislation", decree_law));

  const NamedAct legislative = act("urn:nir:stato:decreto.legislativo:2003-06-30;196");
  EXPECT_TRUE(is_of_kind(ActKind::legislative_decree, "legislation", legislative));
  EXPECT_TRUE(is_of_kind(ActKind::decree, "legislation", legislative));
  EXPECT_FALSE(is_of_kind(ActKind::presidential_decree, "legislation", legislative));

  const NamedAct dpr = act("urn:nir:presidente.repubblica:decreto:2000-12-28;445");
  EXPECT_TRUE(is_of_kind(ActKind::presidential_decree, "legislation", dpr));
  EXPECT_FALSE(is_of_kind(ActKind::ministerial_decree, "legislation", dpr));
  EXPECT_TRUE(is_of_kind(ActKind::ministerial_decree, "legislation",
                         act("urn:nir:ministero.finanze:decreto:2000-02-14;57")));
  EXPECT_TRUE(is_of_kind(ActKind::regulation, "legislation", act("urn:nir::regolamento:2001;5")));
  EXPECT_TRUE(is_of_kind(ActKind::consolidated_text, "legislation",
                         act("urn:nir:stato:testo.unico:1957;3")));
}

TEST(ActKind, CodesAndConsolidatedTextsAlsoByTheirName) {
  const NamedAct civil = act("urn:nir:stato:codice.civile:1942-03-16;262", "codice civile");
  EXPECT_TRUE(is_of_kind(ActKind::code, "code", civil));
  EXPECT_FALSE(is_of_kind(ActKind::law, "code", civil));
  const NamedAct road =
      act("urn:nir:stato:decreto.legislativo:1992-04-30;285", "codice della strada");
  EXPECT_TRUE(is_of_kind(ActKind::code, "legislation", road));
  EXPECT_TRUE(is_of_kind(ActKind::legislative_decree, "legislation", road));
  const NamedAct tuir = act("urn:nir:presidente.repubblica:decreto:1986-12-22;917",
                            "testo unico delle imposte sui redditi");
  EXPECT_TRUE(is_of_kind(ActKind::consolidated_text, "legislation", tuir));
  EXPECT_FALSE(is_of_kind(ActKind::code, "legislation", tuir));
  EXPECT_FALSE(is_of_kind(ActKind::code, "legislation",
                          act("urn:nir:stato:regio.decreto:1942-03-30;318",
                              "disposizioni di attuazione del codice civile")));
}

TEST(ActKind, OtherIdentifiersAreOfNoKind) {
  for (std::size_t kind = 0; kind < kActKinds; ++kind) {
    EXPECT_FALSE(is_of_kind(static_cast<ActKind>(kind), "constitution",
                            act("urn:nir:stato:costituzione:;", "Costituzione")));
    EXPECT_FALSE(is_of_kind(static_cast<ActKind>(kind), "treaty", act("echr")));
  }
}

}  // namespace
}  // namespace strata::legal
