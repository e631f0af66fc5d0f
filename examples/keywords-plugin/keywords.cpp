// keywords: an example Strata plugin that marks every occurrence of the words and phrases of a
// list. It shows the whole life of an annotator: a manifest, options, a resource file read once in
// configure(), and a process() that reads the tokens layer and adds a layer of its own.
#include <algorithm>
#include <span>
#include <strata/strata.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Turns every run of whitespace into one space, so an entry matches however the text breaks
// the phrase (two spaces, a line end).
std::string collapse_spaces(std::string_view text) {
  std::string result;
  bool in_space = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      in_space = true;
      continue;
    }
    if (in_space && !result.empty()) result += ' ';
    in_space = false;
    result += c;
  }
  return result;
}

// True if only whitespace lies between two tokens. Anything else there was left out by the
// tokenizer, and a phrase must not match across it.
bool only_spaces(std::string_view gap) {
  return gap.find_first_not_of(" \t\n\r") == std::string_view::npos;
}

class Keywords final : public strata::Annotator {
 public:
  static constexpr const char* kName = "keywords";
  static constexpr const char* kVersion = "1.0.0";

  static strata::Manifest manifest() {
    strata::Manifest m;
    m.description = "Marks the words and phrases of a list (type keyword, feature entry).";
    m.required_layers = {strata::layer_names::tokens};
    m.provided_layers = {"keywords"};
    m.options = {
        {"list", strata::OptionType::string, "keywords.txt",
         "resource file with one word or phrase per line"},
        {"case_sensitive", strata::OptionType::boolean, "false",
         "match letter case exactly instead of ignoring it"},
    };
    // process() only reads what configure() built, so one instance serves every thread.
    m.concurrency = strata::Concurrency::shared;
    return m;
  }

  // The context is copied: the host does not promise to keep its own copy alive.
  explicit Keywords(const strata::PluginContext& context) : context_(context) {}

  void configure(const strata::Options& options) override {
    case_sensitive_ = options.get_bool("case_sensitive");
    const std::string& list = options.get_string("list");
    entries_.clear();
    for (std::string& line : strata::read_resource_lines(context_, list)) {
      entries_.push_back({normalize(line), std::move(line)});
    }
    if (entries_.empty()) {
      throw strata::Error("keyword list '" + list + "' in " + context_.resource_dir.string() +
                          " has no entries");
    }
    // Sorted by key, so the entries that begin with some text sit together (see longest_match).
    // The stable sort keeps the list's order among equal keys, and unique() keeps the first.
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& a, const Entry& b) { return a.key < b.key; });
    const auto duplicates =
        std::unique(entries_.begin(), entries_.end(),
                    [](const Entry& a, const Entry& b) { return a.key == b.key; });
    entries_.erase(duplicates, entries_.end());
    if (context_.logger) {
      context_.logger->info("loaded " + std::to_string(entries_.size()) + " entries from " + list);
    }
  }

  void process(strata::Document& document) override {
    const strata::TokenIndex index(document);
    strata::Layer& layer = document.add_layer("keywords");
    // Sentence by sentence, so no phrase matches across a sentence end. Without a sentences
    // layer the index gives the whole text as one sentence.
    for (const strata::Sentence& sentence : index.sentences()) {
      const std::span<const strata::Token> tokens = sentence.tokens;
      std::vector<std::string> keys;
      keys.reserve(tokens.size());
      for (const strata::Token& token : tokens) keys.push_back(normalize(token.text));

      // Leftmost, then longest: after a match the search resumes past it, so matches never
      // overlap and "Carta delle Nazioni Unite" wins over the "Nazioni Unite" inside it.
      for (std::size_t first = 0; first < tokens.size();) {
        const Match match = longest_match(document, tokens, keys, first);
        if (match.entry == nullptr) {
          ++first;
          continue;
        }
        const std::size_t last = first + match.token_count - 1;
        const strata::AnnotationId id = layer.add(tokens[first].begin, tokens[last].end, "keyword");
        layer.set_string(id, "entry", match.entry->text);
        first = last + 1;
      }
    }
  }

 private:
  struct Entry {
    std::string key;   // what is compared: spaces collapsed, case folded unless case_sensitive
    std::string text;  // the entry as the list writes it, reported in the feature "entry"
  };
  struct Match {
    const Entry* entry = nullptr;
    std::size_t token_count = 0;
  };

  std::string normalize(std::string_view text) const {
    std::string collapsed = collapse_spaces(text);
    return case_sensitive_ ? collapsed : strata::fold_case(collapsed);
  }

  // The longest entry made of whole tokens starting at tokens[first]. The tokens are joined the
  // way they stand in the text (a space where whitespace separates them, nothing where they
  // touch), so "Regolamento (UE)" matches however the tokenizer splits the brackets.
  Match longest_match(const strata::Document& document, std::span<const strata::Token> tokens,
                      const std::vector<std::string>& keys, std::size_t first) const {
    Match best;
    std::string candidate;
    for (std::size_t i = first; i < tokens.size(); ++i) {
      if (i > first) {
        if (tokens[i].begin < tokens[i - 1].end) break;  // overlapping tokens make no phrase
        const std::string_view gap = document.text(tokens[i - 1].end, tokens[i].begin);
        if (!only_spaces(gap)) break;
        if (!gap.empty()) candidate += ' ';
      }
      candidate += keys[i];
      // Entries that start with the candidate follow it directly in sorted order; if the first
      // entry not below it does not start with it, no longer phrase can match either.
      const auto it = std::lower_bound(
          entries_.begin(), entries_.end(), candidate,
          [](const Entry& entry, const std::string& text) { return entry.key < text; });
      if (it == entries_.end() || !it->key.starts_with(candidate)) break;
      if (it->key == candidate) best = {&*it, i - first + 1};
    }
    return best;
  }

  strata::PluginContext context_;
  bool case_sensitive_ = false;
  std::vector<Entry> entries_;  // sorted by key, no two keys equal; fixed after configure()
};

}  // namespace

STRATA_PLUGIN(Keywords)
