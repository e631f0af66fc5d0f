// money: a Strata annotator plugin. It marks amounts of money ("200.000 euro", "$5 million",
// "5 milioni di dollari") and adds them as the layer "money": annotations of type "amount" with
// the string features "value", the amount in full and its currency ("5000000 USD"), and
// "currency", the ISO 4217 code. The plugin docs/writing-a-plugin.md of Strata builds.
#include <strata/strata.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "money_finder.hpp"

namespace {

class Money final : public strata::Annotator {
 public:
  static constexpr const char* kName = "money";
  static constexpr const char* kVersion = "0.1.0";

  static strata::Manifest manifest() {
    strata::Manifest m;
    m.description = "Marks amounts of money (type amount, features value and currency).";
    m.required_layers = {"tokens"};
    m.provided_layers = {"money"};
    m.options = {
        {"currencies", strata::OptionType::string, "currencies.txt",
         "resource file with a currency name or symbol and its ISO 4217 code per line"},
    };
    // process() only reads what configure() built, so one instance serves every thread.
    m.concurrency = strata::Concurrency::shared;
    return m;
  }

  // The context is copied: the host does not promise to keep its own copy alive.
  explicit Money(const strata::PluginContext& context) : context_(context) {}

  void configure(const strata::Options& options) override {
    const std::string& file = options.get_string("currencies");
    money::Currencies currencies =
        money::parse_currencies(strata::read_resource_lines(context_, file));
    if (currencies.empty()) throw strata::Error("currency list '" + file + "' has no entries");
    finder_ = money::MoneyFinder(std::move(currencies));
  }

  void process(strata::Document& document) override {
    const strata::TokenIndex index(document);
    strata::Layer& layer = document.add_layer("money");
    // Sentence by sentence, so no amount runs across a sentence end.
    for (const strata::Sentence& sentence : index.sentences()) {
      std::vector<std::string_view> texts;
      texts.reserve(sentence.tokens.size());
      for (const strata::Token& token : sentence.tokens) texts.push_back(token.text);
      for (const money::Amount& amount : finder_.find(texts)) {
        const strata::AnnotationId id = layer.add(sentence.tokens[amount.first].begin,
                                                  sentence.tokens[amount.last].end, "amount");
        layer.set_string(id, "value", amount.value + " " + amount.currency);
        layer.set_string(id, "currency", amount.currency);
      }
    }
  }

 private:
  strata::PluginContext context_;
  money::MoneyFinder finder_;  // fixed after configure(), as process() runs on several threads
};

}  // namespace

STRATA_PLUGIN(Money)
