#include "plugin_failure.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "strata/document.hpp"
#include "strata/error.hpp"

namespace strata::host {
namespace {

// The check the SDK's own refusal, provoked by `misuse`, is put under.
std::string check_for(const std::function<void()>& misuse) {
  try {
    misuse();
  } catch (const Error& e) {
    return check_failed_by(std::string("plugin 'p' failed: ") + e.what());
  }
  ADD_FAILURE() << "the SDK accepted the misuse";
  return "";
}

TEST(CheckFailedBy, AnnotationPastTheEndIsInsideText) {
  Document document("d", "abc");
  Layer& layer = document.add_layer("l");
  EXPECT_EQ(check_for([&] { layer.add(1, 4, "t"); }), check_name::inside_text);
  EXPECT_EQ(check_for([&] { layer.add(2, 1, "t"); }), check_name::inside_text);
}

TEST(CheckFailedBy, AnnotationCuttingACharacterIsInsideText) {
  Document document("d", "città");
  Layer& layer = document.add_layer("l");
  EXPECT_EQ(check_for([&] { layer.add(0, 5, "t"); }), check_name::inside_text);
}

TEST(CheckFailedBy, UndeclaredLayerIsDeclaredLayers) {
  Document document("d", "abc");
  document.restrict_writes("p", {"mine"});
  EXPECT_EQ(check_for([&] { document.add_layer("other"); }), check_name::declared_layers);
}

TEST(CheckFailedBy, AnyOtherFailureIsSurvives) {
  EXPECT_STREQ(check_failed_by("plugin 'p' failed: vector::_M_range_check"), check_name::survives);
  Document document("d", "abc");
  EXPECT_EQ(check_for([&] { document.layer("tokens"); }), check_name::survives);
}

}  // namespace
}  // namespace strata::host
