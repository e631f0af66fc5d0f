#include "strata/formats/layer_references.hpp"

#include <gtest/gtest.h>

namespace strata::formats {
namespace {

TEST(LayerReferences, FindTheFirstWithoutATarget) {
  Document document("d", "Roma e Milano.");
  Layer& words = document.add_layer("words");
  const AnnotationId roma = words.add(0, 4, "w");
  Layer& links = document.add_layer("links");
  const AnnotationId first = links.add(0, 4, "l");
  links.set_ref(first, "to", {"words", roma});
  EXPECT_EQ(first_broken_reference(document, links), std::nullopt);

  const AnnotationId second = links.add(7, 13, "l");
  links.set_int(second, "n", 3);
  links.set_ref(second, "to", {"words", 5});
  links.set_ref(second, "also", {"nowhere", 0});
  EXPECT_EQ(first_broken_reference(document, links),
            "layer 'links', annotation 1: feature 'to' refers to annotation 5 of layer 'words', "
            "which does not exist");
  EXPECT_EQ(first_broken_reference(document, words), std::nullopt);
}

}  // namespace
}  // namespace strata::formats
