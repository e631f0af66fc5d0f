#include "viterbi.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace strata::entities {
namespace {

constexpr std::size_t kTags = 7;  // O and B/I of three types

// Scores every sequence by brute force, to check decoding against.
double sequence_score(const Lattice& lattice, const TransitionScores& transitions,
                      const std::vector<Tag>& tags) {
  double score = transitions.start[tags[0]] + transitions.end[tags.back()];
  for (std::size_t i = 0; i < tags.size(); ++i) {
    score += lattice.emission(i, tags[i]);
    if (i > 0) score += transitions.at(tags[i - 1], tags[i]);
  }
  return score;
}

bool valid(const std::vector<Tag>& tags) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (!TagSet::may_follow(i == 0 ? std::nullopt : std::optional(tags[i - 1]), tags[i])) {
      return false;
    }
  }
  return true;
}

// A random lattice with random transitions.
struct RandomProblem {
  Lattice lattice;
  TransitionScores transitions;
};

RandomProblem random_problem(std::mt19937& generator, std::size_t length,
                             std::size_t tag_count = kTags) {
  std::normal_distribution<double> normal(0.0, 3.0);
  RandomProblem p{Lattice(), TransitionScores(tag_count)};
  p.lattice.reset(length, tag_count);
  for (double& e : p.lattice.emissions) e = normal(generator);
  for (double& t : p.transitions.start) t = normal(generator);
  for (double& t : p.transitions.end) t = normal(generator);
  // Inside tags score high, to tempt the decoder into invalid sequences.
  for (std::size_t i = 0; i < length; ++i) {
    for (std::size_t t = 2; t < tag_count; t += 2) p.lattice.row(i)[t] += 5.0;
  }
  for (double& t : p.transitions.between) t = normal(generator);
  return p;
}

TEST(Viterbi, NeverOutputsAnInvalidBioSequence) {
  std::mt19937 generator(42);
  ViterbiWorkspace workspace;
  std::vector<Tag> best;
  for (int round = 0; round < 500; ++round) {
    const RandomProblem p = random_problem(generator, 1 + round % 12);
    viterbi(p.lattice, p.transitions, workspace, best);
    ASSERT_TRUE(valid(best)) << "round " << round;
  }
}

TEST(Viterbi, FindsTheBestValidSequence) {
  std::mt19937 generator(7);
  ViterbiWorkspace workspace;
  std::vector<Tag> best;
  for (int round = 0; round < 50; ++round) {
    const std::size_t n = 1 + round % 4;
    const RandomProblem p = random_problem(generator, n);
    const double score = viterbi(p.lattice, p.transitions, workspace, best);
    EXPECT_NEAR(score, sequence_score(p.lattice, p.transitions, best), 1e-9);
    // Every valid sequence of n tags scores no more.
    std::vector<Tag> tags(n, 0);
    std::size_t count = 1;
    for (std::size_t i = 0; i < n; ++i) count *= kTags;
    for (std::size_t code = 0; code < count; ++code) {
      std::size_t rest = code;
      for (std::size_t i = 0; i < n; ++i, rest /= kTags) tags[i] = static_cast<Tag>(rest % kTags);
      if (valid(tags)) {
        EXPECT_LE(sequence_score(p.lattice, p.transitions, tags), score + 1e-9);
      }
    }
  }
}

TEST(Viterbi, MaxMarginalsPeakOnTheBestPath) {
  std::mt19937 generator(11);
  ViterbiWorkspace workspace;
  std::vector<Tag> best;
  std::vector<double> marginals;
  const RandomProblem p = random_problem(generator, 9);
  const double score = viterbi(p.lattice, p.transitions, workspace, best);
  max_marginals(p.lattice, p.transitions, workspace, marginals);
  for (std::size_t i = 0; i < best.size(); ++i) {
    EXPECT_NEAR(marginals[i * kTags + best[i]], score, 1e-9);
    for (std::size_t t = 0; t < kTags; ++t) EXPECT_LE(marginals[i * kTags + t], score + 1e-9);
  }
}

TEST(Viterbi, MaxMarginalsAreTheBestValidSequencesThroughEachTag) {
  std::mt19937 generator(5);
  ViterbiWorkspace workspace;
  std::vector<Tag> best;
  std::vector<double> marginals;
  const std::size_t length = 4;
  const RandomProblem p = random_problem(generator, length);
  viterbi(p.lattice, p.transitions, workspace, best);
  max_marginals(p.lattice, p.transitions, workspace, marginals);
  std::vector<double> expected(length * kTags, -std::numeric_limits<double>::infinity());
  std::vector<Tag> tags(length, 0);
  for (std::size_t code = 0; code < 7 * 7 * 7 * 7; ++code) {
    for (std::size_t i = 0, rest = code; i < length; ++i, rest /= kTags) {
      tags[i] = static_cast<Tag>(rest % kTags);
    }
    if (!valid(tags)) continue;
    const double score = sequence_score(p.lattice, p.transitions, tags);
    for (std::size_t i = 0; i < length; ++i) {
      expected[i * kTags + tags[i]] = std::max(expected[i * kTags + tags[i]], score);
    }
  }
  for (std::size_t k = 0; k < expected.size(); ++k) {
    if (std::isinf(expected[k])) {
      EXPECT_TRUE(std::isinf(marginals[k])) << k;
    } else {
      EXPECT_NEAR(marginals[k], expected[k], 1e-9) << k;
    }
  }
}

// Seven tags are decoded with their count known at compile time, other counts without: both
// must find the best valid sequence and the max-marginals.
TEST(Viterbi, DecodesEveryNumberOfTypes) {
  std::mt19937 generator(3);
  ViterbiWorkspace workspace;
  std::vector<Tag> best;
  std::vector<double> marginals;
  for (const std::size_t tag_count : {std::size_t{3}, std::size_t{5}, kTags, std::size_t{9}}) {
    for (std::size_t length = 1; length <= 4; ++length) {
      const RandomProblem p = random_problem(generator, length, tag_count);
      const double score = viterbi(p.lattice, p.transitions, workspace, best);
      max_marginals(p.lattice, p.transitions, workspace, marginals);
      EXPECT_NEAR(score, sequence_score(p.lattice, p.transitions, best), 1e-9);
      std::vector<double> expected(length * tag_count, -std::numeric_limits<double>::infinity());
      std::vector<Tag> tags(length, 0);
      std::size_t count = 1;
      for (std::size_t i = 0; i < length; ++i) count *= tag_count;
      for (std::size_t code = 0; code < count; ++code) {
        std::size_t rest = code;
        for (Tag& tag : tags) {
          tag = static_cast<Tag>(rest % tag_count);
          rest /= tag_count;
        }
        if (!valid(tags)) continue;
        const double other = sequence_score(p.lattice, p.transitions, tags);
        EXPECT_LE(other, score + 1e-9) << tag_count << " tags";
        for (std::size_t i = 0; i < length; ++i) {
          double& top = expected[i * tag_count + tags[i]];
          top = std::max(top, other);
        }
      }
      for (std::size_t k = 0; k < expected.size(); ++k) {
        if (std::isinf(expected[k])) {
          EXPECT_TRUE(std::isinf(marginals[k])) << tag_count << " tags, " << k;
        } else {
          EXPECT_NEAR(marginals[k], expected[k], 1e-9) << tag_count << " tags, " << k;
        }
      }
    }
  }
}

TEST(Viterbi, EmptySentenceHasNoTags) {
  Lattice lattice;
  lattice.reset(0, kTags);
  ViterbiWorkspace workspace;
  std::vector<Tag> best{1, 2};
  EXPECT_EQ(viterbi(lattice, TransitionScores(kTags), workspace, best), 0.0);
  EXPECT_TRUE(best.empty());
}

}  // namespace
}  // namespace strata::entities
