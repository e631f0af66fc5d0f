#include "chain.hpp"

#include <gtest/gtest.h>

#include "setup_error.hpp"

namespace strata::host {
namespace {

Manifest manifest(std::string name, std::vector<std::string> required,
                  std::vector<std::string> provided) {
  Manifest m;
  m.name = std::move(name);
  m.required_layers = std::move(required);
  m.provided_layers = std::move(provided);
  return m;
}

std::vector<std::string> no_providers(const std::string&) {
  return {};
}

TEST(OrderByContracts, MovesProvidersBeforeTheirUsers) {
  const auto quotes = manifest("quotes", {"tokens", "entities"}, {"quotations"});
  const auto ner = manifest("ner", {"tokens"}, {"entities"});
  const auto tok = manifest("tok", {}, {"tokens"});
  EXPECT_EQ(order_by_contracts({&quotes, &ner, &tok}, no_providers),
            (std::vector<std::size_t>{2, 1, 0}));
}

TEST(OrderByContracts, KeepsTheGivenOrderWhenItIsValid) {
  const auto tok = manifest("tok", {}, {"tokens"});
  const auto a = manifest("a", {"tokens"}, {"x"});
  const auto b = manifest("b", {"tokens"}, {"y"});
  EXPECT_EQ(order_by_contracts({&tok, &b, &a}, no_providers), (std::vector<std::size_t>{0, 1, 2}));
}

TEST(OrderByContracts, MissingLayerNamesNeederAndInstalledProviders) {
  const auto ner = manifest("ner", {"tokens"}, {"entities"});
  try {
    order_by_contracts({&ner}, [](const std::string& layer) {
      return layer == "tokens" ? std::vector<std::string>{"tokens"} : std::vector<std::string>{};
    });
    FAIL();
  } catch (const SetupError& e) {
    EXPECT_STREQ(e.what(),
                 "plugin 'ner' requires layer 'tokens', which no plugin of the chain provides; "
                 "add one of the installed plugins that provide it: tokens");
  }
}

TEST(OrderByContracts, LayersNoPluginProvidesMayComeFromAnnotatedInputs) {
  const auto quotes = manifest("quotes", {"tokens", "entities"}, {"quotations"});
  const auto ner = manifest("ner", {"tokens"}, {"entities"});
  EXPECT_THROW(order_by_contracts({&quotes, &ner}, no_providers), SetupError);
  EXPECT_EQ(order_by_contracts({&quotes, &ner}, no_providers, true),
            (std::vector<std::size_t>{1, 0}));
}

TEST(OrderByContracts, CyclesAndDoubleProvidersAreErrors) {
  const auto a = manifest("a", {"y"}, {"x"});
  const auto b = manifest("b", {"x"}, {"y"});
  EXPECT_THROW(order_by_contracts({&a, &b}, no_providers), SetupError);
  const auto c = manifest("c", {}, {"x"});
  EXPECT_THROW(order_by_contracts({&a, &c}, no_providers), SetupError);
}

Manifest with_options() {
  Manifest m = manifest("ner", {}, {"entities"});
  m.options = {{"threshold", OptionType::real, "0.5", ""},
               {"gazetteer", OptionType::boolean, "true", ""},
               {"window", OptionType::integer, "3", ""}};
  return m;
}

TEST(ResolveOptions, DefaultsThenSettingsInOrder) {
  const auto options = resolve_options(
      with_options(), {{"ner", "window", "5", "--set"}, {"ner", "window", "7", "--set"}});
  EXPECT_EQ(options.get_real("threshold"), 0.5);
  EXPECT_TRUE(options.get_bool("gazetteer"));
  EXPECT_EQ(options.get_int("window"), 7);
}

TEST(ResolveOptions, UnknownOptionNamesOriginAndKnownOptions) {
  try {
    resolve_options(with_options(), {{"ner", "treshold", "1", "chain.ini:4"}});
    FAIL();
  } catch (const SetupError& e) {
    EXPECT_STREQ(e.what(),
                 "chain.ini:4: plugin 'ner' has no option 'treshold' (its options: threshold, "
                 "gazetteer, window)");
  }
}

TEST(ResolveOptions, MistypedValueNamesOriginAndType) {
  try {
    resolve_options(with_options(), {{"ner", "window", "wide", "chain.ini:6"}});
    FAIL();
  } catch (const SetupError& e) {
    EXPECT_STREQ(e.what(),
                 "chain.ini:6: option 'ner.window' is integer: expected an integer, found 'wide'");
  }
}

}  // namespace
}  // namespace strata::host
