#include "tokens_annotator.hpp"

#include <array>
#include <string>

#include "strata/error.hpp"
#include "strata/layer_names.hpp"
#include "strata/resources.hpp"

namespace strata::tokens {
namespace {

constexpr std::string_view kParagraphsOption = "paragraphs";

Abbreviations load_abbreviations(const PluginContext& context, std::string_view file) {
  Abbreviations abbreviations;
  abbreviations.add_lines(read_resource_lines(context, file), file);
  return abbreviations;
}

// The union of two lists (Abbreviations or WordList).
template <typename List>
List merged(const List& a, const List& b) {
  List all = a;
  all.add_all(b);
  return all;
}

// "it" for "it", "IT", "it-IT" or "it_CH": documents may carry a full locale.
std::string primary_language(std::string_view language) {
  std::string primary(language.substr(0, language.find_first_of("-_")));
  for (char& c : primary) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return primary;
}

template <typename Spans>
void add_spans(Document& document, const char* layer_name, std::string_view type,
               const Spans& spans) {
  Layer& layer = document.add_layer(layer_name);
  layer.reserve(spans.size());
  const Layer::StringId type_id = layer.string_id(type);
  for (const auto& span : spans) layer.add(span.begin, span.end, type_id);
}

}  // namespace

Manifest TokensAnnotator::manifest() {
  Manifest m;
  m.description =
      "Tokenizer, sentence splitter and paragraph splitter for Italian and English; detects "
      "the language of documents whose language is 'auto'.";
  m.languages = {"it", "en"};
  m.provided_layers = {layer_names::tokens, layer_names::sentences, layer_names::paragraphs};
  m.options.push_back({std::string(kParagraphsOption), OptionType::string, "auto",
                       "How paragraphs are marked: 'blank-lines' (separated by blank lines), "
                       "'lines' (one paragraph per line) or 'auto' (blank-lines if the text has "
                       "a blank line between two lines of text, otherwise lines)"});
  m.concurrency = Concurrency::shared;
  return m;
}

TokensAnnotator::TokensAnnotator(const PluginContext& context)
    : logger_(context.logger),
      italian_abbreviations_(load_abbreviations(context, "abbreviations-it.txt")),
      english_abbreviations_(load_abbreviations(context, "abbreviations-en.txt")),
      all_abbreviations_(merged(italian_abbreviations_, english_abbreviations_)),
      italian_words_(read_resource_lines(context, "function-words-it.txt")),
      english_words_(read_resource_lines(context, "function-words-en.txt")),
      function_words_(merged(italian_words_, english_words_)),
      detector_(italian_words_, english_words_),
      spelling_guess_(italian_words_, english_words_,
                      WordList(read_resource_lines(context, "function-words-other.txt"))),
      italian_tokenizer_(italian_abbreviations_, ApostropheRule::elision),
      english_tokenizer_(english_abbreviations_, ApostropheRule::english),
      other_tokenizer_(all_abbreviations_, ApostropheRule::elision),
      sentence_splitter_(function_words_) {
  if (logger_) {
    logger_->debug("loaded " + std::to_string(all_abbreviations_.size()) + " abbreviations and " +
                   std::to_string(function_words_.size()) + " function words");
  }
}

void TokensAnnotator::configure(const Options& options) {
  const std::string& mode = options.get_string(kParagraphsOption);
  const auto parsed = parse_paragraph_mode(mode);
  if (!parsed) {
    throw Error("option 'paragraphs' must be 'auto', 'blank-lines' or 'lines', not '" + mode + "'");
  }
  paragraph_mode_ = *parsed;
}

const Tokenizer& TokensAnnotator::tokenizer_for(std::string_view language) const {
  const std::string primary = primary_language(language);
  if (primary == "it") return italian_tokenizer_;
  if (primary == "en") return english_tokenizer_;
  return other_tokenizer_;
}

std::vector<TokenSpan> TokensAnnotator::tokenize(Document& document) const {
  const std::string_view text = document.text();
  const bool detect = document.language().empty() || document.language() == "auto";
  if (detect) {
    const LanguageDetector::Result found = detector_.detect(text);
    document.set_language(std::string(found.language));
    if (logger_) {
      logger_->debug("document '" + document.id() + "': language " + std::string(found.language) +
                     " (" + std::to_string(found.italian_hits) + " Italian, " +
                     std::to_string(found.english_hits) + " English function words)");
    }
  }
  std::vector<TokenSpan> tokens = tokenizer_for(document.language()).tokenize(text);
  if (!detect || document.language() != "und") return tokens;
  // Too few function words: a short text may still tell by its spelling, read off its tokens.
  const std::string_view guessed = spelling_guess_.guess(text, tokens);
  if (guessed == "und") return tokens;
  document.set_language(std::string(guessed));
  if (logger_) {
    logger_->debug("document '" + document.id() + "': language " + std::string(guessed) +
                   " from how its words end");
  }
  return tokenizer_for(guessed).tokenize(text);
}

void TokensAnnotator::process(Document& document) {
  const std::vector<TokenSpan> tokens = tokenize(document);
  const std::string_view text = document.text();
  const std::vector<Span> paragraphs = split_paragraphs(text, paragraph_mode_);
  const std::vector<Span> sentences = sentence_splitter_.split(text, tokens, paragraphs);

  Layer& token_layer = document.add_layer(layer_names::tokens);
  token_layer.reserve(tokens.size(), tokens.size());  // one feature each: the kind
  // The layer's strings by id, taken once, not looked up token by token.
  const Layer::StringId token_type = token_layer.string_id("token");
  const Layer::StringId kind = token_layer.string_id("kind");
  std::array<Layer::StringId, kTokenKinds> kinds;
  for (std::size_t k = 0; k < kTokenKinds; ++k) {
    kinds[k] = token_layer.string_id(to_string(static_cast<TokenKind>(k)));
  }
  for (const TokenSpan& token : tokens) {
    token_layer.set_string(token_layer.add(token.begin, token.end, token_type), kind,
                           kinds[static_cast<std::size_t>(token.kind)]);
  }
  add_spans(document, layer_names::sentences, "sentence", sentences);
  add_spans(document, layer_names::paragraphs, "paragraph", paragraphs);
}

}  // namespace strata::tokens
