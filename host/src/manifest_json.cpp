#include "manifest_json.hpp"

#include <nlohmann/json.hpp>

#include "setup_error.hpp"

namespace strata::host {
namespace {

using nlohmann::json;

constexpr OptionType kOptionTypes[] = {OptionType::string, OptionType::integer, OptionType::real,
                                       OptionType::boolean};

OptionType option_type_named(const std::string& name) {
  for (const OptionType type : kOptionTypes) {
    if (to_string(type) == name) return type;
  }
  throw SetupError("manifest JSON: unknown option type '" + name + "'");
}

Concurrency concurrency_named(const std::string& name) {
  for (const Concurrency c : {Concurrency::shared, Concurrency::per_worker}) {
    if (concurrency_name(c) == name) return c;
  }
  throw SetupError("manifest JSON: unknown concurrency '" + name + "'");
}

}  // namespace

const char* concurrency_name(Concurrency concurrency) {
  return concurrency == Concurrency::shared ? "shared" : "per-worker";
}

std::string manifest_to_json(const Manifest& m) {
  json options = json::array();
  for (const auto& spec : m.options) {
    options.push_back({{"name", spec.name},
                       {"type", std::string(to_string(spec.type))},
                       {"default", spec.default_value},
                       {"help", spec.help}});
  }
  const json document = {{"strata_manifest", kManifestSchemaVersion},
                         {"name", m.name},
                         {"version", m.version},
                         {"description", m.description},
                         {"languages", m.languages},
                         {"requires", m.required_layers},
                         {"provides", m.provided_layers},
                         {"concurrency", concurrency_name(m.concurrency)},
                         {"options", options}};
  return document.dump();
}

Manifest manifest_from_json(const std::string& text) {
  try {
    const json document = json::parse(text);
    const int schema = document.at("strata_manifest").get<int>();
    if (schema != kManifestSchemaVersion) {
      throw SetupError("manifest JSON: schema version " + std::to_string(schema) +
                       ", this strata reads version " + std::to_string(kManifestSchemaVersion));
    }
    Manifest m;
    m.name = document.at("name").get<std::string>();
    m.version = document.at("version").get<std::string>();
    m.description = document.at("description").get<std::string>();
    m.languages = document.at("languages").get<std::vector<std::string>>();
    m.required_layers = document.at("requires").get<std::vector<std::string>>();
    m.provided_layers = document.at("provides").get<std::vector<std::string>>();
    m.concurrency = concurrency_named(document.at("concurrency").get<std::string>());
    for (const auto& option : document.at("options")) {
      m.options.push_back({option.at("name").get<std::string>(),
                           option_type_named(option.at("type").get<std::string>()),
                           option.at("default").get<std::string>(),
                           option.at("help").get<std::string>()});
    }
    return m;
  } catch (const json::exception& e) {
    // nlohmann's messages name the missing key or the wrong type, e.g. "key 'name' not found".
    throw SetupError(std::string("manifest JSON: ") + e.what());
  }
}

}  // namespace strata::host
