#include "score_table.hpp"

#include <iomanip>

namespace strata::host {

std::string score_header(const std::string& first_column) {
  std::string header = first_column;
  header.resize(14, ' ');
  return header + "   gold   pred     tp     fp     fn  precision   recall       f1\n";
}

void print_score_row(std::ostream& out, const std::string& name, const ScoreCounts& c) {
  out << std::left << std::setw(14) << name << std::right << std::setw(7)
      << c.true_positives + c.false_negatives << std::setw(7)
      << c.true_positives + c.false_positives << std::setw(7) << c.true_positives << std::setw(7)
      << c.false_positives << std::setw(7) << c.false_negatives << std::fixed
      << std::setprecision(4) << std::setw(11) << c.precision() << std::setw(9) << c.recall()
      << std::setw(9) << c.f1() << '\n';
}

nlohmann::ordered_json counts_json(const ScoreCounts& c) {
  return {{"tp", c.true_positives},     {"fp", c.false_positives}, {"fn", c.false_negatives},
          {"precision", c.precision()}, {"recall", c.recall()},    {"f1", c.f1()}};
}

}  // namespace strata::host
