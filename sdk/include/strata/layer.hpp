// A named set of annotations over a document's text, stored compactly.
#pragma once

#include <array>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strata/feature.hpp"

namespace strata {

// The annotations one plugin produced under one name (tokens, sentences, entities, ...).
// Annotations are [begin, end) ranges of UTF-8 bytes with a type label and typed features. They
// are kept in flat arrays, not one heap object each; labels, feature names and string values are
// interned. A layer only grows: ids are stable. Obtain layers from Document::add_layer.
class Layer {
 public:
  Layer(std::string name, std::string producer, std::string_view text);
  Layer(const Layer&) = delete;
  Layer& operator=(const Layer&) = delete;

  const std::string& name() const { return name_; }
  // The plugin that produced this layer ("" when not made by a plugin).
  const std::string& producer() const { return producer_; }
  std::size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }

  // Makes room for `annotations` annotations and `features` features in all, for a plugin that
  // knows how many it is about to add.
  void reserve(std::size_t annotations, std::size_t features = 0);

  // A string stored once in this layer: a type, a feature name or a string value. A plugin that
  // gives the same few strings annotation after annotation takes each one's id once a document
  // and adds and sets features with the ids, so that no string is looked up again. An id is good
  // only in the layer that gave it; as each document has layers of its own, ids are taken again
  // for each document. Any other layer refuses it (Error), as it refuses a default-made id.
  class StringId {
   public:
    StringId() = default;
    friend bool operator==(StringId, StringId) = default;

   private:
    friend class Layer;
    StringId(std::uint32_t index, std::uint32_t layer) : index_(index), layer_(layer) {}
    std::uint32_t index_ = 0;
    std::uint32_t layer_ = 0;  // the serial number of the layer that gave it; 0: none
  };
  StringId string_id(std::string_view s) { return {intern(s), serial_}; }

  // Adds an annotation over [begin, end) and returns its id. Throws Error when the range is not
  // inside the text or does not fall on character boundaries.
  AnnotationId add(Offset begin, Offset end, std::string_view type);
  AnnotationId add(Offset begin, Offset end, StringId type);

  Offset begin(AnnotationId id) const { return record(id).begin; }
  Offset end(AnnotationId id) const { return record(id).end; }
  std::string_view type(AnnotationId id) const { return views_[record(id).type]; }

  // Sets a feature, replacing an earlier value of the same name.
  void set_string(AnnotationId id, std::string_view name, std::string_view value);
  void set_int(AnnotationId id, std::string_view name, std::int64_t value);
  void set_real(AnnotationId id, std::string_view name, double value);
  void set_bool(AnnotationId id, std::string_view name, bool value);
  void set_ref(AnnotationId id, std::string_view name, const AnnotationRef& target);
  // The same with ids from this layer's string_id; an id from anywhere else throws Error.
  void set_string(AnnotationId id, StringId name, StringId value);
  void set_int(AnnotationId id, StringId name, std::int64_t value);
  void set_real(AnnotationId id, StringId name, double value);
  void set_bool(AnnotationId id, StringId name, bool value);
  // A reference to annotation `target` of the layer named by `target_layer`, an id that this
  // layer gave for that name (string_id("entities")), not one of the other layer's.
  void set_ref(AnnotationId id, StringId name, StringId target_layer, AnnotationId target);

  // Whether an annotation was ever given a reference feature: a check of the references can pass
  // over the many layers, tokens among them, that have none without reading their features.
  bool has_references() const { return has_references_; }

  // Whether `s` is one of the layer's strings: a type, a feature name or a string value. When it
  // is not, no annotation has a feature of that name, which a writer can learn once a document
  // rather than annotation by annotation. When it is, some annotation may have such a feature:
  // a name asked for with string_id, or a value, counts too. Since API 1.6.
  bool has_string(std::string_view s) const;

  // Every name and kind of feature the layer's annotations have, each once: a writer learns from
  // it once a document which features it must find room for. A name with values of two kinds is
  // listed once with each. In the order the features were first set, except that a value
  // replaced by one of another kind keeps the place of the one it replaced. It reads each
  // feature once, so it is for a writer to call once a layer, not once an annotation. The names
  // view the layer's strings. Since API 1.7.
  std::vector<FeatureKey> feature_keys() const;

  std::optional<FeatureValue> feature(AnnotationId id, std::string_view name) const;
  // A string feature without a copy: a view valid as long as the layer; "" if absent or not a
  // string.
  std::string_view string_feature(AnnotationId id, std::string_view name) const;
  // All features of an annotation, in the order they were first set.
  std::vector<Feature> features(AnnotationId id) const;
  // The same into `out` (cleared first), so that a writer going through many annotations can
  // reuse one vector.
  void features(AnnotationId id, std::vector<Feature>& out) const;
  // The same as views into the layer (cleared first): no string is copied.
  void features(AnnotationId id, std::vector<FeatureView>& out) const;

  // Ids ordered by begin, longer annotations first where they begin together, then by id.
  std::vector<AnnotationId> ids_by_offset() const;
  // The same into `out` (replaced), so that a plugin reading document after document can reuse
  // one vector.
  void ids_by_offset(std::vector<AnnotationId>& out) const;

 private:
  // Builds every document's token index: it reads each token's kind by the interned id of the
  // name "kind", not by comparing the name's string once per token as string_feature must.
  friend class TokenIndex;

  using Kind = FeatureView::Kind;
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  struct Record {
    Offset begin;
    Offset end;
    std::uint32_t type;           // index in strings_
    std::uint32_t first_feature;  // index in features_, or kNone
  };
  // 16 bytes, not 24: a tokenizer sets a feature on every token. The kind sits in the top bits
  // of the name's string index; a reference keeps its layer's string index in the low half of
  // bits and the annotation id in the high half.
  struct FeatureRecord {
    std::uint32_t name_and_kind;
    std::uint32_t next;  // next feature of the same annotation, or kNone
    std::int64_t bits;   // the value; a string index for strings
    std::uint32_t name() const { return name_and_kind & (kMaxStrings - 1); }
    Kind kind() const { return static_cast<Kind>(name_and_kind >> kKindShift); }
  };
  // The order of ids_by_offset: by begin, the longer first where two begin together.
  static bool comes_before(const Record& x, const Record& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  }
  // Whether the records are in that order already, as tokenizers and splitters add them.
  bool in_offset_order() const;
  static constexpr unsigned kKindShift = 29;
  static constexpr std::uint32_t kMaxStrings = std::uint32_t{1} << kKindShift;

  // Inline: writers read every annotation through it.
  const Record& record(AnnotationId id) const {
    if (id >= records_.size()) no_annotation(id);
    return records_[id];
  }
  [[noreturn]] void no_annotation(AnnotationId id) const;
  // Throws the Error that add gives for [begin, end); apart, so that add itself is short.
  [[noreturn]] void refuse(Offset begin, Offset end) const;
  std::uint32_t intern(std::string_view s);
  // intern's slow path, apart so that the fast one is short: looks `s` up in id_slots_ (adding
  // it if new) and, if it was there before, keeps it among the recent strings.
  std::uint32_t intern_and_remember(std::string_view s, std::uint32_t sig);
  // The index of the string of an id this layer gave; throws Error for any other id. Inline:
  // called once per feature set by id.
  std::uint32_t checked(StringId s) const {
    if (s.layer_ != serial_) not_mine(s);
    return s.index_;
  }
  [[noreturn]] void not_mine(StringId s) const;
  // add's body: the type is `type`, or when that is kNone, `type_text` interned.
  AnnotationId add_interned(Offset begin, Offset end, std::uint32_t type,
                            std::string_view type_text);
  void set(AnnotationId id, std::uint32_t name, Kind kind, std::int64_t bits);
  FeatureValue value_of(const FeatureRecord& f) const;
  // The id of string `s` of hash `hash` (hash_of in layer.cpp) in id_slots_, or kNone.
  std::uint32_t id_of(std::string_view s, std::uint32_t hash) const;
  std::uint32_t id_of(std::string_view s) const;
  // Puts `id`, whose string views_ already holds, in id_slots_, growing them first if needed.
  void add_id(std::uint32_t hash, std::uint32_t id);
  void place_id(std::uint64_t slot);  // in a free slot; the table has one

  std::string name_;
  std::string producer_;
  std::string_view text_;
  std::vector<Record> records_;
  std::vector<FeatureRecord> features_;
  bool has_references_ = false;
  std::deque<std::string> strings_;  // a deque keeps each string where it is, so views stay valid
  std::vector<std::string_view> views_;  // of strings_, by index: quicker to reach than the deque
  // Each string's id by its hash, with open addressing: a power-of-2 number of slots, each the
  // hash's 32 bits above the id + 1 (0: empty), at most half full. A layer is made anew for each
  // document, and a node-based map spent more on allocating nodes and rehashing than on finding.
  std::vector<std::uint64_t> id_slots_;
  // The strings interned last, looked at before id_slots_: plugins give the same few types,
  // feature names and values over and over, and comparing a few short strings costs less than
  // hashing. Views into strings_, their ids, and a cheap signature of each (size, first and last
  // byte) so that only a likely match is compared in full. The first recent_count_ are in use;
  // once all are, a new one replaces the one after the string found last (layer.cpp says why).
  static constexpr std::size_t kRecentStrings = 16;
  std::array<std::uint32_t, kRecentStrings> recent_signatures_{};
  std::array<std::string_view, kRecentStrings> recent_strings_{};
  std::array<std::uint32_t, kRecentStrings> recent_ids_{};
  // 32 bits each (there are 16), so that serial_ fits where SDK 1.4 had two 64-bit counts: a
  // layer keeps the size and member offsets that plugins built against 1.4 were compiled with.
  std::uint32_t recent_count_ = 0;
  std::uint32_t next_recent_ = 0;
  // Different for every layer made in the process (never 0), so that a StringId tells which
  // layer gave it.
  std::uint32_t serial_;
};

}  // namespace strata
