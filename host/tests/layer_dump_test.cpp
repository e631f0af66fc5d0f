#include "layer_dump.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

TEST(DumpLayers, WritesEachAnnotationWithEveryKindOfFeature) {
  Document document("d", "Mario dice ciao");
  Layer& names = document.add_layer("names");
  const auto mario = names.add(0, 5, "PER");
  names.set_string(mario, "form", "Mario");
  names.set_int(mario, "count", 2);
  names.set_real(mario, "score", 0.1);
  names.set_bool(mario, "known", true);
  Layer& speech = document.add_layer("speech");
  speech.set_ref(speech.add(6, 15, "quote"), "speaker", {"names", mario});
  document.add_layer("unused");

  EXPECT_EQ(
      dump_layers(document, {"names", "speech"}),
      (std::vector<std::string>{
          "layer names", "0 0 5 PER form=\"Mario\" count=2 score=0.10000000000000001 known=true",
          "layer speech", "0 6 15 quote speaker=names#0"}));
}

TEST(DumpLayers, TellsApartLayersThatDifferOnlyInTheirLastDigits) {
  Document a("d", "x");
  Layer& la = a.add_layer("l");
  la.set_real(la.add(0, 1, "t"), "p", 0.3);
  Document b("d", "x");
  Layer& lb = b.add_layer("l");
  lb.set_real(lb.add(0, 1, "t"), "p", 0.1 + 0.2);
  EXPECT_NE(dump_layers(a, {"l"}), dump_layers(b, {"l"}));
}

TEST(FirstDifference, NamesTheFirstLineThatDiffers) {
  EXPECT_EQ(first_difference({"a", "b"}, {"a", "b"}), "");
  EXPECT_EQ(first_difference({"a", "b", "c"}, {"a", "x", "c"}), "line 2: 'b' vs 'x'");
  EXPECT_EQ(first_difference({"a"}, {"a", "b"}), "line 2: (none) vs 'b'");
}

}  // namespace
}  // namespace strata::host
