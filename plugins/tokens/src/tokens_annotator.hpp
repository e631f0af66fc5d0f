// The annotator of the tokens plugin: tokens, sentences and paragraphs for Italian and English.
#pragma once

#include <string_view>
#include <vector>

#include "abbreviations.hpp"
#include "language_detector.hpp"
#include "paragraph_splitter.hpp"
#include "sentence_splitter.hpp"
#include "spelling_guess.hpp"
#include "strata/annotator.hpp"
#include "strata/manifest.hpp"
#include "tokenizer.hpp"
#include "word_list.hpp"

namespace strata::tokens {

// Writes the tokens, sentences and paragraphs layers that most other annotators build on, and
// detects the document's language when it is still "auto". Everything it reads is loaded in
// the constructor and fixed by configure(), so one instance serves all worker threads.
class TokensAnnotator final : public Annotator {
 public:
  static constexpr const char* kName = "tokens";
  static constexpr const char* kVersion = "1.0.0";
  static Manifest manifest();

  // Loads the abbreviation and function-word lists from the resource folder; throws Error naming
  // a file that cannot be read or is malformed.
  explicit TokensAnnotator(const PluginContext& context);

  void configure(const Options& options) override;
  void process(Document& document) override;

 private:
  // Italian and English have their own rules; any other language gets both abbreviation lists
  // and the elision rule, which also splits English clitics after real words.
  const Tokenizer& tokenizer_for(std::string_view language) const;
  // The document's tokens, by the rules of its language, which is first found if it is "auto"
  // or empty.
  std::vector<TokenSpan> tokenize(Document& document) const;

  Logger* logger_;
  Abbreviations italian_abbreviations_;
  Abbreviations english_abbreviations_;
  Abbreviations all_abbreviations_;
  WordList italian_words_;
  WordList english_words_;
  WordList function_words_;  // both languages: capitalised, they start sentences
  LanguageDetector detector_;
  SpellingGuess spelling_guess_;  // for short texts the detector leaves undetermined
  Tokenizer italian_tokenizer_;
  Tokenizer english_tokenizer_;
  Tokenizer other_tokenizer_;
  SentenceSplitter sentence_splitter_;
  ParagraphMode paragraph_mode_ = ParagraphMode::automatic;
};

}  // namespace strata::tokens
