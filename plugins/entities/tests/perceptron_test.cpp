#include "perceptron.hpp"

#include <gtest/gtest.h>

#include "viterbi.hpp"

namespace strata::entities {
namespace {

// A sentence whose token i has the given feature buckets.
SentenceFeatures features_of(const std::vector<std::vector<std::uint32_t>>& tokens) {
  SentenceFeatures f;
  for (const auto& buckets : tokens) {
    f.starts.push_back(static_cast<std::uint32_t>(f.buckets.size()));
    f.buckets.insert(f.buckets.end(), buckets.begin(), buckets.end());
  }
  f.starts.push_back(static_cast<std::uint32_t>(f.buckets.size()));
  return f;
}

std::vector<Tag> decode(const Weights& weights, const SentenceFeatures& features) {
  Lattice lattice;
  weights.score(features, lattice);
  ViterbiWorkspace workspace;
  std::vector<Tag> tags;
  viterbi(lattice, weights.transitions, workspace, tags);
  return tags;
}

TEST(Perceptron, LearnsASeparableSetExactly) {
  // Buckets: 1 = bias, 2 = "capitalised", 3 = "follows a capitalised word", 4 = "city name".
  const Tag b_per = TagSet::begin_tag(0);
  const Tag i_per = TagSet::inside_tag(0);
  const Tag b_loc = TagSet::begin_tag(1);
  const std::vector<SentenceFeatures> data = {
      features_of({{1, 2}, {1, 2, 3}, {1}}),
      features_of({{1}, {1, 2, 4}, {1}}),
      features_of({{1}, {1, 2}, {1, 2, 3}}),
      features_of({{1, 2, 4}, {1}}),
  };
  const std::vector<std::vector<Tag>> gold = {
      {b_per, i_per, 0}, {0, b_loc, 0}, {0, b_per, i_per}, {b_loc, 0}};
  Perceptron perceptron(7, 10);
  for (int epoch = 0; epoch < 10; ++epoch) {
    for (std::size_t s = 0; s < data.size(); ++s) {
      Lattice lattice;
      perceptron.score(data[s], lattice);
      ViterbiWorkspace workspace;
      std::vector<Tag> predicted;
      viterbi(lattice, perceptron.transitions(), workspace, predicted);
      if (predicted != gold[s]) perceptron.update(data[s], gold[s], predicted);
      perceptron.next_example();
    }
  }
  const Weights averaged = perceptron.averaged();
  for (std::size_t s = 0; s < data.size(); ++s) EXPECT_EQ(decode(averaged, data[s]), gold[s]);
}

TEST(Perceptron, AveragedWeightsAreQuantizedToTheLargest) {
  Perceptron perceptron(3, 10);
  const SentenceFeatures f = features_of({{5}});
  perceptron.update(f, std::vector<Tag>{1}, std::vector<Tag>{0});
  perceptron.next_example();
  const Weights w = perceptron.averaged();
  EXPECT_EQ(w.stride, 8u);
  EXPECT_EQ(w.emission[5 * w.stride + 1], 32767);
  EXPECT_EQ(w.emission[5 * w.stride + 0], -32767);
  EXPECT_EQ(w.emission[4 * w.stride + 1], 0);
  EXPECT_GT(w.scale, 0.0f);
}

}  // namespace
}  // namespace strata::entities
