#include "test_support.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "strata/resources.hpp"
#include "tokenizer.hpp"

namespace strata::tokens::testing {
namespace {

Abbreviations load(std::string_view file) {
  PluginContext context;
  context.resource_dir = resource_dir();
  Abbreviations abbreviations;
  abbreviations.add_lines(read_resource_lines(context, file), file);
  return abbreviations;
}

WordList load_words(std::string_view file) {
  PluginContext context;
  context.resource_dir = resource_dir();
  return WordList(read_resource_lines(context, file));
}

}  // namespace

std::filesystem::path resource_dir() {
  return TOKENS_RESOURCE_DIR;
}

const Abbreviations& italian_abbreviations() {
  static const Abbreviations list = load("abbreviations-it.txt");
  return list;
}

const Abbreviations& english_abbreviations() {
  static const Abbreviations list = load("abbreviations-en.txt");
  return list;
}

const WordList& italian_words() {
  static const WordList list = load_words("function-words-it.txt");
  return list;
}

const WordList& english_words() {
  static const WordList list = load_words("function-words-en.txt");
  return list;
}

const WordList& other_words() {
  static const WordList list = load_words("function-words-other.txt");
  return list;
}

const WordList& function_words() {
  static const WordList list = [] {
    WordList all = italian_words();
    all.add_all(english_words());
    return all;
  }();
  return list;
}

std::string describe(std::string_view text, const std::vector<TokenSpan>& tokens) {
  std::string out;
  for (const TokenSpan& token : tokens) {
    if (!out.empty()) out += ' ';
    out += text.substr(token.begin, token.end - token.begin);
    out += '/';
    out += to_string(token.kind);
  }
  return out;
}

std::string tokenize_it(std::string_view text) {
  static const Tokenizer tokenizer(italian_abbreviations(), ApostropheRule::elision);
  return describe(text, tokenizer.tokenize(text));
}

std::string tokenize_en(std::string_view text) {
  static const Tokenizer tokenizer(english_abbreviations(), ApostropheRule::english);
  return describe(text, tokenizer.tokenize(text));
}

const Tokenizer& other_tokenizer() {
  static const Abbreviations all = [] {
    Abbreviations both = italian_abbreviations();
    both.add_all(english_abbreviations());
    return both;
  }();
  static const Tokenizer tokenizer(all, ApostropheRule::elision);
  return tokenizer;
}

std::string tokenize_other(std::string_view text) {
  return describe(text, other_tokenizer().tokenize(text));
}

PluginContext context_with(Logger& logger) {
  PluginContext context;
  context.logger = &logger;
  context.resource_dir = resource_dir();
  return context;
}

std::string read_shared_sample(std::string_view name) {
  const char* shared = std::getenv("STRATA_SHARED_DIR");
  if (!shared) return {};
  std::ifstream in(std::filesystem::path(shared) / "samples" / name, std::ios::binary);
  if (!in) return {};
  std::ostringstream content;
  content << in.rdbuf();
  return std::move(content).str();
}

}  // namespace strata::tokens::testing
