// How strata eval prints precision, recall and F1, shared by its span and sentiment scores.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "span_scorer.hpp"

namespace strata::host {

// The header line over score_row's columns, `first_column` naming what the rows are.
std::string score_header(const std::string& first_column);

// One table row: gold, predicted, tp, fp, fn, precision, recall and F1 of `counts`.
void print_score_row(std::ostream& out, const std::string& name, const ScoreCounts& counts);

// The same figures as a JSON object (tp, fp, fn, precision, recall, f1).
nlohmann::ordered_json counts_json(const ScoreCounts& counts);

}  // namespace strata::host
