#include "strata/document.hpp"

#include <algorithm>

#include "strata/error.hpp"
#include "strata/layer_names.hpp"
#include "strata/text.hpp"
#include "strata/token_index.hpp"

namespace strata {
namespace {

bool is_valid_layer_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// Named with the range, as Layer::add names a refused annotation: the plugin's author has only
// this line to find the faulty call by. Apart, so that text() itself stays short.
[[noreturn]] void refuse_range(Offset begin, Offset end, std::size_t size) {
  const std::string range =
      "text range [" + std::to_string(begin) + ", " + std::to_string(end) + ")";
  if (begin > end) throw Error(range + " ends before it begins");
  throw Error(range + " is outside the document (" + std::to_string(size) + " bytes)");
}

}  // namespace

Document::Document(std::string id, std::string_view raw)
    : id_(std::move(id)),
      text_(std::make_unique<const std::string>(canonicalize_text(raw))),
      offsets_(std::make_unique<OffsetMap>(*text_)) {}

Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

const TokenIndex& Document::token_index() const {
  const std::size_t tokens = layer(layer_names::tokens).size();
  const Layer* sentence_layer = find_layer(layer_names::sentences);
  const std::ptrdiff_t sentences =
      sentence_layer ? static_cast<std::ptrdiff_t>(sentence_layer->size()) : -1;
  // Layers only grow: the same sizes mean the same annotations.
  if (!token_index_ || tokens != indexed_tokens_ || sentences != indexed_sentences_) {
    token_index_ = std::make_unique<TokenIndex>(*this);
    indexed_tokens_ = tokens;
    indexed_sentences_ = sentences;
  }
  return *token_index_;
}

std::string_view Document::text(Offset begin, Offset end) const {
  if (begin > end || end > text_->size()) refuse_range(begin, end, text_->size());
  return std::string_view(*text_).substr(begin, end - begin);
}

Layer& Document::add_layer(std::string_view name) {
  if (!is_valid_layer_name(name)) {
    throw Error("invalid layer name '" + std::string(name) +
                "' (use lower-case letters, digits, '_' and '-', starting with a letter)");
  }
  if (find_layer(name)) throw Error("layer '" + std::string(name) + "' already exists");
  if (writes_restricted_ &&
      std::find(writable_layers_.begin(), writable_layers_.end(), name) == writable_layers_.end()) {
    throw Error("plugin '" + writer_ + "' tried to add layer '" + std::string(name) +
                "', which its manifest does not declare");
  }
  layers_.push_back(std::make_unique<Layer>(std::string(name), writer_, *text_));
  return *layers_.back();
}

const Layer* Document::find_layer(std::string_view name) const {
  for (const auto& layer : layers_) {
    if (layer->name() == name) return layer.get();
  }
  return nullptr;
}

const Layer& Document::layer(std::string_view name) const {
  if (const Layer* found = find_layer(name)) return *found;
  throw Error("document '" + id_ + "' has no layer '" + std::string(name) + "'");
}

std::vector<std::string> Document::layer_names() const {
  std::vector<std::string> names;
  for (const auto& layer : layers_) names.push_back(layer->name());
  return names;
}

void Document::restrict_writes(std::string producer, std::vector<std::string> allowed) {
  writes_restricted_ = true;
  writer_ = std::move(producer);
  writable_layers_ = std::move(allowed);
}

void Document::lift_write_restriction() {
  writes_restricted_ = false;
  writer_.clear();
  writable_layers_.clear();
}

}  // namespace strata
