#include "model_file.hpp"

#include <gtest/gtest.h>

#include "entity_tagger.hpp"
#include "feature_templates.hpp"
#include "paired_emission.hpp"
#include "strata/error.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

using testing::sentence;
using testing::toy_model;

std::string error_of(std::string_view bytes) {
  try {
    decode_model(bytes, "model-it.bin");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// Tags and confidences of a few sentences, as text.
std::string tag_all(const EntityTagger& tagger) {
  const char* texts[] = {"Mario Rossi vive a Roma .", "La Fiat di Torino e l' ONU .",
                         "Il ministro Bianchi parla con Anna a Milano ."};
  std::vector<LabeledSentence> labeled;
  std::vector<SentenceTokens> document;
  for (const char* text : texts) labeled.push_back(sentence(text));
  for (const LabeledSentence& s : labeled) document.push_back(testing::views(s));
  std::string out;
  for (const auto& spans : tagger.tag_document(document)) {
    for (const TaggedSpan& span : spans) {
      out += std::to_string(span.first_token) + "-" + std::to_string(span.last_token) + ":" +
             std::string(span.type) + "@" + std::to_string(span.confidence) + " ";
    }
    out += "| ";
  }
  return out;
}

TEST(ModelFile, RoundTripGivesTheSameModelAndTags) {
  const std::string bytes = encode_model(toy_model());
  const Model loaded = decode_model(bytes, "toy.bin");
  EXPECT_EQ(loaded.tags, toy_model().tags);
  EXPECT_EQ(loaded.weights.emission, toy_model().weights.emission);
  EXPECT_EQ(loaded.weights.scale, toy_model().weights.scale);
  EXPECT_EQ(loaded.weights.transitions.between, toy_model().weights.transitions.between);
  ASSERT_TRUE(loaded.first_pass.has_value());
  EXPECT_EQ(loaded.first_pass->emission, toy_model().first_pass->emission);
  EXPECT_EQ(loaded.training, toy_model().training);
  // The gazetteer travels as hashes; the tags below show its matches survive the trip.
  EXPECT_EQ(loaded.gazetteer.digest(), testing::small_gazetteer().digest());
  EXPECT_EQ(loaded.gazetteer.size(), testing::small_gazetteer().size());
  EXPECT_EQ(encode_model(loaded), bytes);
  const EntityTagger original(toy_model());
  const EntityTagger reloaded(loaded);
  EXPECT_FALSE(tag_all(original).empty());
  EXPECT_EQ(tag_all(reloaded), tag_all(original));
}

// Loaded for tagging, the two passes' rows go straight into the paired table: the same rows,
// so the same sums for every bucket and the same tags, with the passes' own tables left empty.
TEST(ModelFile, PairedLayoutHoldsTheSameRows) {
  const std::string bytes = encode_model(toy_model());
  Model paired = decode_model(bytes, "toy.bin", RowLayout::paired);
  ASSERT_TRUE(paired.first_pass.has_value());
  EXPECT_TRUE(paired.first_pass->emission.empty());
  EXPECT_TRUE(paired.weights.emission.empty());
  const Model per_pass = decode_model(bytes, "toy.bin");
  const PairedEmission expected(*per_pass.first_pass, per_pass.weights);
  const PairedEmission loaded(*paired.first_pass, paired.weights, paired.paired_rows);
  for (std::uint32_t bucket = 0; bucket < per_pass.weights.bucket_count(); ++bucket) {
    const std::uint32_t one[] = {bucket};
    ASSERT_EQ(loaded.sum_rows(one), expected.sum_rows(one)) << bucket;
  }
  EXPECT_EQ(tag_all(EntityTagger(std::move(paired))), tag_all(EntityTagger(per_pass)));
  // A one-pass model has nothing to pair: its rows stay its own.
  Model one = toy_model();
  one.first_pass.reset();
  const Model one_loaded = decode_model(encode_model(one), "one.bin", RowLayout::paired);
  EXPECT_TRUE(one_loaded.paired_rows.empty());
  EXPECT_EQ(one_loaded.weights.emission, one.weights.emission);
}

TEST(ModelFile, PairedRowsOfTheWrongSizeAreRefused) {
  const Model model = toy_model();
  EXPECT_THROW(PairedEmission(*model.first_pass, model.weights, HugePageVector<std::int16_t>(3)),
               Error);
}

TEST(ModelFile, OnePassModelsRoundTripToo) {
  Model one = toy_model();
  one.first_pass.reset();
  const Model loaded = decode_model(encode_model(one), "one.bin");
  EXPECT_FALSE(loaded.first_pass.has_value());
  EXPECT_EQ(encode_model(loaded), encode_model(one));
}

TEST(ModelFile, SavesAndLoadsFiles) {
  const auto path = std::filesystem::temp_directory_path() / "entities-model-test.bin";
  save_model(toy_model(), path);
  EXPECT_EQ(encode_model(load_model(path)), encode_model(toy_model()));
  std::filesystem::remove(path);
  EXPECT_THROW(load_model(path), Error);
}

TEST(ModelFile, RefusesOtherFiles) {
  EXPECT_EQ(error_of("hello"),
            "model-it.bin: not a Strata entity model (it does not start with \"STRATA-NER\")");
  EXPECT_EQ(error_of(""),
            "model-it.bin: not a Strata entity model (it does not start with \"STRATA-NER\")");
}

TEST(ModelFile, RefusesOtherFormatVersions) {
  std::string bytes = encode_model(toy_model());
  bytes[10] = 1;  // the version follows the ten bytes of the magic, little-endian
  EXPECT_EQ(error_of(bytes),
            "model-it.bin: model file format version 1, but this build reads version 2; use a "
            "model made for it");
}

TEST(ModelFile, RefusesTruncatedAndCorruptFiles) {
  const std::string bytes = encode_model(toy_model());
  EXPECT_NE(error_of(bytes.substr(0, bytes.size() / 2)).find("model-it.bin: model file truncated"),
            std::string::npos);
  EXPECT_NE(error_of(bytes.substr(0, 13)).find("model-it.bin: model file truncated"),
            std::string::npos);
  std::string corrupt = bytes;
  corrupt[corrupt.size() / 2] ^= 0x40;
  EXPECT_EQ(error_of(corrupt), "model-it.bin: model file truncated or corrupt (checksum mismatch)");
}

TEST(ModelFile, RefusesAModelOfAnotherFeatureSet) {
  Model other = toy_model();
  other.feature_set_hash = feature_set_hash() + 1;
  const std::string message = error_of(encode_model(other));
  EXPECT_EQ(message.find("model-it.bin: model trained with feature set "), 0u) << message;
  EXPECT_NE(message.find("retrain the model"), std::string::npos);
}

}  // namespace
}  // namespace strata::entities
