#include "strata/layer.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata {
namespace {

TEST(Layer, StoresRangesTypesAndStableIds) {
  Layer layer("entities", "ner", "Mario Rossi vive a Roma");
  const auto mario = layer.add(0, 11, "PER");
  const auto roma = layer.add(19, 23, "LOC");
  EXPECT_EQ(mario, 0u);
  EXPECT_EQ(roma, 1u);
  EXPECT_EQ(layer.type(roma), "LOC");
  EXPECT_EQ(layer.begin(roma), 19u);
  EXPECT_EQ(layer.end(mario), 11u);
  EXPECT_EQ(layer.producer(), "ner");
}

TEST(Layer, TypedFeaturesReplaceEarlierValues) {
  Layer layer("x", "", "abc");
  const auto id = layer.add(0, 3, "t");
  layer.set_string(id, "s", "one");
  layer.set_int(id, "i", -7);
  layer.set_real(id, "r", 0.25);
  layer.set_bool(id, "b", true);
  layer.set_ref(id, "who", {"entities", 4});
  layer.set_string(id, "s", "two");
  EXPECT_EQ(std::get<std::string>(*layer.feature(id, "s")), "two");
  EXPECT_EQ(layer.string_feature(id, "s"), "two");
  EXPECT_EQ(std::get<std::int64_t>(*layer.feature(id, "i")), -7);
  EXPECT_EQ(std::get<double>(*layer.feature(id, "r")), 0.25);
  EXPECT_TRUE(std::get<bool>(*layer.feature(id, "b")));
  EXPECT_EQ(std::get<AnnotationRef>(*layer.feature(id, "who")), (AnnotationRef{"entities", 4}));
  EXPECT_FALSE(layer.feature(id, "missing"));
  EXPECT_EQ(layer.string_feature(id, "i"), "");

  const auto all = layer.features(id);
  ASSERT_EQ(all.size(), 5u);
  EXPECT_EQ(all[0].name, "s");  // first-set order, even after replacement
  EXPECT_EQ(all[4].name, "who");
}

// A feature packs its kind beside its name and a reference's id beside its layer: the largest
// id and a change of kind under one name must come back whole.
TEST(Layer, FeatureKeepsItsKindAndAReferenceItsWholeId) {
  Layer layer("x", "", "abc");
  const auto id = layer.add(0, 3, "t");
  layer.set_ref(id, "who", {"entities", 0xFFFFFFFEu});
  layer.set_int(id, "n", -1);
  EXPECT_EQ(std::get<AnnotationRef>(*layer.feature(id, "who")),
            (AnnotationRef{"entities", 0xFFFFFFFEu}));
  layer.set_string(id, "who", "Rossi");
  layer.set_ref(id, "n", {"tokens", 1});
  EXPECT_EQ(layer.string_feature(id, "who"), "Rossi");
  EXPECT_EQ(std::get<AnnotationRef>(*layer.feature(id, "n")), (AnnotationRef{"tokens", 1}));
  layer.set_bool(id, "n", false);
  EXPECT_FALSE(std::get<bool>(*layer.feature(id, "n")));
  EXPECT_EQ(layer.features(id).size(), 2u);
}

TEST(Layer, SaysWhetherItWasGivenAReference) {
  Layer layer("x", "", "abc");
  const auto id = layer.add(0, 3, "t");
  layer.set_string(id, "kind", "word");
  EXPECT_FALSE(layer.has_references());
  EXPECT_THROW(layer.set_ref(id + 1, "who", {"entities", 0}), Error);
  EXPECT_FALSE(layer.has_references());
  layer.set_ref(id, layer.string_id("who"), layer.string_id("entities"), 0);
  EXPECT_TRUE(layer.has_references());
}

// A name it does not have is the name of no feature; one it has may be a type or a value too.
TEST(Layer, SaysWhetherAStringIsAmongItsOwn) {
  Layer layer("x", "", "abc");
  EXPECT_FALSE(layer.has_string("kind"));
  const auto id = layer.add(0, 3, "t");
  layer.set_string(id, "kind", "word");
  layer.set_int(id, layer.string_id("rank"), 2);
  for (const char* known : {"t", "kind", "word", "rank"}) EXPECT_TRUE(layer.has_string(known));
  for (const char* unknown : {"lemma", "", "Kind", "words"}) {
    EXPECT_FALSE(layer.has_string(unknown)) << unknown;
  }
}

// Each name once per kind its values have now, in the order first set, however often and on
// however many annotations.
TEST(Layer, ListsTheNameAndKindOfEveryFeature) {
  Layer layer("x", "", "abcdef");
  EXPECT_TRUE(layer.feature_keys().empty());
  const auto a = layer.add(0, 3, "t");
  const auto b = layer.add(3, 6, "t");
  layer.set_string(a, "kind", "word");
  layer.set_string(b, "kind", "punct");
  layer.set_int(b, layer.string_id("rank"), 2);
  layer.set_ref(a, "head", {"x", b});
  layer.set_string(a, "kind", "symbol");
  layer.set_real(a, "rank", 0.5);
  layer.set_bool(b, "rank", true);  // the only integer rank, replaced
  using Kind = FeatureView::Kind;
  const std::vector<FeatureKey> expected = {{"kind", Kind::string},
                                            {"rank", Kind::boolean},
                                            {"head", Kind::reference},
                                            {"rank", Kind::real}};
  EXPECT_EQ(layer.feature_keys(), expected);
  // A type, a value or a name only asked for is not a feature.
  layer.string_id("gloss");
  EXPECT_EQ(layer.feature_keys(), expected);
}

TEST(Layer, RefusesRangesOutsideTextOrInsideCharacters) {
  Layer layer("x", "", "citt\xC3\xA0");
  EXPECT_THROW(layer.add(0, 7, "t"), Error);
  try {
    layer.add(3, 2, "t");
    FAIL() << "a range that ends before it begins was taken";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "layer 'x': annotation [3, 2) ends before it begins");
  }
  EXPECT_THROW(layer.add(0, 5, "t"), Error);  // ends between the two bytes of à
  EXPECT_NO_THROW(layer.add(4, 6, "t"));
  EXPECT_NO_THROW(layer.add(6, 6, "empty"));
}

TEST(Layer, OrdersIdsByOffsetLongestFirst) {
  Layer layer("x", "", "abcdef");
  layer.add(3, 4, "c");
  layer.add(0, 2, "short");
  layer.add(0, 6, "long");
  EXPECT_EQ(layer.ids_by_offset(), (std::vector<AnnotationId>{2, 1, 0}));
}

TEST(Layer, KeepsEveryStringApartWhateverOrderTheyComeIn) {
  // More strings than the layer keeps at hand, some alike in size, first and last byte, in an
  // order that makes them come and go from there.
  const std::vector<std::string> strings = {
      "word", "wood", "punct", "pinct", "",     "a",     "b",      "ab",       "aab",
      "abb",  "x",    "y",     "url",   "kind", "score", "scope",  "neutral",  "negative",
      "pos",  "neg",  "neu",   "LOC",   "ORG",  "PER",   "target", "sentence", "document"};
  Layer layer("x", "", "abc");
  std::vector<std::pair<AnnotationId, std::size_t>> expected;
  for (std::size_t round = 0; round < 5; ++round) {
    for (std::size_t i = 0; i < strings.size(); ++i) {
      const std::size_t type = (i * (round + 1)) % strings.size();
      const std::size_t value = (i * 7 + round) % strings.size();
      const AnnotationId id = layer.add(0, 1, strings[type]);
      layer.set_string(id, strings[value], strings[value]);
      expected.emplace_back(id, type * 100 + value);
    }
  }
  for (const auto& [id, code] : expected) {
    EXPECT_EQ(layer.type(id), strings[code / 100]) << id;
    EXPECT_EQ(layer.string_feature(id, strings[code % 100]), strings[code % 100]) << id;
  }
}

TEST(Layer, GivesEachOfManyStringsOneIdThroughGrowth) {
  // Thousands of strings, some alike in their first 8 or 16 bytes, each given twice: the second
  // time finds the first's copy.
  Layer layer("x", "", "abc");
  const auto string_of = [](int i) {
    return std::string(i % 3 == 0 ? "a name longer than sixteen bytes " : "n") + std::to_string(i);
  };
  for (int i = 0; i < 3000; ++i) layer.add(0, 1, string_of(i));
  for (int i = 0; i < 3000; ++i) {
    const AnnotationId again = layer.add(0, 1, string_of(i));
    EXPECT_EQ(layer.type(again), string_of(i));
    EXPECT_EQ(layer.type(again).data(), layer.type(static_cast<AnnotationId>(i)).data()) << i;
  }
}

TEST(Layer, KeepsStringsGivenOnceApartFromThoseThatComeBack) {
  // A new name on every annotation, between a type and features that come back each time: the
  // first use of a string and its later ones must give it the same id.
  Layer layer("x", "", "abc");
  for (int i = 0; i < 40; ++i) {
    const AnnotationId id = layer.add(0, 1, i % 3 == 0 ? "PER" : "LOC");
    layer.set_string(id, "name", "name " + std::to_string(i / 2));  // each one twice in a row
    layer.set_string(id, "kind", i % 2 == 0 ? "first" : "second");
  }
  for (int i = 0; i < 40; ++i) {
    const auto id = static_cast<AnnotationId>(i);
    EXPECT_EQ(layer.type(id), i % 3 == 0 ? "PER" : "LOC");
    EXPECT_EQ(layer.string_feature(id, "name"), "name " + std::to_string(i / 2));
    EXPECT_EQ(layer.string_feature(id, "kind"), i % 2 == 0 ? "first" : "second");
  }
}

TEST(Layer, ReservingChangesNothingButRoom) {
  Layer layer("x", "", "abc");
  layer.reserve(1000, 1000);
  EXPECT_TRUE(layer.empty());
  EXPECT_EQ(layer.add(0, 1, "t"), 0u);
  EXPECT_EQ(layer.size(), 1u);
}

TEST(Layer, FeaturesIntoAVectorReplaceWhatItHeld) {
  Layer layer("x", "", "abc");
  const auto a = layer.add(0, 1, "t");
  const auto b = layer.add(1, 2, "t");
  layer.set_string(a, "s", "one");
  layer.set_int(a, "i", 2);
  std::vector<Feature> features;
  layer.features(a, features);
  ASSERT_EQ(features.size(), 2u);
  EXPECT_EQ(features[1].name, "i");
  layer.features(b, features);
  EXPECT_TRUE(features.empty());
}

TEST(Layer, FeatureViewsGiveEveryKindWithoutCopies) {
  Layer layer("x", "", "abc");
  const auto id = layer.add(0, 3, "t");
  layer.set_string(id, "s", "Rossi");
  layer.set_int(id, "i", -7);
  layer.set_real(id, "r", 0.25);
  layer.set_bool(id, "b", true);
  layer.set_ref(id, "ref", {"entities", 0xFFFFFFFEu});
  std::vector<FeatureView> views{FeatureView{}};  // replaced, not added to
  layer.features(id, views);
  using Kind = FeatureView::Kind;
  ASSERT_EQ(views.size(), 5u);
  EXPECT_EQ(views[0].name, "s");
  EXPECT_EQ(views[0].kind, Kind::string);
  EXPECT_EQ(views[0].text, "Rossi");
  EXPECT_EQ(views[0].text.data(), layer.string_feature(id, "s").data());  // the layer's own
  EXPECT_EQ(views[1].kind, Kind::integer);
  EXPECT_EQ(views[1].integer, -7);
  EXPECT_EQ(views[2].kind, Kind::real);
  EXPECT_EQ(views[2].real, 0.25);
  EXPECT_EQ(views[3].kind, Kind::boolean);
  EXPECT_EQ(views[3].integer, 1);
  EXPECT_EQ(views[4].kind, Kind::reference);
  EXPECT_EQ(views[4].text, "entities");
  EXPECT_EQ(views[4].integer, 0xFFFFFFFE);
}

TEST(Layer, OrdersIdsByOffsetWhetherOrNotTheyWereAddedInOrder) {
  Layer layer("x", "", "abcdef");
  layer.add(0, 6, "long");
  layer.add(0, 2, "short");
  layer.add(2, 2, "empty");
  layer.add(4, 6, "last");
  EXPECT_EQ(layer.ids_by_offset(), (std::vector<AnnotationId>{0, 1, 2, 3}));
  layer.add(2, 4, "late");  // begins with "empty" and is longer: comes before it
  EXPECT_EQ(layer.ids_by_offset(), (std::vector<AnnotationId>{0, 1, 4, 2, 3}));
}

TEST(Layer, OrdersIdsByOffsetIntoAVectorItReplaces) {
  Layer layer("x", "", "abcdef");
  layer.add(3, 4, "c");
  layer.add(0, 6, "long");
  std::vector<AnnotationId> ids = {9, 9, 9, 9, 9};
  layer.ids_by_offset(ids);
  EXPECT_EQ(ids, (std::vector<AnnotationId>{1, 0}));
}

TEST(Layer, StringIdsAddAndSetWhatTheirStringsWould) {
  Layer by_name("x", "", "Mario Rossi vive a Roma");
  Layer by_id("x", "", "Mario Rossi vive a Roma");
  const Layer::StringId per = by_id.string_id("PER");
  const Layer::StringId kind = by_id.string_id("kind");
  const Layer::StringId name = by_id.string_id("name");
  const Layer::StringId score = by_id.string_id("score");
  const Layer::StringId count = by_id.string_id("count");
  const Layer::StringId known = by_id.string_id("known");
  const Layer::StringId entity = by_id.string_id("entity");
  const Layer::StringId entities = by_id.string_id("entities");
  EXPECT_EQ(by_id.string_id("PER"), per);  // one string, one id
  EXPECT_FALSE(by_id.string_id("kind") == per);
  for (Layer* layer : {&by_name, &by_id}) {
    const bool ids = layer == &by_id;
    const AnnotationId a = ids ? layer->add(0, 11, per) : layer->add(0, 11, "PER");
    if (ids) {
      layer->set_string(a, kind, name);
      layer->set_real(a, score, 0.5);
      layer->set_int(a, count, 2);
      layer->set_bool(a, known, true);
      layer->set_ref(a, entity, entities, 7);
      layer->set_real(a, score, 0.25);  // replaces, as by name
    } else {
      layer->set_string(a, "kind", "name");
      layer->set_real(a, "score", 0.5);
      layer->set_int(a, "count", 2);
      layer->set_bool(a, "known", true);
      layer->set_ref(a, "entity", {"entities", 7});
      layer->set_real(a, "score", 0.25);
    }
  }
  EXPECT_EQ(by_id.type(0), "PER");
  const std::vector<Feature> expected = by_name.features(0);
  const std::vector<Feature> got = by_id.features(0);
  ASSERT_EQ(got.size(), 5u);
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].name, expected[i].name);
    EXPECT_EQ(got[i].value, expected[i].value);
  }
  EXPECT_EQ(by_id.string_feature(0, "kind"), "name");
}

TEST(Layer, AStringIdItDidNotGiveIsAnError) {
  Layer mine("x", "", "abc");
  const AnnotationId id = mine.add(0, 1, "t");
  const Layer::StringId name = mine.string_id("name");
  // Another layer's id for a string this layer has too, at the same place in its strings.
  Layer other("y", "", "abc");
  other.add(0, 1, "t");
  const Layer::StringId foreign = other.string_id("name");
  // The same layer as an earlier document's, made anew: its ids are not this one's.
  const Layer::StringId earlier = Layer("x", "", "abc").string_id("t");
  for (const Layer::StringId wrong : {foreign, earlier, Layer::StringId()}) {
    EXPECT_THROW(mine.add(0, 1, wrong), Error);
    EXPECT_THROW(mine.set_real(id, wrong, 1.0), Error);
    EXPECT_THROW(mine.set_int(id, wrong, 1), Error);
    EXPECT_THROW(mine.set_bool(id, wrong, true), Error);
    EXPECT_THROW(mine.set_string(id, name, wrong), Error);
    EXPECT_THROW(mine.set_string(id, wrong, name), Error);
    EXPECT_THROW(mine.set_ref(id, name, wrong, 0), Error);
  }
  EXPECT_EQ(mine.size(), 1u);
  EXPECT_TRUE(mine.features(id).empty());
  try {
    mine.set_real(id, foreign, 1.0);
    ADD_FAILURE() << "another layer's id was taken";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "layer 'x' was given a StringId it did not make (another layer's, or an earlier "
              "document's)");
  }
}

TEST(Layer, UnknownIdIsAnError) {
  Layer layer("x", "", "abc");
  EXPECT_THROW(layer.begin(0), Error);
  EXPECT_THROW(layer.set_int(3, "n", 1), Error);
}

}  // namespace
}  // namespace strata
