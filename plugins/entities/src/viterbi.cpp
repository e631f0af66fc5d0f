#include "viterbi.hpp"

#include <limits>

namespace strata::entities {
namespace {

constexpr double kImpossible = -std::numeric_limits<double>::infinity();

bool may_start(std::size_t tag) {
  return TagSet::may_follow(std::nullopt, static_cast<Tag>(tag));
}

// The tags that may come right before `tag`, [first, last): any before O or B-X, only B-X and
// I-X (numbered tag - 1 and tag) before I-X. Walking only these, lowest first, finds what
// testing TagSet::may_follow for every pair would, in the same order, with far less work.
struct Predecessors {
  std::size_t first;
  std::size_t last;
};
Predecessors predecessors(std::size_t tag, std::size_t tags) {
  if (TagSet::is_inside(static_cast<Tag>(tag))) return {tag - 1, tag + 1};
  return {0, tags};
}

}  // namespace

double viterbi(const Lattice& lattice, const TransitionScores& transitions,
               ViterbiWorkspace& workspace, std::vector<Tag>& best) {
  const std::size_t n = lattice.length;
  const std::size_t tags = lattice.tags;
  best.assign(n, TagSet::kOutside);
  if (n == 0) return 0.0;
  std::vector<double>& forward = workspace.forward;
  std::vector<std::uint8_t>& back = workspace.back_pointers;
  forward.assign(n * tags, kImpossible);
  back.assign(n * tags, 0);
  for (std::size_t t = 0; t < tags; ++t) {
    if (may_start(t)) forward[t] = transitions.start[t] + lattice.emission(0, t);
  }
  for (std::size_t i = 1; i < n; ++i) {
    const double* previous = &forward[(i - 1) * tags];
    for (std::size_t t = 0; t < tags; ++t) {
      double top = kImpossible;
      std::size_t from = 0;
      const auto [first, last] = predecessors(t, tags);
      // An impossible predecessor scores -inf, which is never better: no test needed. Without
      // branches, since which predecessor wins is anyone's guess.
      for (std::size_t p = first; p < last; ++p) {
        const double score = previous[p] + transitions.at(p, t);
        const bool better = score > top;
        top = better ? score : top;
        from = better ? p : from;
      }
      forward[i * tags + t] = top + lattice.emission(i, t);
      back[i * tags + t] = static_cast<std::uint8_t>(from);
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

void max_marginals(const Lattice& lattice, const TransitionScores& transitions,
                   ViterbiWorkspace& workspace, std::vector<double>& out) {
  const std::size_t n = lattice.length;
  const std::size_t tags = lattice.tags;
  std::vector<double>& backward = workspace.backward;
  backward.assign(n * tags, kImpossible);
  if (n == 0) {
    out.clear();
    return;
  }
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
        const double score = transitions.at(t, next) + emission[next] + after[next];
        if (score > top) top = score;
      }
      backward[i * tags + t] = top;
    }
  }
  out.resize(n * tags);
  for (std::size_t k = 0; k < n * tags; ++k) out[k] = workspace.forward[k] + backward[k];
}

}  // namespace strata::entities
