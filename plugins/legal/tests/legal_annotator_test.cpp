#include "legal_annotator.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "strata/options.hpp"
#include "tokenized.hpp"

namespace strata::legal {
namespace {

// The annotator configured with `options` over the defaults, from the plugin's resources.
std::unique_ptr<LegalAnnotator> configured(const std::map<std::string, std::string>& options = {}) {
  auto annotator = std::make_unique<LegalAnnotator>(PluginContext{nullptr, LEGAL_RESOURCE_DIR});
  Options values;
  for (const OptionSpec& spec : LegalAnnotator::manifest().options) {
    const auto given = options.find(spec.name);
    values.set(spec.name, parse_option_value(spec.type, given == options.end() ? spec.default_value
                                                                               : given->second));
  }
  annotator->configure(values);
  return annotator;
}

// The text of each citation `annotator` writes in `text`, joined with " | ".
std::string spans(LegalAnnotator& annotator, std::string_view text) {
  Document document = tokenized(text);
  annotator.process(document);
  const Layer& layer = document.layer("citations");
  std::string out;
  for (const AnnotationId id : layer.ids_by_offset()) {
    out.append(out.empty() ? "" : " | ").append(document.text(layer.begin(id), layer.end(id)));
  }
  return out;
}

// The period that ends a sentence is the sentence's, not the citation's; an abbreviation keeps
// its dot.
TEST(LegalAnnotator, LeavesTheSentencesPeriodOutOfCitations) {
  const auto annotator = configured();
  EXPECT_EQ(spans(*annotator,
                  "L'art. 6 CEDU. Vedi il TUIR. Poi il CdS. Vista la legge 7 agosto 1990, n. 241, "
                  "e l'art. 5 della stessa legge. Fine."),
            "art. 6 CEDU | TUIR | CdS | legge 7 agosto 1990, n. 241 | art. 5 della stessa legge");
  EXPECT_EQ(
      spans(*annotator, "L'art. 2 c.c. Il d.lgs. 196/2003 e l'art. 3 del citato d.lgs. Fine."),
      "art. 2 c.c. | d.lgs. 196/2003 | art. 3 del citato d.lgs.");
}

}  // namespace
}  // namespace strata::legal
