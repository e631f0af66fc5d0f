#include "legal_annotator.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "strata/error.hpp"
#include "strata/options.hpp"
#include "strata_process.hpp"
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
  // Inside a sentence a dot the tokenizer splits off is left to the citation.
  EXPECT_EQ(spans(*annotator, "Vedi l'art. 67 L. Fall. e poi la L. Fall. Fine."),
            "art. 67 L. Fall. | L. Fall");
}

// A list of named instruments the user gives: written as the shipped one, checked line by line.
class LegalInstrumentLists : public ::testing::Test {
 protected:
  // The message configure() throws with `content` as the one extra list, "" for none.
  std::string error_with(std::string_view content) {
    write(content);
    try {
      configured({{"instruments", path_}});
    } catch (const Error& e) {
      return e.what();
    }
    return "";
  }
  void write(std::string_view content) { strata::testing::write_file(path_, std::string(content)); }

  strata::testing::ScratchDir dir_;
  const std::string path_ = (dir_ / "instruments.tsv").string();
};

TEST_F(LegalInstrumentLists, AGoodListIsWritten) {
  write("legge Zeta\tlegislation\turn:nir:stato:legge:2001-01-02;3\tlegge Zeta\n");
  const auto annotator = configured({{"instruments", path_}});
  EXPECT_EQ(spans(*annotator, "Vista la legge Zeta, poi."), "legge Zeta");
}

TEST_F(LegalInstrumentLists, ABadLineNamesFileAndLine) {
  const std::string good = "legge Zeta\tlegislation\turn:nir:stato:legge:2001-01-02;3\tZeta\n";
  EXPECT_EQ(error_with(good + "legge Eta\tfoo\turn:nir:stato:legge:2001;4\tEta\n"),
            "legal: " + path_ +
                ":2: unknown type 'foo' (use legislation, code, constitution, eu or treaty)");
  EXPECT_EQ(error_with("# typo\n" + std::string("legge Eta\tlegislaton\turn:nir:x\tEta\n")),
            "legal: " + path_ +
                ":2: unknown type 'legislaton' (use legislation, code, constitution, eu or "
                "treaty)");
  EXPECT_EQ(error_with("legge Eta\tlegislation\t\tEta\n"),
            "legal: " + path_ + ":1: the id is empty");
  EXPECT_EQ(error_with("legge Eta\tlegislation\turn:nir:stato:legge:2001;4\t \n"),
            "legal: " + path_ + ":1: the name is empty");
  EXPECT_EQ(error_with(good + "legge \xFF\tlegislation\turn:nir:stato:legge:2001;4\tEta\n"),
            "legal: " + path_ + ":2: invalid UTF-8 at byte " + std::to_string(good.size() + 6));
}

TEST_F(LegalInstrumentLists, AByteOrderMarkIsNoPartOfTheFirstPhrase) {
  write("\xEF\xBB\xBFlegge Zeta\tlegislation\turn:nir:stato:legge:2001-01-02;3\tZeta\n");
  const auto annotator = configured({{"instruments", path_}});
  EXPECT_EQ(spans(*annotator, "Vista la legge Zeta, poi."), "legge Zeta");
}

}  // namespace
}  // namespace strata::legal
