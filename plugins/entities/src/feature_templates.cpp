#include "feature_templates.hpp"

#include <array>
#include <string>
#include <string_view>

#include "hashing.hpp"
#include "trigger_words.hpp"

namespace strata::entities {
namespace {

// Names in the order of the enum; feature_set_hash() takes them in, so a template inserted or
// moved changes the hash.
constexpr std::array<std::string_view, static_cast<std::size_t>(Template::count)> kNames = {
    "bias",
    "word",
    "word_capitalization",
    "shape",
    "short_shape",
    "prefix",
    "suffix",
    "capitalization",
    "neighbour_word",
    "neighbour_shape",
    "bigram",
    "neighbour_suffix",
    "capitalization_window",
    "word_before_shape",
    "shape_word_after",
    "gazetteer",
    "trigger",
    "name_run",
    "name_run_context",
    "document_use",
    "document_neighbour",
    "document_label",
    "length",
    "name_word",
};

}  // namespace

std::uint64_t feature_set_hash() {
  static const std::uint64_t hash = [] {
    Fnv1a fnv;
    fnv.add("strata-ner-features:" + std::to_string(kFeatureSetVersion) + "\n");
    for (const std::string_view name : kNames) {
      fnv.add(name);
      fnv.add('\n');
    }
    fnv.add(trigger_word_lists());
    return fnv.value();
  }();
  return hash;
}

}  // namespace strata::entities
