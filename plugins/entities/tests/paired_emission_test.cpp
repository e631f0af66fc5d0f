#include "paired_emission.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "strata/error.hpp"

namespace strata::entities {
namespace {

Weights random_weights(std::size_t tags, unsigned bits, std::mt19937& random) {
  Weights weights = Weights::zero(tags, bits);
  weights.scale = 0.125f;
  std::uniform_int_distribution<int> value(-3000, 3000);
  for (std::size_t b = 0; b < weights.bucket_count(); ++b) {
    for (std::size_t t = 0; t < tags; ++t) {
      weights.emission[b * weights.stride + t] = static_cast<std::int16_t>(value(random));
    }
  }
  return weights;
}

SentenceFeatures random_features(std::size_t tokens, unsigned bits, std::mt19937& random) {
  SentenceFeatures features;
  std::uniform_int_distribution<std::uint32_t> bucket(0, (1u << bits) - 1);
  std::uniform_int_distribution<int> count(0, 30);
  for (std::size_t i = 0; i < tokens; ++i) {
    features.starts.push_back(static_cast<std::uint32_t>(features.buckets.size()));
    for (int k = count(random); k > 0; --k) features.buckets.push_back(bucket(random));
  }
  features.starts.push_back(static_cast<std::uint32_t>(features.buckets.size()));
  return features;
}

TEST(PairedEmission, ScoresExactlyAsTwoSeparatePasses) {
  std::mt19937 random(11);
  const unsigned bits = 10;
  const Weights first = random_weights(7, bits, random);
  const Weights second = random_weights(7, bits, random);
  const PairedEmission paired(first, second);
  const SentenceFeatures own = random_features(12, bits, random);
  const SentenceFeatures labels = random_features(12, bits, random);
  // What the second pass sees: each token's own features, then its label features.
  SentenceFeatures merged;
  for (std::size_t i = 0; i < own.size(); ++i) {
    merged.starts.push_back(static_cast<std::uint32_t>(merged.buckets.size()));
    for (const std::uint32_t b : own.at(i)) merged.buckets.push_back(b);
    for (const std::uint32_t b : labels.at(i)) merged.buckets.push_back(b);
  }
  merged.starts.push_back(static_cast<std::uint32_t>(merged.buckets.size()));

  Lattice expected_first, expected_second, got_first, got_second;
  first.score(own, expected_first);
  second.score(merged, expected_second);
  std::vector<std::int32_t> sums;
  paired.score_first(own, got_first, sums);
  paired.score_second(sums, labels, got_second);
  EXPECT_EQ(got_first.emissions, expected_first.emissions);
  EXPECT_EQ(got_second.emissions, expected_second.emissions);
  EXPECT_EQ(got_second.tags, 7u);
}

TEST(PairedEmission, BaseSumsStandForTheFeaturesTheySum) {
  std::mt19937 random(12);
  const unsigned bits = 10;
  const PairedEmission paired(random_weights(7, bits, random), random_weights(7, bits, random));
  const SentenceFeatures all = random_features(9, bits, random);
  // Each token's first three features summed apart, the rest scored with them as a base.
  SentenceFeatures rest;
  std::vector<PairedEmission::Sums> base;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::span<const std::uint32_t> own = all.at(i);
    const std::size_t cut = std::min<std::size_t>(3, own.size());
    base.push_back(paired.sum_rows(own.first(cut)));
    rest.starts.push_back(static_cast<std::uint32_t>(rest.buckets.size()));
    rest.buckets.insert(rest.buckets.end(), own.begin() + static_cast<std::ptrdiff_t>(cut),
                        own.end());
  }
  rest.starts.push_back(static_cast<std::uint32_t>(rest.buckets.size()));
  Lattice expected, got;
  std::vector<std::int32_t> expected_sums, got_sums;
  paired.score_first(all, expected, expected_sums);
  paired.score_first(rest, got, got_sums, base);
  EXPECT_EQ(got.emissions, expected.emissions);
  EXPECT_EQ(got_sums, expected_sums);
  base.pop_back();
  EXPECT_THROW(paired.score_first(rest, got, got_sums, base), Error);
}

TEST(PairedEmission, RefusesPassesThatDoNotPair) {
  EXPECT_THROW(PairedEmission(Weights::zero(7, 10), Weights::zero(7, 11)), Error);
  EXPECT_THROW(PairedEmission(Weights::zero(9, 10), Weights::zero(9, 10)), Error);
}

}  // namespace
}  // namespace strata::entities
