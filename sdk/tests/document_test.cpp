#include "strata/document.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata {
namespace {

TEST(Document, ATextRangeOutsideNamesItself) {
  const Document doc("d", "abc");
  EXPECT_EQ(doc.text(1, 3), "bc");
  const auto message = [&](Offset begin, Offset end) {
    try {
      doc.text(begin, end);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message(2, 1), "text range [2, 1) ends before it begins");
  EXPECT_EQ(message(1, 9), "text range [1, 9) is outside the document (3 bytes)");
}

TEST(Document, CanonicalizesItsText) {
  Document doc("d1",
               "\xEF\xBB\xBF"
               "a\r\nb");
  EXPECT_EQ(doc.id(), "d1");
  EXPECT_EQ(doc.text(), "a\nb");
  EXPECT_EQ(doc.language(), "auto");
}

TEST(Document, RefusesInvalidUtf8) {
  EXPECT_THROW(Document("d", "ok\x80"), InputError);
}

TEST(Document, LayersByNameInCreationOrder) {
  Document doc("d", "one two");
  doc.add_layer("tokens").add(0, 3, "token");
  doc.add_layer("entities");
  EXPECT_EQ(doc.layer_names(), (std::vector<std::string>{"tokens", "entities"}));
  EXPECT_EQ(doc.layer("tokens").size(), 1u);
  EXPECT_EQ(doc.find_layer("nothing"), nullptr);
  EXPECT_THROW(doc.layer("nothing"), Error);
  EXPECT_THROW(doc.add_layer("tokens"), Error);
  EXPECT_THROW(doc.add_layer("Bad Name"), Error);
}

TEST(Document, LayersSurviveAMove) {
  Document doc("d", "short");  // short enough for the small-string buffer
  doc.add_layer("x").add(0, 5, "t");
  Document moved = std::move(doc);
  EXPECT_EQ(moved.text(moved.layer("x").begin(0), moved.layer("x").end(0)), "short");
}

TEST(Document, RestrictedWritesOnlyToDeclaredLayers) {
  Document doc("d", "text");
  doc.restrict_writes("ner", {"entities"});
  EXPECT_EQ(doc.add_layer("entities").producer(), "ner");
  try {
    doc.add_layer("sentiment");
    FAIL() << "undeclared layer accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'ner'"), std::string::npos);
  }
  doc.lift_write_restriction();
  EXPECT_NO_THROW(doc.add_layer("sentiment"));
}

}  // namespace
}  // namespace strata
