#include "layer_dump.hpp"

#include <cstdio>

namespace strata::host {
namespace {

struct ValueText {
  std::string operator()(const std::string& s) const { return '"' + s + '"'; }
  std::string operator()(std::int64_t i) const { return std::to_string(i); }
  std::string operator()(double d) const {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", d);  // enough digits to tell any two apart
    return buffer;
  }
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(const AnnotationRef& r) const {
    return r.layer + "#" + std::to_string(r.id);
  }
};

}  // namespace

std::vector<std::string> dump_layers(const Document& document,
                                     const std::vector<std::string>& layer_names) {
  std::vector<std::string> lines;
  std::vector<Feature> features;
  for (const auto& name : layer_names) {
    lines.push_back("layer " + name);
    const Layer& layer = document.layer(name);
    for (AnnotationId id = 0; id < layer.size(); ++id) {
      std::string line = std::to_string(id) + " " + std::to_string(layer.begin(id)) + " " +
                         std::to_string(layer.end(id)) + " " + std::string(layer.type(id));
      layer.features(id, features);
      for (const auto& feature : features) {
        line += " " + std::string(feature.name) + "=" + std::visit(ValueText{}, feature.value);
      }
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

std::string first_difference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    const std::string left = i < a.size() ? "'" + a[i] + "'" : "(none)";
    const std::string right = i < b.size() ? "'" + b[i] + "'" : "(none)";
    if (left != right) return "line " + std::to_string(i + 1) + ": " + left + " vs " + right;
  }
  return "";
}

}  // namespace strata::host
