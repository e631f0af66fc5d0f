#include "strata/formats/vrt_writer.hpp"

#include <algorithm>
#include <cstddef>

#include "cwb_names.hpp"
#include "strata/error.hpp"
#include "strata/layer_names.hpp"
#include "text_structure.hpp"
#include "vrt_regions.hpp"
#include "vrt_writer_parts.hpp"

namespace strata::formats {
namespace {

using Extent = TextStructure::Extent;

std::vector<std::string> token_feature_names(const Layer& tokens) {
  std::vector<std::string> names;
  std::vector<Feature> features;
  for (AnnotationId id = 0; id < tokens.size(); ++id) {
    tokens.features(id, features);
    for (const Feature& feature : features) {
      if (std::find(names.begin(), names.end(), feature.name) == names.end()) {
        names.emplace_back(feature.name);
      }
    }
  }
  return names;
}

// All regions of the document: <p>, <s>, then one attribute per other layer in the order the
// layers were made. Sorted so that regions are opened outside-in: by first token, longer first,
// then by rank. `names` gets each rank's element name.
std::vector<VrtRegion> all_regions(const Document& document, const std::vector<Extent>& tokens,
                                   const WindowStart& start, std::vector<std::string>& names,
                                   std::vector<std::string>& notes) {
  std::vector<VrtRegion> regions;
  // Each level of a layer becomes an attribute of its own; a name that is taken ("text", "s",
  // or two layers' names mapping to one) gets '_' added.
  auto add = [&](const Layer& layer, const VrtAttribute& attribute) {
    auto levels = layer_regions(layer, attribute, tokens, notes);
    for (std::size_t level = 0; level < levels.size(); ++level) {
      std::string name = attribute.name + (level ? std::to_string(level) : "");
      while (name == "text" || std::find(names.begin(), names.end(), name) != names.end()) {
        name += '_';
      }
      for (VrtRegion& region : levels[level]) {
        region.rank = names.size();
        if (name != attribute.name) region.start_tag.replace(1, attribute.name.size(), name);
        regions.push_back(std::move(region));
      }
      names.push_back(std::move(name));
    }
  };
  if (const Layer* p = document.find_layer(layer_names::paragraphs)) add(*p, {"p", false});
  if (const Layer* s = document.find_layer(layer_names::sentences)) add(*s, {"s", false});
  for (const std::string& name : document.layer_names()) {
    if (name == layer_names::paragraphs || name == layer_names::sentences ||
        name == layer_names::tokens) {
      continue;
    }
    add(document.layer(name), {cwb_name(name), true, &start});
  }
  std::stable_sort(regions.begin(), regions.end(), [](const VrtRegion& a, const VrtRegion& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.last != b.last) return a.last > b.last;
    return a.rank < b.rank;
  });
  return regions;
}

// Writes the token lines and the tags around them. Tags must close in the reverse order they
// were opened; a region that crosses the end of one opened after it is closed there with it and
// opened again at once (CWB then counts two regions), which `split` counts per rank.
class VrtBody {
 public:
  VrtBody(std::string& out, const std::vector<std::string>& names) : out_(out), names_(names) {
    split_.resize(names.size());
  }

  void open(const VrtRegion& region) {
    out_ += region.start_tag;
    out_ += '\n';
    open_.push_back(&region);
  }

  // Closes every open region that ends at token `index`, and whatever was opened inside it.
  void close_after(std::size_t index) {
    auto deepest = std::find_if(open_.begin(), open_.end(),
                                [&](const VrtRegion* r) { return r->last == index; });
    if (deepest == open_.end()) return;
    std::vector<const VrtRegion*> reopen;
    while (open_.end() != deepest) {
      const VrtRegion* region = open_.back();
      open_.pop_back();
      out_ += "</" + names_[region->rank] + ">\n";
      if (region->last != index) reopen.push_back(region);
    }
    for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) {
      ++split_[(*it)->rank];
      open(**it);
    }
  }

  const std::vector<std::size_t>& split() const { return split_; }

 private:
  std::string& out_;
  const std::vector<std::string>& names_;
  std::vector<const VrtRegion*> open_;
  std::vector<std::size_t> split_;
};

// Returns how many of the line's values were cut (append_vrt_value).
std::size_t append_token_line(std::string& out, const Document& document, const Extent& token,
                              const Layer& layer, const std::vector<std::string>& columns,
                              const WindowStart& start) {
  std::size_t cut = append_vrt_value(out, document.text(token.begin, token.end));
  for (const std::string& column : columns) {
    out += '\t';
    const auto value = layer.feature(token.annotation, column);
    cut += append_vrt_value(out, value ? feature_text(start.numbered(*value)) : std::string());
  }
  out += '\n';
  return cut;
}

}  // namespace

std::vector<std::string> token_feature_names(const Document& document) {
  return token_feature_names(document.layer(layer_names::tokens));
}

TextStructure vrt_structure(const Document& document) {
  TextStructure structure(document);
  if (!structure.has_tokens()) {
    // The caller names the document; the message says what to do.
    throw Error("-f vrt needs the tokens layer (add the tokens plugin to the chain)");
  }
  return structure;
}

std::string vrt_text_start(const Document& document) {
  std::string start = "<text id=\"";
  append_vrt_value(start, document.id());
  start += "\">\n";
  return start;
}

void append_vrt_tokens(const Document& document, const TextStructure& structure,
                       const std::vector<std::string>& columns, const WindowStart& start,
                       std::string& out, std::vector<std::string>& notes) {
  const std::vector<Extent>& tokens = structure.extents(TextStructure::token);
  const Layer& token_layer = document.layer(layer_names::tokens);
  std::vector<std::string> names;
  const std::vector<VrtRegion> regions = all_regions(document, tokens, start, names, notes);
  VrtBody body(out, names);
  auto next = regions.begin();
  std::size_t cut = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (; next != regions.end() && next->first == i; ++next) body.open(*next);
    cut += append_token_line(out, document, tokens[i], token_layer, columns, start);
    body.close_after(i);
  }
  if (cut) notes.push_back(std::to_string(cut) + " token value(s) " + kCutNote);
  for (std::size_t rank = 0; rank < names.size(); ++rank) {
    if (body.split()[rank] == 0) continue;
    notes.push_back(std::to_string(body.split()[rank]) + " region(s) of <" + names[rank] +
                    "> closed and reopened where a region opened inside them ended");
  }
}

std::vector<std::string> write_vrt(const Document& document, std::ostream& out) {
  const TextStructure structure = vrt_structure(document);
  std::vector<std::string> notes;
  std::string text = vrt_text_start(document);
  append_vrt_tokens(document, structure, token_feature_names(document), WindowStart{}, text, notes);
  text += "</text>\n";
  out << text;
  return notes;
}

}  // namespace strata::formats
