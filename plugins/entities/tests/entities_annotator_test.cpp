#include "entities_annotator.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "entity_test_support.hpp"
#include "model_file.hpp"
#include "strata/error.hpp"
#include "strata/layer_names.hpp"
#include "strata_process.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

using testing::annotate;
using testing::configured;

// Writes `content` to `path` and returns the path.
std::filesystem::path write(const std::filesystem::path& path, const std::string& content) {
  strata::testing::write_file(path, content);
  return path;
}

std::string configure_error(const std::map<std::string, std::string>& options) {
  return testing::error_of([&] { configured(options); });
}

// The shipped resources, loaded once for the tests that use the defaults.
EntitiesAnnotator& by_default() {
  static const std::unique_ptr<EntitiesAnnotator> annotator = configured();
  return *annotator;
}

constexpr std::string_view kItalian =
    "Il presidente Sergio Mattarella ha incontrato a Roma il segretario generale delle Nazioni "
    "Unite il 19-06-2024.";

constexpr std::string_view kEnglish =
    "Dr. Amara Okafor met Ms. Rebecca Thornton in Geneva on June 21, 2024. Thornton said that "
    "Northwind Analytics Inc. and the University of Oxford agreed.";

TEST(EntitiesAnnotator, DeclaresItsLayersOptionsAndConcurrency) {
  const Manifest m = EntitiesAnnotator::manifest();
  EXPECT_EQ(m.required_layers,
            (std::vector<std::string>{layer_names::tokens, layer_names::sentences}));
  EXPECT_EQ(m.provided_layers, std::vector<std::string>{"entities"});
  EXPECT_EQ(m.languages, (std::vector<std::string>{"it", "en"}));
  EXPECT_EQ(m.options.size(), 5u);
  EXPECT_EQ(m.concurrency, Concurrency::shared);
}

TEST(EntitiesAnnotator, ItalianTextGetsModelEntitiesAndDates) {
  EXPECT_EQ(annotate(by_default(), kItalian, "it", true),
            "PER:Sergio Mattarella/model | LOC:Roma/model | ORG:Nazioni Unite/model | "
            "DATE:19-06-2024/rule=2024-06-19");
}

TEST(EntitiesAnnotator, EveryAnnotationHasSourceAndConfidence) {
  Document document = testing::tokenized_document(kItalian, "it");
  by_default().process(document);
  const Layer& layer = document.layer("entities");
  ASSERT_EQ(layer.size(), 4u);
  for (AnnotationId id = 0; id < layer.size(); ++id) {
    const auto confidence = layer.feature(id, "confidence");
    ASSERT_TRUE(confidence && std::holds_alternative<double>(*confidence));
    EXPECT_GT(std::get<double>(*confidence), 0.0);
    EXPECT_LE(std::get<double>(*confidence), 1.0);
    EXPECT_FALSE(layer.string_feature(id, "source").empty());
    EXPECT_EQ(layer.feature(id, "when").has_value(), layer.type(id) == "DATE");
  }
}

TEST(EntitiesAnnotator, EnglishTextGetsRulesListsAndDates) {
  EXPECT_EQ(annotate(by_default(), kEnglish, "en", true),
            "PER:Amara Okafor/rule | PER:Rebecca Thornton/rule | LOC:Geneva/gazetteer | "
            "DATE:June 21, 2024/rule=2024-06-21 | PER:Thornton/rule | "
            "ORG:Northwind Analytics Inc./rule | ORG:University of Oxford/rule");
}

TEST(EntitiesAnnotator, ADateThatFixesNoDayHasNoWhen) {
  EXPECT_EQ(annotate(by_default(), "Music changed in the 1900s and in 1961.", "en", true),
            "DATE:1900s/rule | DATE:1961/rule=1961");
}

TEST(EntitiesAnnotator, TypesKeepsOnlyTheTypesNamed) {
  const auto dates = configured({{"types", "DATE"}});
  EXPECT_EQ(annotate(*dates, kItalian, "it"), "DATE:19-06-2024");
  const auto places = configured({{"types", "LOC, ORG"}});
  EXPECT_EQ(annotate(*places, kItalian, "it"), "LOC:Roma | ORG:Nazioni Unite");
}

TEST(EntitiesAnnotator, MinConfidenceDropsLessSureEntities) {
  const auto strict = configured({{"min-confidence", "0.8"}});
  Document all = testing::tokenized_document(kEnglish, "en");
  Document kept = testing::tokenized_document(kEnglish, "en");
  by_default().process(all);
  strict->process(kept);
  const Layer& layer = kept.layer("entities");
  EXPECT_LT(layer.size(), all.layer("entities").size());
  EXPECT_GT(layer.size(), 0u);
  for (AnnotationId id = 0; id < layer.size(); ++id) {
    EXPECT_GE(std::get<double>(*layer.feature(id, "confidence")), 0.8);
  }
}

TEST(EntitiesAnnotator, ALaterSurnameIsThePerson) {
  EXPECT_EQ(annotate(by_default(),
                     "Il leader Vladimir Putin è arrivato ieri. Secondo i giornali, Putin ha "
                     "parlato a lungo.",
                     "it"),
            "PER:Vladimir Putin | PER:Putin");
}

TEST(EntitiesAnnotator, AnAcronymDefinedInParenthesesIsAnAlias) {
  EXPECT_EQ(annotate(by_default(),
                     "The Zorblax Quux Foundation (ZQF) met today. Later ZQF staff left.", "en"),
            "ORG:Zorblax Quux Foundation | ORG:ZQF | ORG:ZQF");
}

TEST(EntitiesAnnotator, UserListsAddNames) {
  const strata::testing::ScratchDir dir;
  const auto list = write(dir / "mine.txt", "# my names\nPER\tZorblax Quux\n\nORG\tBlorp\n");
  const auto other = write(dir / "other.txt", "LOC\tQuuxville\n");
  const auto annotator = configured({{"gazetteer", list.string() + "," + other.string()}});
  EXPECT_EQ(annotate(*annotator, "Yesterday Zorblax Quux left Blorp for Quuxville.", "en", true),
            "PER:Zorblax Quux/gazetteer | ORG:Blorp/gazetteer | LOC:Quuxville/gazetteer");
}

TEST(EntitiesAnnotator, AMalformedUserListNamesFileAndLine) {
  const strata::testing::ScratchDir dir;
  const auto list = write(dir / "bad.txt", "PER\tZorblax Quux\nRoma capitale\n");
  EXPECT_EQ(configure_error({{"gazetteer", list.string()}}),
            list.string() +
                ":2: expected TYPE<TAB>name with TYPE like LOC or ORG, found 'Roma capitale'");
  const auto typed = write(dir / "typed.txt", "FIRSTNAME\tMario\n");
  EXPECT_EQ(configure_error({{"gazetteer", typed.string()}}),
            typed.string() + ":1: type 'FIRSTNAME' is not one of PER, LOC, ORG, in " +
                "'FIRSTNAME\tMario'");
  EXPECT_EQ(configure_error({{"gazetteer", (dir.path() / "none.txt").string()}}),
            "cannot read gazetteer file " + (dir.path() / "none.txt").string());
}

TEST(EntitiesAnnotator, AMissingOrCorruptModelIsAConfigureError) {
  EXPECT_EQ(configure_error({{"model", "/nonexistent/model.bin"}}),
            "option 'model': cannot read model file /nonexistent/model.bin");
  const strata::testing::ScratchDir dir;
  const auto corrupt = write(dir / "corrupt.bin", "STRATA-NER and then nonsense");
  EXPECT_EQ(configure_error({{"model", corrupt.string()}})
                .find("option 'model': " + corrupt.string() + ": "),
            0u);
  const auto text = write(dir / "text.bin", "hello");
  EXPECT_NE(configure_error({{"model", text.string()}}).find("not a Strata entity model"),
            std::string::npos);
}

TEST(EntitiesAnnotator, MissingShippedResourcesAreAConfigureError) {
  const strata::testing::ScratchDir dir;
  EXPECT_THROW(configured({}, dir.path()), Error);
}

TEST(EntitiesAnnotator, AGivenModelServesEveryLanguage) {
  const strata::testing::ScratchDir dir;
  const auto path = dir.path() / "toy.bin";
  save_model(testing::toy_model(), path);
  const auto annotator = configured({{"model", path.string()}});
  EXPECT_EQ(annotate(*annotator, "Mario Rossi vive a Roma .", "en", true),
            "PER:Mario Rossi/model | LOC:Roma/model");
}

TEST(EntitiesAnnotator, ProcessNeedsConfigure) {
  PluginContext context;
  context.resource_dir = testing::resource_dir();
  EntitiesAnnotator annotator(context);
  Document document = testing::tokenized_document(kItalian, "it");
  EXPECT_THROW(annotator.process(document), Error);
}

TEST(EntitiesAnnotator, ThreadsShareOneAnnotator) {
  const std::string italian = annotate(by_default(), kItalian, "it", true);
  const std::string english = annotate(by_default(), kEnglish, "en", true);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      bool all = true;
      for (int k = 0; k < 30; ++k) {
        all = all && annotate(by_default(), kItalian, "it", true) == italian &&
              annotate(by_default(), kEnglish, "en", true) == english;
      }
      same[t] = all ? 1 : 0;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(same, (std::vector<int>{1, 1, 1, 1}));
}

}  // namespace
}  // namespace strata::entities
