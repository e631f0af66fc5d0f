#include "legal_annotator.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "court_decisions.hpp"
#include "instrument_entry.hpp"
#include "sentence_dot.hpp"
#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/list_text.hpp"
#include "strata/option_values.hpp"
#include "strata/resources.hpp"

namespace strata::legal {
namespace {

constexpr std::string_view kLayer = "citations";
constexpr const char* kSystems = "systems";
constexpr const char* kInstruments = "instruments";

// The citation types each system's scanners give.
std::vector<std::string> types_of(const std::vector<std::string>& systems) {
  std::vector<std::string> types;
  for (const std::string& system : systems) {
    if (system == "it") {
      types.insert(types.end(), {"legislation", "code", "constitution", "case"});
    }
    if (system == "eu") types.emplace_back("eu");
    if (system == "treaty") types.emplace_back("treaty");
    if (system == "us") types.insert(types.end(), {"case", "statute"});
  }
  return types;
}

void move_into(std::vector<Citation> from, std::vector<Citation>& to) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

std::unique_ptr<LegalLexicon> load_lexicon(const PluginContext& context,
                                           const std::vector<std::string>& extra_instruments) {
  auto lexicon = std::make_unique<LegalLexicon>();
  const auto shipped = [&context](const char* name) {
    return canonicalize_list(read_resource(context, name), name);
  };
  lexicon->act_types.add(shipped("act-types-it.tsv"), "act-types-it.tsv", kActTypeColumns);
  lexicon->issuers.add(shipped("issuers-it.tsv"), "issuers-it.tsv", kIssuerColumns);
  lexicon->regions.add(shipped("regions-it.tsv"), "regions-it.tsv", kRegionColumns);
  lexicon->instruments.add(shipped("instruments.tsv"), "instruments.tsv", kInstrumentColumns,
                           check_instrument_entry);
  for (const std::string& path : extra_instruments) {
    lexicon->instruments.add(canonicalize_list(read_file(path), path), path, kInstrumentColumns,
                             check_instrument_entry);
  }
  lexicon->compile();
  return lexicon;
}

Manifest LegalAnnotator::manifest() {
  Manifest m;
  m.description =
      "Legal citations in Italian and English text: Italian acts (URN:NIR), codes and the "
      "Constitution, decisions of the Corte costituzionale and the Cassazione (ECLI), EU "
      "regulations, directives and decisions (CELEX), treaties and charters, US cases and "
      "statutes, with their articles, commas and letters; one annotation per identifier.";
  m.languages = {"it", "en"};
  m.required_layers = {"tokens"};
  m.provided_layers = {std::string(kLayer)};
  m.options = {
      {kSystems, OptionType::string, "it,eu,treaty,us",
       "Which citations to write, comma-separated among it (Italian acts, codes, the "
       "Constitution, decisions of the two highest courts), eu (EU acts), treaty (treaties and charters) and us (US cases and "
       "statutes, in English documents)"},
      {kInstruments, OptionType::string, "",
       "Extra lists of instruments cited by name, comma-separated files in the format of "
       "instruments.tsv (phrase, type, id, instrument: tab-separated)"},
  };
  m.concurrency = Concurrency::shared;
  return m;
}

LegalAnnotator::LegalAnnotator(const PluginContext& context) : context_(context) {}

void LegalAnnotator::configure(const Options& options) {
  constexpr std::array<std::string_view, 4> kKnown = {"it", "eu", "treaty", "us"};
  std::vector<std::string> systems;
  for (const std::string_view system : comma_separated(options.get_string(kSystems))) {
    if (std::find(kKnown.begin(), kKnown.end(), system) == kKnown.end()) {
      throw Error(std::string("option '") + kSystems + "': unknown system '" + std::string(system) +
                  "' (use it, eu, treaty, us)");
    }
    systems.emplace_back(system);
  }
  // Writing no citation at all is no use of the plugin in a chain: most likely a mistake.
  if (systems.empty()) {
    throw Error(std::string("option '") + kSystems + "': no system given (use it, eu, treaty, us)");
  }
  types_ = types_of(systems);
  italian_decisions_ = std::find(systems.begin(), systems.end(), "it") != systems.end();
  std::vector<std::string> extra;
  for (const std::string_view path : comma_separated(options.get_string(kInstruments))) {
    extra.emplace_back(path);
  }
  try {
    lexicon_ = load_lexicon(context_, extra);
  } catch (const Error& e) {
    throw Error(std::string("legal: ") + e.what());
  }
  scanner_ = std::make_unique<CitationScanner>(*lexicon_);
  if (std::find(systems.begin(), systems.end(), "us") != systems.end()) {
    us_finder_ = std::make_unique<us::CitationFinder>();
  }
}

void LegalAnnotator::process(Document& document) {
  std::vector<Citation> citations = scanner_->scan(document.text());
  // Italian courts' decisions in text not in English: in English they are rare, and their search
  // would cost every document a pass.
  if (italian_decisions_ && !is_language(document.language(), "en")) {
    std::vector<Citation> decisions = find_court_decisions(document.text());
    // A court's "ordinanza n. 7000 del 12 marzo 2020" is its decision, not an act.
    std::erase_if(citations, [&](const Citation& act) {
      return std::any_of(decisions.begin(), decisions.end(), [&](const Citation& decision) {
        return act.begin < decision.end && decision.begin < act.end;
      });
    });
    move_into(decisions, citations);
  }
  for (Citation& citation : citations) {
    citation.end = end_before_sentence_dot(document, citation.begin, citation.end);
  }
  // US citations in English text only: elsewhere they are rare, and the reporters' prefilter
  // would cost every document a pass.
  if (us_finder_ && is_language(document.language(), "en")) {
    move_into(us_finder_->find(document.text()), citations);
  }
  std::stable_sort(citations.begin(), citations.end(),
                   [](const Citation& a, const Citation& b) { return a.begin < b.begin; });
  Layer& layer = document.add_layer(kLayer);
  for (const Citation& citation : citations) {
    if (std::find(types_.begin(), types_.end(), citation.type) == types_.end()) continue;
    const AnnotationId id = layer.add(citation.begin, citation.end, citation.type);
    for (const auto& [name, value] : citation.features) layer.set_string(id, name, value);
  }
}

}  // namespace strata::legal
