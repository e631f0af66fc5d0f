#include "strata/layer.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <numeric>

#include "strata/error.hpp"

namespace strata {
namespace {

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Whether [begin, end), inside `text`, begins or ends inside a character.
bool cuts_a_character(std::string_view text, Offset begin, Offset end) {
  return (begin < text.size() && is_continuation_byte(text[begin])) ||
         (end < text.size() && is_continuation_byte(text[end]));
}

std::uint32_t load32(const char* bytes) {
  std::uint32_t value;
  std::memcpy(&value, bytes, sizeof value);
  return value;
}

// Equality of the short labels and names a layer compares over and over: for 4 to 8 bytes, the
// usual sizes, two overlapping 4-byte loads of each side cost less than a call to memcmp.
bool same(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n >= 4 && n <= 8) {
    return load32(a.data()) == load32(b.data()) &&
           load32(a.data() + n - 4) == load32(b.data() + n - 4);
  }
  return std::memcmp(a.data(), b.data(), n) == 0;
}

std::uint64_t load64(const char* bytes) {
  std::uint64_t value;
  std::memcpy(&value, bytes, sizeof value);
  return value;
}

// A string's hash for Layer::id_slots_, taken 8 bytes at a time: labels and names are short.
std::uint32_t hash_of(std::string_view s) {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = s.size() * kMultiplier;
  std::size_t at = 0;
  for (; at + 8 <= s.size(); at += 8) h = (h ^ load64(s.data() + at)) * kMultiplier;
  if (at < s.size()) {
    std::uint64_t tail = 0;
    std::memcpy(&tail, s.data() + at, s.size() - at);
    h = (h ^ tail) * kMultiplier;
  }
  // A bit of a product depends only on the bits at or below it of what was multiplied, so the
  // low bits of h >> 32, which pick a slot, ignored the last chunk's bytes 5 to 7 ("2024-01" to
  // "2024-12" all had one slot of 32). Folded down and multiplied again, every byte counts.
  h = (h ^ (h >> 32)) * kMultiplier;
  return static_cast<std::uint32_t>(h >> 32);
}

// Equal strings have equal signatures; different ones of the few a layer repeats seldom do.
std::uint32_t signature(std::string_view s) {
  if (s.empty()) return 0;
  return static_cast<std::uint32_t>(s.size()) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s.front())) << 8 |
         static_cast<unsigned char>(s.back());
}

std::uint32_t next_serial() {
  static std::atomic<std::uint32_t> last{0};
  std::uint32_t serial = ++last;
  while (serial == 0) serial = ++last;  // after 2^32 layers: 0 means "no layer"
  return serial;
}

}  // namespace

Layer::Layer(std::string name, std::string producer, std::string_view text)
    : name_(std::move(name)), producer_(std::move(producer)), text_(text), serial_(next_serial()) {}

void Layer::reserve(std::size_t annotations, std::size_t features) {
  records_.reserve(annotations);
  features_.reserve(features);
}

AnnotationId Layer::add(Offset begin, Offset end, std::string_view type) {
  // The range is checked before the type is interned: a refused annotation adds no string.
  return add_interned(begin, end, kNone, type);
}

AnnotationId Layer::add(Offset begin, Offset end, StringId type) {
  return add_interned(begin, end, checked(type), {});
}

AnnotationId Layer::add_interned(Offset begin, Offset end, std::uint32_t type,
                                 std::string_view type_text) {
  if (begin > end || end > text_.size() || cuts_a_character(text_, begin, end) ||
      records_.size() >= kNone) {
    refuse(begin, end);
  }
  records_.push_back({begin, end, type == kNone ? intern(type_text) : type, kNone});
  return static_cast<AnnotationId>(records_.size() - 1);
}

void Layer::not_mine(StringId s) const {
  throw Error("layer '" + name_ + "' was given a StringId it did not make" +
              (s.layer_ == 0 ? std::string(" (a default one)")
                             : std::string(" (another layer's, or an earlier document's)")));
}

void Layer::refuse(Offset begin, Offset end) const {
  const std::string annotation = "layer '" + name_ + "': annotation [" + std::to_string(begin) +
                                 ", " + std::to_string(end) + ")";
  if (begin > end) throw Error(annotation + " ends before it begins");
  if (end > text_.size()) {
    throw Error(annotation + " is outside the text (" + std::to_string(text_.size()) + " bytes)");
  }
  if (cuts_a_character(text_, begin, end)) throw Error(annotation + " cuts a UTF-8 character");
  throw Error("layer '" + name_ + "': too many annotations");
}

void Layer::no_annotation(AnnotationId id) const {
  throw Error("layer '" + name_ + "' has no annotation " + std::to_string(id));
}

std::uint32_t Layer::intern(std::string_view s) {
  const std::uint32_t sig = signature(s);
  for (std::size_t i = 0; i < recent_count_; ++i) {
    if (recent_signatures_[i] == sig && same(recent_strings_[i], s)) {
      // A string missed next replaces the one after this: plugins give their strings in the same
      // order annotation after annotation (type, feature names, values), so that one is, more
      // often than the oldest kept, a string that stands in for another ("positive" for
      // "neutral"). Replacing the oldest kept made one new string push out the rest in turn
      // whenever a plugin repeats more strings than are kept.
      next_recent_ = i + 1 == kRecentStrings ? 0 : static_cast<std::uint32_t>(i + 1);
      return recent_ids_[i];
    }
  }
  return intern_and_remember(s, sig);
}

bool Layer::has_string(std::string_view s) const {
  return id_of(s) != kNone;
}

std::uint32_t Layer::id_of(std::string_view s) const {
  return id_of(s, hash_of(s));
}

std::uint32_t Layer::id_of(std::string_view s, std::uint32_t hash) const {
  if (id_slots_.empty()) return kNone;
  const std::size_t mask = id_slots_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const std::uint64_t slot = id_slots_[at];
    if (slot == 0) return kNone;
    const auto id = static_cast<std::uint32_t>(slot) - 1;
    if (slot >> 32 == hash && same(views_[id], s)) return id;
  }
}

void Layer::place_id(std::uint64_t slot) {
  const std::size_t mask = id_slots_.size() - 1;
  std::size_t at = (slot >> 32) & mask;
  while (id_slots_[at] != 0) at = (at + 1) & mask;
  id_slots_[at] = slot;
}

void Layer::add_id(std::uint32_t hash, std::uint32_t id) {
  // At most half full, so that a probe soon meets an empty slot; views_ already holds `id`.
  if (2 * views_.size() > id_slots_.size()) {
    std::vector<std::uint64_t> old(std::max<std::size_t>(16, 2 * id_slots_.size()), 0);
    old.swap(id_slots_);
    for (const std::uint64_t slot : old) {
      if (slot != 0) place_id(slot);
    }
  }
  place_id(std::uint64_t{hash} << 32 | (id + 1));
}

[[gnu::noinline]] std::uint32_t Layer::intern_and_remember(std::string_view s, std::uint32_t sig) {
  const std::uint32_t hash = hash_of(s);
  const std::uint32_t id = id_of(s, hash);
  if (id == kNone) {
    if (strings_.size() >= kMaxStrings) {
      throw Error("layer '" + name_ + "': more than " + std::to_string(kMaxStrings) +
                  " distinct strings");
    }
    const auto new_id = static_cast<std::uint32_t>(strings_.size());
    // The string first, then its id: a failed allocation leaves no id without a string.
    views_.push_back(strings_.emplace_back(s));
    add_id(hash, new_id);
    // A string given for the first time is not kept among the recent ones until it comes again:
    // most such strings come once only (a name, a date's value), and each would push out a type
    // or feature name that comes back with the next annotation.
    return new_id;
  }
  // Free places are filled first.
  const std::size_t at = recent_count_ < kRecentStrings ? recent_count_++ : next_recent_;
  recent_signatures_[at] = sig;
  recent_strings_[at] = views_[id];
  recent_ids_[at] = id;
  next_recent_ = at + 1 == kRecentStrings ? 0 : static_cast<std::uint32_t>(at + 1);
  return id;
}

void Layer::set(AnnotationId id, std::uint32_t name, Kind kind, std::int64_t bits) {
  record(id);  // checks the id
  const std::uint32_t name_and_kind = name | static_cast<std::uint32_t>(kind) << kKindShift;
  std::uint32_t* link = &records_[id].first_feature;
  while (*link != kNone) {
    FeatureRecord& existing = features_[*link];
    if (existing.name() == (name_and_kind & (kMaxStrings - 1))) {
      existing.name_and_kind = name_and_kind;
      existing.bits = bits;
      return;
    }
    link = &existing.next;
  }
  *link = static_cast<std::uint32_t>(features_.size());
  features_.push_back({name_and_kind, kNone, bits});
}

std::vector<FeatureKey> Layer::feature_keys() const {
  std::vector<FeatureKey> keys;
  // Per name (its string index), a bit for each kind already listed. A feature's records are
  // added as annotations get it, so most follow one of the same name and kind: `last` skips them.
  std::vector<std::uint8_t> kinds_listed(views_.size(), 0);
  std::uint32_t last = kNone;
  for (const FeatureRecord& feature : features_) {
    if (feature.name_and_kind == last) continue;
    last = feature.name_and_kind;
    const auto kind_bit = static_cast<std::uint8_t>(1u << static_cast<unsigned>(feature.kind()));
    std::uint8_t& listed = kinds_listed[feature.name()];
    if (listed & kind_bit) continue;
    listed |= kind_bit;
    keys.push_back({views_[feature.name()], feature.kind()});
  }
  return keys;
}

// By name: the id is checked before any string is interned, so that a refused call adds none.
void Layer::set_string(AnnotationId id, std::string_view name, std::string_view value) {
  record(id);
  const std::uint32_t name_index = intern(name);
  set(id, name_index, Kind::string, intern(value));
}
void Layer::set_int(AnnotationId id, std::string_view name, std::int64_t value) {
  record(id);
  set(id, intern(name), Kind::integer, value);
}
void Layer::set_real(AnnotationId id, std::string_view name, double value) {
  record(id);
  set(id, intern(name), Kind::real, std::bit_cast<std::int64_t>(value));
}
void Layer::set_bool(AnnotationId id, std::string_view name, bool value) {
  record(id);
  set(id, intern(name), Kind::boolean, value ? 1 : 0);
}
void Layer::set_ref(AnnotationId id, std::string_view name, const AnnotationRef& target) {
  record(id);
  const std::uint32_t name_index = intern(name);
  set(id, name_index, Kind::reference,
      static_cast<std::int64_t>(std::uint64_t{target.id} << 32 | intern(target.layer)));
  has_references_ = true;
}
void Layer::set_string(AnnotationId id, StringId name, StringId value) {
  set(id, checked(name), Kind::string, checked(value));
}
void Layer::set_int(AnnotationId id, StringId name, std::int64_t value) {
  set(id, checked(name), Kind::integer, value);
}
void Layer::set_real(AnnotationId id, StringId name, double value) {
  set(id, checked(name), Kind::real, std::bit_cast<std::int64_t>(value));
}
void Layer::set_bool(AnnotationId id, StringId name, bool value) {
  set(id, checked(name), Kind::boolean, value ? 1 : 0);
}
void Layer::set_ref(AnnotationId id, StringId name, StringId target_layer, AnnotationId target) {
  set(id, checked(name), Kind::reference,
      static_cast<std::int64_t>(std::uint64_t{target} << 32 | checked(target_layer)));
  has_references_ = true;
}

FeatureValue Layer::value_of(const FeatureRecord& f) const {
  switch (f.kind()) {
    case Kind::string:
      return std::string(views_[static_cast<std::size_t>(f.bits)]);
    case Kind::integer:
      return f.bits;
    case Kind::real:
      return std::bit_cast<double>(f.bits);
    case Kind::boolean:
      return f.bits != 0;
    case Kind::reference:
      return AnnotationRef{std::string(views_[static_cast<std::uint32_t>(f.bits)]),
                           static_cast<AnnotationId>(static_cast<std::uint64_t>(f.bits) >> 32)};
  }
  throw Error("corrupt feature kind");
}

std::optional<FeatureValue> Layer::feature(AnnotationId id, std::string_view name) const {
  for (auto i = record(id).first_feature; i != kNone; i = features_[i].next) {
    if (same(views_[features_[i].name()], name)) return value_of(features_[i]);
  }
  return std::nullopt;
}

std::string_view Layer::string_feature(AnnotationId id, std::string_view name) const {
  for (auto i = record(id).first_feature; i != kNone; i = features_[i].next) {
    const FeatureRecord& f = features_[i];
    if (same(views_[f.name()], name)) {
      return f.kind() == Kind::string ? views_[static_cast<std::size_t>(f.bits)]
                                      : std::string_view();
    }
  }
  return {};
}

std::vector<Feature> Layer::features(AnnotationId id) const {
  std::vector<Feature> result;
  features(id, result);
  return result;
}

void Layer::features(AnnotationId id, std::vector<Feature>& out) const {
  out.clear();
  for (auto i = record(id).first_feature; i != kNone; i = features_[i].next) {
    out.push_back({views_[features_[i].name()], value_of(features_[i])});
  }
}

void Layer::features(AnnotationId id, std::vector<FeatureView>& out) const {
  out.clear();
  for (auto i = record(id).first_feature; i != kNone; i = features_[i].next) {
    const FeatureRecord& f = features_[i];
    FeatureView& view = out.emplace_back();
    view.name = views_[f.name()];
    view.kind = f.kind();
    switch (f.kind()) {
      case Kind::string:
        view.text = views_[static_cast<std::size_t>(f.bits)];
        break;
      case Kind::integer:
        view.integer = f.bits;
        break;
      case Kind::real:
        view.real = std::bit_cast<double>(f.bits);
        break;
      case Kind::boolean:
        view.integer = f.bits != 0 ? 1 : 0;
        break;
      case Kind::reference:
        view.text = views_[static_cast<std::uint32_t>(f.bits)];
        view.integer = static_cast<std::int64_t>(static_cast<std::uint64_t>(f.bits) >> 32);
        break;
    }
  }
}

bool Layer::in_offset_order() const {
  return std::is_sorted(records_.begin(), records_.end(), comes_before);
}

std::vector<AnnotationId> Layer::ids_by_offset() const {
  std::vector<AnnotationId> ids;
  ids_by_offset(ids);
  return ids;
}

void Layer::ids_by_offset(std::vector<AnnotationId>& out) const {
  out.resize(records_.size());
  std::iota(out.begin(), out.end(), AnnotationId{0});
  // Tokenizers and splitters add in text order: checking is cheaper than sorting.
  if (!in_offset_order()) {
    std::stable_sort(out.begin(), out.end(), [this](AnnotationId a, AnnotationId b) {
      return comes_before(records_[a], records_[b]);
    });
  }
}

}  // namespace strata
