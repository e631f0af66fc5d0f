// The shared document model: primary text, metadata and named layers.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "strata/layer.hpp"
#include "strata/offset_map.hpp"

namespace strata {

class TokenIndex;

// One text being annotated: an id, a language, metadata, the canonical primary text (UTF-8, NFC,
// LF) and the layers plugins add to it. Documents move but do not copy.
class Document {
 public:
  // Canonicalizes `raw` (see canonicalize_text); throws InputError for unusable input.
  Document(std::string id, std::string_view raw);
  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;
  ~Document();

  const std::string& id() const { return id_; }
  const std::string& text() const { return *text_; }
  std::string_view text(Offset begin, Offset end) const;
  const OffsetMap& offsets() const { return *offsets_; }

  // An ISO 639-1 code ("it", "en"), "auto" while it is still to be detected, or "und".
  const std::string& language() const { return language_; }
  void set_language(std::string language) { language_ = std::move(language); }

  std::map<std::string, std::string>& metadata() { return metadata_; }
  const std::map<std::string, std::string>& metadata() const { return metadata_; }

  // Creates a layer. Throws Error if the name is taken, is not of the form [a-z][a-z0-9_-]*, or
  // the running plugin did not declare it.
  Layer& add_layer(std::string_view name);
  // The layer of that name, or nullptr.
  const Layer* find_layer(std::string_view name) const;
  // The layer of that name; throws Error naming the missing layer.
  const Layer& layer(std::string_view name) const;
  // Names of all layers in the order they were created.
  std::vector<std::string> layer_names() const;

  // The tokens and sentences in text order (strata/token_index.hpp), built on first use and kept
  // while those layers stay as they are, so the plugins of a chain share one. Throws Error when
  // the document has no tokens layer. Since API 1.3.
  const TokenIndex& token_index() const;

  // For the host: while set, only `producer` may add layers, and only those named in `allowed`.
  void restrict_writes(std::string producer, std::vector<std::string> allowed);
  void lift_write_restriction();

 private:
  std::string id_;
  std::unique_ptr<const std::string> text_;  // on the heap so layers' views survive a move
  std::unique_ptr<OffsetMap> offsets_;
  std::string language_ = "auto";
  std::map<std::string, std::string> metadata_;
  std::vector<std::unique_ptr<Layer>> layers_;
  bool writes_restricted_ = false;
  std::string writer_;
  std::vector<std::string> writable_layers_;
  // Added in API 1.3, last so that the members before keep their places. The index, and the sizes
  // of the layers it was built from (a sentences size of -1: there was no sentences layer).
  mutable std::unique_ptr<TokenIndex> token_index_;
  mutable std::size_t indexed_tokens_ = 0;
  mutable std::ptrdiff_t indexed_sentences_ = -1;
};

}  // namespace strata
