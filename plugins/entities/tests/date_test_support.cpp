#include "date_test_support.hpp"

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "abbreviations.hpp"
#include "paragraph_splitter.hpp"
#include "sentence_splitter.hpp"
#include "strata/resources.hpp"
#include "tokenizer.hpp"
#include "word_list.hpp"

namespace strata::entities::testing {
namespace {

using tokens::Abbreviations;
using tokens::ApostropheRule;
using tokens::Tokenizer;
using tokens::WordList;

std::vector<std::string> resource_lines(std::string_view file) {
  PluginContext context;
  context.resource_dir = TOKENS_RESOURCE_DIR;
  return read_resource_lines(context, file);
}

Abbreviations abbreviations(std::initializer_list<std::string_view> files) {
  Abbreviations list;
  for (const std::string_view file : files) list.add_lines(resource_lines(file), file);
  return list;
}

// The tokenizer the tokens plugin uses for a language, with the lists it loads.
const Tokenizer& tokenizer_for(std::string_view language) {
  static const Abbreviations italian = abbreviations({"abbreviations-it.txt"});
  static const Abbreviations english = abbreviations({"abbreviations-en.txt"});
  static const Abbreviations both = abbreviations({"abbreviations-it.txt", "abbreviations-en.txt"});
  static const Tokenizer italian_tokenizer(italian, ApostropheRule::elision);
  static const Tokenizer english_tokenizer(english, ApostropheRule::english);
  static const Tokenizer other_tokenizer(both, ApostropheRule::elision);
  if (language == "it") return italian_tokenizer;
  if (language == "en") return english_tokenizer;
  return other_tokenizer;
}

const tokens::SentenceSplitter& sentence_splitter() {
  static const WordList words = [] {
    WordList all(resource_lines("function-words-it.txt"));
    all.add_all(WordList(resource_lines("function-words-en.txt")));
    return all;
  }();
  static const tokens::SentenceSplitter splitter(words);
  return splitter;
}

}  // namespace

TokenizedText::TokenizedText(std::string text, std::string_view language) : text_(std::move(text)) {
  const std::vector<tokens::TokenSpan> spans = tokenizer_for(language).tokenize(text_);
  tokens_.reserve(spans.size());
  for (const tokens::TokenSpan& span : spans) {
    tokens_.push_back({span.begin, span.end, static_cast<AnnotationId>(tokens_.size()),
                       std::string_view(text_).substr(span.begin, span.end - span.begin),
                       tokens::to_string(span.kind)});
  }
  const std::vector<tokens::Span> paragraphs =
      tokens::split_paragraphs(text_, tokens::ParagraphMode::automatic);
  std::size_t next = 0;
  for (const tokens::Span& sentence : sentence_splitter().split(text_, spans, paragraphs)) {
    const std::size_t first = next;
    while (next < tokens_.size() && tokens_[next].end <= sentence.end) ++next;
    sentences_.push_back(std::span<const Token>(tokens_).subspan(first, next - first));
  }
}

const DateGrammar& grammar(std::string_view language) {
  static std::mutex mutex;
  static std::map<std::string, DateGrammar, std::less<>> grammars;
  const std::lock_guard lock(mutex);
  auto it = grammars.find(language);
  if (it == grammars.end()) {
    it = grammars.emplace(std::string(language), DateGrammar::for_language(language)).first;
  }
  return it->second;
}

std::string describe(std::span<const Token> tokens, const std::vector<DateMatch>& matches) {
  std::string out;
  for (const DateMatch& match : matches) {
    if (!out.empty()) out += " | ";
    const Token& first = tokens[match.first_token];
    const Token& last = tokens[match.end_token - 1];
    // Tokens are views into one text, so the span's text runs from the first to the last.
    out += std::string_view(first.text.data(), last.text.data() + last.text.size());
    out += '=';
    out += match.when;
  }
  return out;
}

std::string dates(std::string_view language, std::string_view text) {
  const TokenizedText tokenized{std::string(text), language};
  std::string out;
  for (const std::span<const Token> sentence : tokenized.sentences()) {
    const std::string found = describe(sentence, grammar(language).find(sentence));
    if (found.empty()) continue;
    if (!out.empty()) out += " | ";
    out += found;
  }
  return out;
}

std::vector<double> confidences(std::string_view language, std::string_view text) {
  const TokenizedText tokenized{std::string(text), language};
  std::vector<double> out;
  for (const std::span<const Token> sentence : tokenized.sentences()) {
    for (const DateMatch& match : grammar(language).find(sentence)) {
      out.push_back(match.confidence);
    }
  }
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream content;
  content << in.rdbuf();
  return std::move(content).str();
}

}  // namespace strata::entities::testing
