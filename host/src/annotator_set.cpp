#include "annotator_set.hpp"

#include "running_plugin.hpp"
#include "setup_error.hpp"
#include "strata/formats/layer_references.hpp"

namespace strata::host {
namespace {

// Where the option a plugin's refusal names was set ("chain.ini:3: "), when one was: the plugin
// knows its options, not the line a user must mend.
std::string origin_named_in(const std::string& refusal, const ChainStep& step) {
  for (const auto& [option, origin] : step.option_origins) {
    if (refusal.find("'" + option + "'") != std::string::npos) return origin + ": ";
  }
  return {};
}

void configure(Annotator& annotator, const ChainStep& step) {
  try {
    annotator.configure(step.options);
  } catch (const std::exception& e) {
    throw SetupError(origin_named_in(e.what(), step) + "plugin '" + step.plugin->manifest().name +
                     "' refused its options: " + e.what());
  } catch (...) {
    throw SetupError("plugin '" + step.plugin->manifest().name +
                     "' refused its options (unknown exception)");
  }
}

// A declared layer the plugin found nothing for still exists, for the plugins after it. TEI does
// not write empty layers, so a skipped plugin's empty ones come back this way too.
void add_missing_layers(Document& document, const Manifest& manifest) {
  for (const auto& layer : manifest.provided_layers) {
    if (!document.find_layer(layer)) document.add_layer(layer);
  }
}

// The declared layers the document has before the plugin runs: only a JSON or TEI input brings
// them, since a chain never has two providers of one layer.
std::vector<std::string> existing_layers(const Document& document, const Manifest& manifest) {
  std::vector<std::string> found;
  for (const auto& layer : manifest.provided_layers) {
    if (document.find_layer(layer)) found.push_back(layer);
  }
  return found;
}

// A reference the plugin left without a target would be written to JSON and VRT as it is and
// fail only TEI, at writing time and without the plugin's name: it fails the document here.
void check_references(const Document& document, const Manifest& manifest) {
  for (const auto& name : manifest.provided_layers) {
    const Layer* layer = document.find_layer(name);
    if (!layer) continue;
    if (auto broken = formats::first_broken_reference(document, *layer)) {
      throw DocumentError("plugin '" + manifest.name + "' failed: " + *broken);
    }
  }
}

void check_required_layers(const Document& document, const Manifest& manifest) {
  for (const auto& layer : manifest.required_layers) {
    if (!document.find_layer(layer)) {
      throw DocumentError("plugin '" + manifest.name + "' requires layer '" + layer +
                          "', which neither the input nor an earlier plugin has");
    }
  }
}

}  // namespace

AnnotatorSet::AnnotatorSet(std::vector<ChainStep> chain, unsigned workers)
    : chain_(std::move(chain)) {
  for (const auto& step : chain_) {
    const Manifest& manifest = step.plugin->manifest();
    loggers_.push_back(std::make_unique<PluginLogger>(manifest.name));
    const PluginContext context{loggers_.back().get(), step.plugin->resource_dir()};
    const unsigned copies = manifest.concurrency == Concurrency::per_worker ? workers : 1;
    auto& instances = instances_.emplace_back();
    for (unsigned i = 0; i < copies; ++i) {
      instances.push_back(step.plugin->create(context));
      configure(*instances.back(), step);
    }
  }
}

Annotator& AnnotatorSet::instance(std::size_t step, unsigned worker) const {
  const auto& instances = instances_[step];
  return *instances[instances.size() == 1 ? 0 : worker];
}

void AnnotatorSet::annotate(Document& document, unsigned worker,
                            const std::function<void(std::size_t step)>& before_step) const {
  for (std::size_t step = 0; step < chain_.size(); ++step) {
    if (before_step) before_step(step);
    const Manifest& manifest = chain_[step].plugin->manifest();
    // Running again would duplicate or contradict the stored annotations (their ids are
    // referenced), so the input's layers win and the plugin is skipped, visibly.
    if (const auto existing = existing_layers(document, manifest); !existing.empty()) {
      spdlog::warn("{}: plugin '{}' skipped: the input already has its layer '{}'", document.id(),
                   manifest.name, existing.front());
      document.restrict_writes(manifest.name, manifest.provided_layers);
      add_missing_layers(document, manifest);
      document.lift_write_restriction();
      continue;
    }
    check_required_layers(document, manifest);
    document.restrict_writes(manifest.name, manifest.provided_layers);
    try {
      const RunningPlugin running(manifest.name, document.id());
      instance(step, worker).process(document);
    } catch (const std::exception& e) {
      document.lift_write_restriction();
      throw DocumentError("plugin '" + manifest.name + "' failed: " + e.what());
    } catch (...) {
      document.lift_write_restriction();
      throw DocumentError("plugin '" + manifest.name + "' failed (unknown exception)");
    }
    add_missing_layers(document, manifest);
    document.lift_write_restriction();
    check_references(document, manifest);
  }
  if (before_step) before_step(chain_.size());
}

}  // namespace strata::host
