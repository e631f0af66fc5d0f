// strata eval: precision, recall and F1 of one layer of predicted documents against gold ones,
// and optionally how often matched spans carry the gold's value of one feature.
#include <boost/program_options.hpp>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "attribute_agreement.hpp"
#include "chain_file.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "eval_checks.hpp"
#include "eval_corpus.hpp"
#include "eval_sentiment.hpp"
#include "id_scorer.hpp"
#include "jobs.hpp"
#include "linkoln_gold.hpp"
#include "logging.hpp"
#include "score_table.hpp"
#include "setup_error.hpp"
#include "text_list.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace strata::host {
namespace {

struct EvalArguments {
  std::vector<std::string> gold;
  std::string pred;
  std::string layer;
  std::string match = "exact";
  std::string format = "table";
  std::string gold_format = "strata";
  std::string labels;
  std::string write_text;
  std::string attribute;
  std::string attribute_match = "name";
  double gold_neutral = 0.5;
  long document_sentences = 0;
};

// The layer whose annotations carry identifiers (the legal plugin's "id" feature).
constexpr const char* kCitations = "citations";

bool is_sentiment_gold(const std::string& gold_format) {
  return gold_format == "vader" || gold_format == "sentipolc";
}

po::options_description eval_options(EvalArguments& a) {
  po::options_description options(
      "strata eval --gold G... --pred P --layer L [options]\n"
      "G and P: Strata JSON or TEI files, or folders of them, with the same document names.\n"
      "With --gold-format conll, G are CoNLL/BIO files: --write-text DIR writes their text for\n"
      "strata annotate, then --pred scores what it found. With --gold-format vader or sentipolc,\n"
      "G is one gold file of those sets and --pred is scored by its sentiment document "
      "annotation.\n"
      "With --gold-format linkoln, G is Linkoln's coverage_table.jsonl, a document a row, and\n"
      "--layer citations scores the identifiers of --pred only. --layer citations always adds\n"
      "identifier-level scores (the id features, compared without regard to case)");
  // clang-format off
  options.add_options()
      ("help,h", "show this help")
      ("gold", po::value(&a.gold)->multitoken()->composing(), "gold documents")
      ("pred", po::value(&a.pred), "predicted documents")
      ("layer", po::value(&a.layer), "the layer to score, e.g. entities")
      ("match", po::value(&a.match), "exact (default) or overlap")
      ("format", po::value(&a.format), "table (default) or json")
      ("gold-format", po::value(&a.gold_format),
       "strata (default), conll, linkoln, vader or sentipolc")
      ("labels", po::value(&a.labels), "labels to score, comma-separated (default: the gold's)")
      ("write-text", po::value(&a.write_text),
       "conll, linkoln, vader or sentipolc gold: write texts to DIR")
      ("attribute", po::value(&a.attribute), "also score this feature of matched spans")
      ("attribute-match", po::value(&a.attribute_match),
       "name (default: a shared name word agrees) or exact")
      ("gold-neutral", po::value(&a.gold_neutral),
       "vader gold: a mean rating within +-this is neutral (default 0.5)")
      ("document-sentences", po::value(&a.document_sentences),
       "conll gold: cut files without -DOCSTART- marks into documents of N sentences "
       "(default 0: a file is one document)");
  // clang-format on
  return options;
}

// The first option given that only scoring reads, or nullptr: --write-text would ignore it.
const char* scoring_option_given(const EvalArguments& a) {
  const EvalArguments defaults;
  if (!a.pred.empty()) return "pred";
  if (!a.layer.empty()) return "layer";
  if (!a.labels.empty()) return "labels";
  if (!a.attribute.empty()) return "attribute";
  if (a.match != defaults.match) return "match";
  if (a.format != defaults.format) return "format";
  if (a.attribute_match != defaults.attribute_match) return "attribute-match";
  if (a.gold_neutral != defaults.gold_neutral) return "gold-neutral";
  return nullptr;
}

void check(const EvalArguments& a) {
  if (a.gold.empty()) throw SetupError("give the gold documents with --gold");
  if (a.gold_format != "strata" && a.gold_format != "conll" && a.gold_format != "linkoln" &&
      !is_sentiment_gold(a.gold_format)) {
    throw SetupError("unknown --gold-format '" + a.gold_format +
                     "' (use strata, conll, linkoln, vader or sentipolc)");
  }
  if (a.gold_format != "conll" && a.gold.size() != 1) {
    throw SetupError("give one --gold file or folder for --gold-format " + a.gold_format);
  }
  if (a.gold_neutral < 0) throw SetupError("--gold-neutral must not be negative");
  if (a.document_sentences < 0) throw SetupError("--document-sentences must not be negative");
  if (a.document_sentences != 0 && a.gold_format != "conll") {
    throw SetupError("--document-sentences needs --gold-format conll");
  }
  if (!a.write_text.empty()) {
    if (a.gold_format == "strata") {
      throw SetupError("--write-text needs --gold-format conll, linkoln, vader or sentipolc");
    }
    if (const char* scoring = scoring_option_given(a)) {
      throw SetupError(std::string("--write-text only writes the gold's texts; give --") + scoring +
                       " in the run that scores them, without --write-text");
    }
    return;
  }
  if (a.pred.empty()) throw SetupError("give the predicted documents with --pred");
  if (a.layer.empty()) throw SetupError("give the layer to score with --layer");
  if (a.match != "exact" && a.match != "overlap") {
    throw SetupError("unknown --match '" + a.match + "' (use exact or overlap)");
  }
  if (!parse_attribute_match(a.attribute_match)) {
    throw SetupError("unknown --attribute-match '" + a.attribute_match + "' (use exact or name)");
  }
  if (a.format != "table" && a.format != "json") {
    throw SetupError("unknown --format '" + a.format + "' (use table or json)");
  }
  if (a.gold_format == "linkoln" && a.layer != kCitations) {
    throw SetupError("--gold-format linkoln needs --layer " + std::string(kCitations));
  }
}

std::vector<LabelledSpan> only(const std::vector<LabelledSpan>& spans,
                               const std::set<std::string>& labels) {
  std::vector<LabelledSpan> kept;
  for (const auto& span : spans) {
    if (labels.count(span.label)) kept.push_back(span);
  }
  return kept;
}

struct Evaluation {
  Scores spans;
  Scores tokens;
  ScoreCounts ids;            // for the citations layer
  bool has_spans = true;      // false for gold that gives identifiers only (linkoln)
  AttributeCounts attribute;  // when --attribute is given
  bool has_tokens = true;
  std::set<std::string> labels;
  std::size_t documents = 0;
};

Evaluation evaluate(const ScoredCorpus& gold, const ScoredCorpus& predicted,
                    const EvalArguments& a) {
  check_layer_and_labels(
      gold, predicted,
      {a.layer, a.labels, a.gold.size() == 1 ? a.gold[0] : "the gold", a.pred, a.attribute});
  Evaluation result;
  if (!a.labels.empty()) {
    const auto listed = split_list(a.labels);
    result.labels.insert(listed.begin(), listed.end());
  } else {
    for (const auto& [key, document] : gold) {
      for (const auto& span : document.spans) result.labels.insert(span.label);
    }
  }
  const SpanMatch match = a.match == "exact" ? SpanMatch::exact : SpanMatch::overlap;
  const AttributeMatch attribute_match = *parse_attribute_match(a.attribute_match);
  for (const auto& [key, gold_document] : gold) {
    const auto found = predicted.find(key);
    if (found == predicted.end()) {
      throw SetupError("document '" + key + "' is in the gold but not in " + a.pred);
    }
    check_same_text(key, gold_document.text, found->second.text);
    const auto gold_spans = only(gold_document.spans, result.labels);
    const auto predicted_spans = only(found->second.spans, result.labels);
    const auto pairs = score_document(gold_spans, predicted_spans, match, result.spans);
    score_attribute(gold_spans, predicted_spans, pairs, attribute_match, result.attribute);
    if (a.layer == kCitations) score_ids(gold_document.ids, found->second.ids, result.ids);
    if (gold_document.tokens.empty()) result.has_tokens = false;
    score_tokens(gold_document.tokens, gold_spans, predicted_spans, result.tokens);
    ++result.documents;
  }
  for (const auto& [key, document] : predicted) {
    if (!gold.count(key)) spdlog::warn("document '{}' has no gold; not scored", key);
  }
  if (a.gold_format == "linkoln") {
    result.has_spans = false;
    result.has_tokens = false;
    result.labels.clear();
  }
  return result;
}

void print_json(const Evaluation& e, const EvalArguments& a) {
  nlohmann::ordered_json out = {{"layer", a.layer}, {"match", a.match}, {"documents", e.documents}};
  for (const auto& label : e.labels) {
    const auto found = e.spans.per_label.find(label);
    out["labels"][label] =
        counts_json(found == e.spans.per_label.end() ? ScoreCounts{} : found->second);
  }
  if (e.has_spans) out["micro"] = counts_json(e.spans.micro);
  if (e.has_tokens) out["token_level"] = counts_json(e.tokens.micro);
  if (a.layer == kCitations) out["identifiers"] = counts_json(e.ids);
  if (!a.attribute.empty()) {
    const AttributeCounts& c = e.attribute;
    out["attribute"] = {{"name", a.attribute},
                        {"match", a.attribute_match},
                        {"scored", c.scored},
                        {"correct", c.correct},
                        {"missing", c.missing},
                        {"accuracy", c.accuracy()},
                        {"gold_with_feature", c.gold_with_feature},
                        {"end_to_end", c.end_to_end()}};
  }
  std::cout << out.dump(2) << '\n';
}

void print_table(const Evaluation& e, const EvalArguments& a) {
  std::cout << "layer " << a.layer << ", " << a.match << " match, " << e.documents
            << " document(s)\n"
            << score_header("label");
  for (const auto& label : e.labels) {
    const auto found = e.spans.per_label.find(label);
    print_score_row(std::cout, label,
                    found == e.spans.per_label.end() ? ScoreCounts{} : found->second);
  }
  if (e.has_spans) print_score_row(std::cout, "micro", e.spans.micro);
  if (e.has_tokens) print_score_row(std::cout, "token-level", e.tokens.micro);
  if (a.layer == kCitations) print_score_row(std::cout, "identifiers", e.ids);
  if (!a.attribute.empty()) {
    const AttributeCounts& c = e.attribute;
    std::cout << "attribute " << a.attribute << " (" << a.attribute_match << " match): " << c.scored
              << " matched spans with it, " << c.correct << " correct, " << c.missing
              << " without a value, accuracy " << std::fixed << std::setprecision(4) << c.accuracy()
              << "; " << c.gold_with_feature << " gold spans with it, end to end " << c.end_to_end()
              << '\n';
  }
}

int write_texts(const ScoredCorpus& gold, const fs::path& folder) {
  for (const auto& [key, document] : gold) write_atomically(folder / (key + ".txt"), document.text);
  std::cerr << "strata: wrote " << gold.size() << " text file(s) to " << folder.string() << '\n';
  return kSuccess;
}

int eval(const EvalArguments& a) {
  if (is_sentiment_gold(a.gold_format)) {
    return eval_sentiment(
        {a.gold[0], a.gold_format, a.pred, a.layer, a.write_text, a.format, a.gold_neutral});
  }
  std::vector<fs::path> gold_files(a.gold.begin(), a.gold.end());
  const ScoredCorpus gold =
      a.gold_format == "conll"
          ? read_conll_corpus(gold_files, static_cast<std::size_t>(a.document_sentences))
      : a.gold_format == "linkoln" ? read_linkoln_corpus(gold_files[0])
                                   : read_strata_corpus(gold_files[0], a.layer, a.attribute);
  if (!a.write_text.empty()) return write_texts(gold, a.write_text);
  const Evaluation evaluation = evaluate(gold, read_strata_corpus(a.pred, a.layer, a.attribute), a);
  if (a.format == "json") {
    print_json(evaluation, a);
  } else {
    print_table(evaluation, a);
  }
  return kSuccess;
}

}  // namespace

int run_eval(const std::vector<std::string>& arguments) {
  EvalArguments a;
  const CommandLine line{"eval", eval_options(a)};
  return run_command(arguments, line, [&a] {
    check(a);
    return eval(a);
  });
}

}  // namespace strata::host
