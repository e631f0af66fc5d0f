#include "entity_test_support.hpp"

#include "test_support.hpp"
#include "tokens_annotator.hpp"

namespace strata::entities::testing {
namespace {

// The tokens plugin's annotator, configured as by default. Its process() only reads what
// configure() set, as when the host's worker threads share it.
tokens::TokensAnnotator& tokens_annotator() {
  static const std::unique_ptr<tokens::TokensAnnotator> annotator = [] {
    PluginContext context;
    context.resource_dir = TOKENS_RESOURCE_DIR;
    auto made = std::make_unique<tokens::TokensAnnotator>(context);
    Options options;
    options.set("paragraphs", std::string("auto"));
    made->configure(options);
    return made;
  }();
  return *annotator;
}

}  // namespace

std::size_t offset_of(std::span<const Token> all, std::span<const Token> part) {
  return static_cast<std::size_t>(part.data() - all.data());
}

std::string spans_of(std::span<const Token> tokens, const EntitySet& entities) {
  std::string out;
  for (const FoundEntity& entity : entities.entities()) {
    const Token& first = tokens[entity.first];
    const Token& last = tokens[entity.last - 1];
    // Tokens are views into one text, so the entity's text runs from the first to the last.
    out.append(label(entity.type)).append(":");
    out.append(std::string_view(first.text.data(), last.text.data() + last.text.size()));
    out.append("/").append(source_name(entity.source)).append(" ");
  }
  return out;
}

std::string found_with_lists(const NameLists& lists, ListChoice choice, const TokenizedText& text,
                             const ListSource& source) {
  EntitySet entities;
  entities.reset(text.tokens().size());
  LookupWorkspace lookup;
  lists.find_words(text.tokens(), lookup);
  for (const std::span<const Token> sentence : text.sentences()) {
    const std::size_t offset = offset_of(text.tokens(), sentence);
    lists.look_up(sentence, std::span(lookup.word_numbers).subspan(offset, sentence.size()), choice,
                  lookup);
    source(sentence, offset, lookup, entities);
  }
  entities.sort();
  return spans_of(text.tokens(), entities);
}

Document tokenized_document(std::string_view text, std::string_view language) {
  Document document("test", text);
  document.set_language(std::string(language));
  tokens_annotator().process(document);
  return document;
}

std::unique_ptr<EntitiesAnnotator> configured(const std::map<std::string, std::string>& options,
                                              const std::filesystem::path& resources) {
  PluginContext context;
  context.resource_dir = resources.empty() ? resource_dir() : resources;
  auto annotator = std::make_unique<EntitiesAnnotator>(context);
  Options values;
  for (const OptionSpec& spec : EntitiesAnnotator::manifest().options) {
    const auto given = options.find(spec.name);
    values.set(spec.name, parse_option_value(spec.type, given == options.end() ? spec.default_value
                                                                               : given->second));
  }
  annotator->configure(values);
  return annotator;
}

std::string entities_of(const Document& document, bool details) {
  const Layer& layer = document.layer("entities");
  std::string out;
  for (const AnnotationId id : layer.ids_by_offset()) {
    if (!out.empty()) out += " | ";
    out.append(layer.type(id)).append(":").append(document.text(layer.begin(id), layer.end(id)));
    if (!details) continue;
    out.append("/").append(layer.string_feature(id, "source"));
    const std::string_view when = layer.string_feature(id, "when");
    if (!when.empty()) out.append("=").append(when);
  }
  return out;
}

std::string annotate(EntitiesAnnotator& annotator, std::string_view text, std::string_view language,
                     bool details) {
  Document document = tokenized_document(text, language);
  annotator.process(document);
  return entities_of(document, details);
}

}  // namespace strata::entities::testing
