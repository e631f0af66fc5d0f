// Helpers shared by the tests of the tokens plugin: resources, tokenizers, a recording logger.
#pragma once

#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "abbreviations.hpp"
#include "strata/annotator.hpp"
#include "strata/logger.hpp"
#include "token_span.hpp"
#include "tokenizer.hpp"
#include "word_list.hpp"

namespace strata::tokens::testing {

// The plugin's resource folder in the source tree.
std::filesystem::path resource_dir();

// The lists of the resource folder, loaded once.
const Abbreviations& italian_abbreviations();
const Abbreviations& english_abbreviations();
const WordList& italian_words();
const WordList& english_words();
const WordList& other_words();     // of other languages: French, Spanish...
const WordList& function_words();  // both languages

// Tokens as "text/kind" separated by spaces (tokens never contain spaces), which makes an
// expected tokenization readable in one string.
std::string describe(std::string_view text, const std::vector<TokenSpan>& tokens);
// The same for the Italian, English and other-language tokenizers of the plugin.
std::string tokenize_it(std::string_view text);
std::string tokenize_en(std::string_view text);
std::string tokenize_other(std::string_view text);
// The tokenizer of other languages, which the plugin also uses before the language is known.
const Tokenizer& other_tokenizer();

// A Logger that keeps what it is told; like the host's, it may be called from several threads.
class RecordingLogger : public Logger {
 public:
  void log(LogLevel level, std::string_view message) override {
    const std::lock_guard lock(mutex_);
    messages.emplace_back(level, std::string(message));
  }
  std::vector<std::pair<LogLevel, std::string>> messages;  // read only when no thread logs

 private:
  std::mutex mutex_;
};

// A context as the host would give it, reading the source tree's resources.
PluginContext context_with(Logger& logger);

// The shared folder's sample text, or "" when STRATA_SHARED_DIR or the file is missing.
std::string read_shared_sample(std::string_view name);

}  // namespace strata::tokens::testing
