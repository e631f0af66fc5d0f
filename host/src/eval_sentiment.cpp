#include "eval_sentiment.hpp"

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "class_scores.hpp"
#include "correlation.hpp"
#include "document_sentiment.hpp"
#include "eval_checks.hpp"
#include "jobs.hpp"
#include "score_table.hpp"
#include "sentipolc_gold.hpp"
#include "setup_error.hpp"
#include "vader_gold.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

const std::vector<std::string> kClasses = {"positive", "neutral", "negative"};

// All file names are checked before any is written, so two ids that make one name stop the
// run with nothing written.
template <typename Item>
int write_item_texts(const std::vector<Item>& items, const fs::path& folder) {
  std::set<std::string> stems;
  for (const auto& item : items) {
    if (!stems.insert(item_file_stem(item.id)).second) {
      throw SetupError("two gold ids make the file name " + item_file_stem(item.id) + ".txt");
    }
  }
  for (const auto& item : items) {
    write_atomically(folder / (item_file_stem(item.id) + ".txt"), item.text + '\n');
  }
  std::cerr << "strata: wrote " << items.size() << " text file(s) to " << folder.string() << '\n';
  return 0;
}

// The prediction for each item, in the items' order. A missing one is an error rather than a
// wrong answer, since it means the annotation run and the gold do not belong together.
template <typename Item>
std::vector<DocumentSentiment> predictions_for(const std::vector<Item>& items,
                                               const SentimentEvalArguments& a) {
  const auto predicted = read_document_sentiments(a.pred, a.layer);
  std::vector<DocumentSentiment> found;
  const Item* first_missing = nullptr;
  for (const auto& item : items) {
    const auto prediction = predicted.find(item_file_stem(item.id));
    if (prediction == predicted.end()) {
      if (!first_missing) first_missing = &item;
      continue;
    }
    // The text written for the item ends in a line end (write_item_texts).
    check_same_text(prediction->first, item.text + '\n', prediction->second.text);
    if (std::find(kClasses.begin(), kClasses.end(), prediction->second.type) == kClasses.end()) {
      throw SetupError("document " + prediction->first + ": type '" + prediction->second.type +
                       "' is not positive, neutral or negative");
    }
    found.push_back(prediction->second);
  }
  if (first_missing) {
    throw SetupError("item '" + first_missing->id + "' has no " + a.layer + " document in " +
                     a.pred + " (" + std::to_string(items.size() - found.size()) + " of " +
                     std::to_string(items.size()) + " items missing)");
  }
  return found;
}

std::string gold_class(double mean, double neutral) {
  if (mean > neutral) return "positive";
  if (mean < -neutral) return "negative";
  return "neutral";
}

nlohmann::ordered_json number_or_null(const std::optional<double>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

int score_vader(const std::vector<VaderItem>& items, const SentimentEvalArguments& a) {
  const auto predictions = predictions_for(items, a);
  ClassTally tally(kClasses);
  std::vector<double> scores, means;
  for (std::size_t i = 0; i < items.size(); ++i) {
    tally.add(gold_class(items[i].mean, a.gold_neutral), predictions[i].type);
    scores.push_back(predictions[i].score);
    means.push_back(items[i].mean);
  }
  const auto r = pearson_r(scores, means);
  if (a.format == "json") {
    nlohmann::ordered_json out = {{"gold_format", "vader"},
                                  {"layer", a.layer},
                                  {"items", tally.items()},
                                  {"pearson_r", number_or_null(r)},
                                  {"gold_neutral", a.gold_neutral}};
    for (const auto& label : kClasses) out["classes"][label] = counts_json(tally.counts(label));
    out["macro_f1"] = tally.macro_f1();
    out["accuracy"] = tally.accuracy();
    std::cout << out.dump(2) << '\n';
    return 0;
  }
  std::cout << "layer " << a.layer << ", VADER gold, " << tally.items() << " item(s) scored\n"
            << std::fixed << std::setprecision(4) << "Pearson r (score vs gold mean) ";
  if (r) {
    std::cout << *r << '\n';
  } else {
    std::cout << "undefined (fewer than 2 items, or one side constant)\n";
  }
  std::cout << "gold classes: positive if mean > " << a.gold_neutral << ", negative if mean < "
            << -a.gold_neutral << ", else neutral\n"
            << score_header("class");
  for (const auto& label : kClasses) print_score_row(std::cout, label, tally.counts(label));
  std::cout << "macro F1 " << tally.macro_f1() << ", accuracy " << tally.accuracy() << '\n';
  return 0;
}

nlohmann::ordered_json flag_json(const BinaryFlagScores& flag) {
  return {{"f", flag.f()},
          {"class_1", counts_json(flag.present)},
          {"class_0", counts_json(flag.absent)}};
}

void print_flag(const std::string& name, const BinaryFlagScores& flag) {
  print_score_row(std::cout, name + "=1", flag.present);
  print_score_row(std::cout, name + "=0", flag.absent);
}

int score_sentipolc(const std::vector<SentipolcItem>& items, const SentimentEvalArguments& a) {
  const auto predictions = predictions_for(items, a);
  SentipolcScores scores;
  for (std::size_t i = 0; i < items.size(); ++i) {
    scores.add(items[i].positive, items[i].negative, predictions[i].type);
  }
  if (a.format == "json") {
    const nlohmann::ordered_json out = {{"gold_format", "sentipolc"},
                                        {"layer", a.layer},
                                        {"items", scores.items},
                                        {"positive", flag_json(scores.positive)},
                                        {"negative", flag_json(scores.negative)},
                                        {"combined", scores.combined()}};
    std::cout << out.dump(2) << '\n';
    return 0;
  }
  std::cout << "layer " << a.layer << ", SENTIPOLC 2016 gold, " << scores.items
            << " item(s) scored\n"
            << score_header("flag");
  print_flag("opos", scores.positive);
  print_flag("oneg", scores.negative);
  std::cout << std::fixed << std::setprecision(4) << "F_pos " << scores.positive.f() << ", F_neg "
            << scores.negative.f() << ", combined F " << scores.combined() << '\n';
  return 0;
}

template <typename Item>
int write_or_score(const std::vector<Item>& items, const SentimentEvalArguments& a,
                   int (*score)(const std::vector<Item>&, const SentimentEvalArguments&)) {
  if (!a.write_text.empty()) return write_item_texts(items, a.write_text);
  return score(items, a);
}

}  // namespace

std::string item_file_stem(const std::string& id) {
  std::string stem = id;
  for (char& c : stem) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    if (!safe) c = '_';
  }
  return stem;
}

int eval_sentiment(const SentimentEvalArguments& a) {
  if (a.gold_format == "vader") return write_or_score(read_vader_gold(a.gold), a, &score_vader);
  return write_or_score(read_sentipolc_gold(a.gold), a, &score_sentipolc);
}

}  // namespace strata::host
