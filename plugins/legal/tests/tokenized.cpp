#include "tokenized.hpp"

#include <memory>

#include "strata/options.hpp"
#include "tokens_annotator.hpp"

namespace strata::legal {

Document tokenized(std::string_view text, std::string_view language) {
  static const std::unique_ptr<tokens::TokensAnnotator> annotator = [] {
    PluginContext context;
    context.resource_dir = TOKENS_RESOURCE_DIR;
    auto made = std::make_unique<tokens::TokensAnnotator>(context);
    Options options;
    for (const OptionSpec& spec : tokens::TokensAnnotator::manifest().options) {
      options.set(spec.name, parse_option_value(spec.type, spec.default_value));
    }
    made->configure(options);
    return made;
  }();
  Document document("test", text);
  document.set_language(std::string(language));
  annotator->process(document);
  return document;
}

}  // namespace strata::legal
