#include "entities_annotator.hpp"

#include <optional>

#include "date_grammar.hpp"
#include "entities_settings.hpp"
#include "entity_finder.hpp"
#include "gazetteer_files.hpp"
#include "strata/error.hpp"
#include "strata/layer_names.hpp"
#include "strata/option_values.hpp"
#include "strata/workspace_pool.hpp"

namespace strata::entities {
namespace {

constexpr std::string_view kLayer = "entities";
constexpr std::string_view kItalianModel = "model-it.bin";
constexpr std::string_view kCountryList = "gazetteer-countries.txt";
constexpr std::string_view kCityList = "gazetteer-places.txt";

// A model for the entities layer: its types must be PER, LOC or ORG.
std::unique_ptr<EntityTagger> load_tagger(const std::filesystem::path& model) {
  auto tagger = EntityTagger::load(model);
  for (const std::string& type : tagger->model().tags.types()) {
    const std::optional<EntityType> known = entity_type(type);
    if (!known || *known == EntityType::date) {
      throw Error(model.string() + ": the model tags '" + type +
                  "', which is not one of PER, LOC and ORG");
    }
  }
  return tagger;
}

void write_layer(const TokenIndex& index, const EntitySet& entities,
                 const EntitiesSettings& settings, Document& document) {
  const std::span<const Token> tokens = index.tokens();
  Layer& layer = document.add_layer(kLayer);
  layer.reserve(entities.entities().size(), 3 * entities.entities().size());
  for (const FoundEntity& entity : entities.entities()) {
    if (!settings.types.contains(entity.type) || entity.confidence < settings.min_confidence) {
      continue;
    }
    const AnnotationId id =
        layer.add(tokens[entity.first].begin, tokens[entity.last - 1].end, label(entity.type));
    layer.set_string(id, "source", source_name(entity.source));
    layer.set_real(id, "confidence", entity.confidence);
    if (!entity.when.empty()) layer.set_string(id, "when", entity.when);
  }
}

}  // namespace

struct EntitiesAnnotator::Setup {
  Setup(EntitiesSettings settings, NameLists lists, PlaceNames countries, PlaceNames cities,
        std::unique_ptr<EntityTagger> tagger)
      : settings(std::move(settings)),
        lists(std::move(lists)),
        countries(std::move(countries)),
        cities(std::move(cities)),
        tagger(std::move(tagger)) {}

  EntitiesSettings settings;
  NameLists lists;
  PlaceNames countries;
  PlaceNames cities;
  std::unique_ptr<EntityTagger> tagger;  // the user's model, or the Italian one
  DateGrammar italian_dates = DateGrammar::for_language("it");
  DateGrammar english_dates = DateGrammar::for_language("en");
  DateGrammar other_dates = DateGrammar::for_language("und");
  WorkspacePool<FinderWorkspace> workspaces;

  LanguageTools tools_for(std::string_view language) const {
    LanguageTools tools;
    tools.lists = &lists;
    tools.cities = &cities;
    if (settings.countries_are_places) tools.countries = &countries;
    if (is_language(language, "it")) {
      tools.dates = &italian_dates;
      tools.tagger = tagger.get();
    } else {
      tools.dates = is_language(language, "en") ? &english_dates : &other_dates;
      // The shipped model is Italian; a model the user gives serves every language.
      if (!settings.model.empty()) tools.tagger = tagger.get();
    }
    return tools;
  }
};

Manifest EntitiesAnnotator::manifest() {
  Manifest m;
  m.description =
      "Named entities (PER, LOC, ORG) and dates (DATE, with an ISO 8601 'when') in Italian and "
      "English: a statistical tagger, lists of names, a date grammar, English name rules and "
      "document-level consistency. Trainable: strata train entities --data FILE... --lang L "
      "-o MODEL.";
  m.languages = {"it", "en"};
  m.required_layers = {layer_names::tokens, layer_names::sentences};
  m.provided_layers = {std::string(kLayer)};
  m.options = EntitiesSettings::declared();
  m.concurrency = Concurrency::shared;
  return m;
}

EntitiesAnnotator::EntitiesAnnotator(const PluginContext& context) : context_(context) {}

EntitiesAnnotator::~EntitiesAnnotator() = default;

void EntitiesAnnotator::configure(const Options& options) {
  EntitiesSettings settings = EntitiesSettings::from(options);
  NameLists lists = NameLists::load(context_.resource_dir, settings.gazetteers);
  std::unique_ptr<EntityTagger> tagger;
  if (settings.model.empty()) {
    tagger = load_tagger(context_.resource_dir / kItalianModel);
  } else {
    try {
      tagger = load_tagger(settings.model);
    } catch (const Error& e) {
      throw Error(std::string("option 'model': ") + e.what());
    }
  }
  PlaceNames countries = PlaceNames::load(context_.resource_dir / kCountryList);
  PlaceNames cities = PlaceNames::load(context_.resource_dir / kCityList);
  setup_ = std::make_unique<Setup>(std::move(settings), std::move(lists), std::move(countries),
                                   std::move(cities), std::move(tagger));
}

void EntitiesAnnotator::process(Document& document) {
  if (!setup_) throw Error("the entities annotator was not configured");
  const TokenIndex& index = document.token_index();
  const auto workspace = setup_->workspaces.borrow();
  find_entities(index, setup_->tools_for(document.language()), *workspace);
  write_layer(index, workspace->entities, setup_->settings, document);
}

}  // namespace strata::entities
