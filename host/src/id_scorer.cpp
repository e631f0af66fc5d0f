#include "id_scorer.hpp"

#include <algorithm>
#include <iterator>

#include "strata/case_folding.hpp"

namespace strata::host {
namespace {

std::vector<std::string> folded_sorted(const std::vector<std::string>& ids) {
  std::vector<std::string> folded;
  folded.reserve(ids.size());
  for (const std::string& id : ids) folded.push_back(fold_case(id));
  std::sort(folded.begin(), folded.end());
  return folded;
}

}  // namespace

void score_ids(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
               ScoreCounts& counts) {
  const std::vector<std::string> g = folded_sorted(gold);
  const std::vector<std::string> p = folded_sorted(predicted);
  std::vector<std::string> common;
  std::set_intersection(g.begin(), g.end(), p.begin(), p.end(), std::back_inserter(common));
  counts.true_positives += common.size();
  counts.false_negatives += g.size() - common.size();
  counts.false_positives += p.size() - common.size();
}

}  // namespace strata::host
