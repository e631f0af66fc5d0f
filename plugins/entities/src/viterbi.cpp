#include "viterbi.hpp"

#include <limits>
#include <type_traits>

namespace strata::entities {
namespace {

constexpr double kImpossible = -std::numeric_limits<double>::infinity();

bool may_start(std::size_t tag) {
  return TagSet::may_follow(std::nullopt, static_cast<Tag>(tag));
}

// The usual model's number of tags: O and B/I of PER, LOC and ORG. Decoding a lattice of
// this many tags runs the same code with the count known at compile time, so that the loops
// over tags unroll and each tag's predecessors are constants; decoding runs twice a sentence.
constexpr std::size_t kUsualTags = 7;
using UsualTags = std::integral_constant<std::size_t, kUsualTags>;

// viterbi() for `tags` tags, a std::size_t or UsualTags.
template <typename TagCount>
double viterbi_for(TagCount tags, const Lattice& lattice, const TransitionScores& transitions,
                   ViterbiWorkspace& workspace, std::vector<Tag>& best) {
  const std::size_t n = lattice.length;
  best.assign(n, TagSet::kOutside);
  if (n == 0) return 0.0;
  std::vector<double>& forward = workspace.forward;
  std::vector<std::uint8_t>& back = workspace.back_pointers;
  // Indexed with `tags`, which may be a constant, rather than through TransitionScores::at.
  const double* between = transitions.between.data();
  // Every score and pointer is written below: no need to fill them first.
  forward.resize(n * tags);
  back.resize(n * tags);
  for (std::size_t t = 0; t < tags; ++t) {
    forward[t] = may_start(t) ? transitions.start[t] + lattice.emission(0, t) : kImpossible;
    back[t] = 0;
  }
  for (std::size_t i = 1; i < n; ++i) {
    const double* previous = &forward[(i - 1) * tags];
    // Tag t's best predecessor in [first, last), lowest first.
    const auto step = [&](std::size_t t, std::size_t first, std::size_t last) {
      double top = kImpossible;
      std::size_t from = 0;
      // An impossible predecessor scores -inf, which is never better: no test needed. Without
      // branches, since which predecessor wins is anyone's guess.
      for (std::size_t p = first; p < last; ++p) {
        const double score = previous[p] + between[p * tags + t];
        const bool better = score > top;
        top = better ? score : top;
        from = better ? p : from;
      }
      forward[i * tags + t] = top + lattice.emission(i, t);
      back[i * tags + t] = static_cast<std::uint8_t>(from);
    };
    // Any tag may come before O and B-X, only B-X and I-X before I-X (TagSet's numbering):
    // loops of a fixed length, which unroll when `tags` is a constant.
    step(TagSet::kOutside, 0, tags);
    for (std::size_t begin = 1; begin + 1 < tags; begin += 2) {
      step(begin, 0, tags);
      step(begin + 1, begin, begin + 2);
    }
  }
  double top = kImpossible;
  std::size_t last = 0;
  for (std::size_t t = 0; t < tags; ++t) {
    const double score = forward[(n - 1) * tags + t] + transitions.end[t];
    if (score > top) {
      top = score;
      last = t;
    }
  }
  for (std::size_t i = n; i-- > 0;) {
    best[i] = static_cast<Tag>(last);
    last = back[i * tags + last];
  }
  return top;
}

// max_marginals() for `tags` tags, a std::size_t or UsualTags.
template <typename TagCount>
void max_marginals_for(TagCount tags, const Lattice& lattice, const TransitionScores& transitions,
                       ViterbiWorkspace& workspace, std::vector<double>& out) {
  const std::size_t n = lattice.length;
  std::vector<double>& backward = workspace.backward;
  // Indexed with `tags`, which may be a constant, rather than through TransitionScores::at.
  const double* between = transitions.between.data();
  if (n == 0) {
    backward.clear();
    out.clear();
    return;
  }
  // Every score is written below: no need to fill them first.
  backward.resize(n * tags);
  for (std::size_t t = 0; t < tags; ++t) backward[(n - 1) * tags + t] = transitions.end[t];
  for (std::size_t i = n - 1; i-- > 0;) {
    const double* emission = &lattice.emissions[(i + 1) * tags];
    const double* after = &backward[(i + 1) * tags];
    for (std::size_t t = 0; t < tags; ++t) {
      // O and any B-X may follow t, and of the I tags only that of t's own type (numbered
      // t + 1 after B-X, t after I-X; none after O).
      const std::size_t own_inside = t == TagSet::kOutside                   ? tags
                                     : TagSet::is_begin(static_cast<Tag>(t)) ? t + 1
                                                                             : t;
      double top = kImpossible;
      for (std::size_t next = 0; next < tags; ++next) {
        if (TagSet::is_inside(static_cast<Tag>(next)) && next != own_inside) continue;
        const double score = between[t * tags + next] + emission[next] + after[next];
        if (score > top) top = score;
      }
      backward[i * tags + t] = top;
    }
  }
  out.resize(n * tags);
  for (std::size_t k = 0; k < n * tags; ++k) out[k] = workspace.forward[k] + backward[k];
}

}  // namespace

double viterbi(const Lattice& lattice, const TransitionScores& transitions,
               ViterbiWorkspace& workspace, std::vector<Tag>& best) {
  if (lattice.tags == kUsualTags) {
    return viterbi_for(UsualTags{}, lattice, transitions, workspace, best);
  }
  return viterbi_for(lattice.tags, lattice, transitions, workspace, best);
}

void max_marginals(const Lattice& lattice, const TransitionScores& transitions,
                   ViterbiWorkspace& workspace, std::vector<double>& out) {
  if (lattice.tags == kUsualTags) {
    max_marginals_for(UsualTags{}, lattice, transitions, workspace, out);
    return;
  }
  max_marginals_for(lattice.tags, lattice, transitions, workspace, out);
}

}  // namespace strata::entities
