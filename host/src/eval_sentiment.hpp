// strata eval for sentiment gold sets: VADER's rated snippets and SENTIPOLC 2016's tweets,
// scored against the document annotation of a predicted sentiment layer.
#pragma once

#include <string>

namespace strata::host {

// What strata eval was given, for --gold-format vader or sentipolc.
struct SentimentEvalArguments {
  std::string gold;         // the gold file
  std::string gold_format;  // vader or sentipolc
  std::string pred;         // predicted documents, unless write_text is given
  std::string layer;
  std::string write_text;     // a folder to write each gold item's text to, as <id>.txt
  std::string format;         // table or json
  double gold_neutral = 0.5;  // VADER: a mean within ±this is neutral
};

// Writes the gold's texts, or scores the predictions and prints the results. Returns the exit
// code; throws SetupError for bad gold or predictions missing an item.
int eval_sentiment(const SentimentEvalArguments& arguments);

// A file name (without .txt) for an item id: characters other than ASCII letters, digits, '-'
// and '_' become '_', so an id cannot name a path, a hidden file, or a second extension that
// strata annotate would keep in the output's name.
std::string item_file_stem(const std::string& id);

}  // namespace strata::host
