#include "strata/layer.hpp"

#include <algorithm>
#include <bit>
#include <numeric>

#include "strata/error.hpp"

namespace strata {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

Layer::Layer(std::string name, std::string producer, std::string_view text)
    : name_(std::move(name)), producer_(std::move(producer)), text_(text) {}

AnnotationId Layer::add(Offset begin, Offset end, std::string_view type) {
  if (begin > end || end > text_.size()) {
    throw Error("layer '" + name_ + "': annotation [" + std::to_string(begin) + ", " +
                std::to_string(end) + ") is outside the text (" + std::to_string(text_.size()) +
                " bytes)");
  }
  if ((begin < text_.size() && is_continuation_byte(text_[begin])) ||
      (end < text_.size() && is_continuation_byte(text_[end]))) {
    throw Error("layer '" + name_ + "': annotation [" + std::to_string(begin) + ", " +
                std::to_string(end) + ") cuts a UTF-8 character");
  }
  if (records_.size() >= kNone) throw Error("layer '" + name_ + "': too many annotations");
  records_.push_back({begin, end, intern(type), kNone});
  return static_cast<AnnotationId>(records_.size() - 1);
}

const Layer::Record& Layer::record(AnnotationId id) const {
  if (id >= records_.size()) {
    throw Error("layer '" + name_ + "' has no annotation " + std::to_string(id));
  }
  return records_[id];
}

std::uint32_t Layer::intern(std::string_view s) {
  if (auto found = string_ids_.find(s); found != string_ids_.end()) return found->second;
  const auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.emplace_back(s);
  string_ids_.emplace(strings_.back(), id);
  return id;
}

void Layer::set(AnnotationId id, std::string_view name, Kind kind, std::int64_t bits,
                std::uint32_t ref_id) {
  record(id);  // checks the id
  const std::uint32_t name_id = intern(name);
  std::uint32_t* link = &records_[id].first_feature;
  while (*link != kNone) {
    FeatureRecord& existing = features_[*link];
    if (existing.name == name_id) {
      existing.kind = kind;
      existing.bits = bits;
      existing.ref_id = ref_id;
      return;
    }
    link = &existing.next;
  }
  *link = static_cast<std::uint32_t>(features_.size());
  features_.push_back({name_id, kNone, kind, ref_id, bits});
}

void Layer::set_string(AnnotationId id, std::string_view name, std::string_view value) {
  set(id, name, Kind::string, intern(value));
}
void Layer::set_int(AnnotationId id, std::string_view name, std::int64_t value) {
  set(id, name, Kind::integer, value);
}
void Layer::set_real(AnnotationId id, std::string_view name, double value) {
  set(id, name, Kind::real, std::bit_cast<std::int64_t>(value));
}
void Layer::set_bool(AnnotationId id, std::string_view name, bool value) {
  set(id, name, Kind::boolean, value ? 1 : 0);
}
void Layer::set_ref(AnnotationId id, std::string_view name, const AnnotationRef& target) {
  set(id, name, Kind::reference, intern(target.layer), target.id);
}

FeatureValue Layer::value_of(const FeatureRecord& f) const {
  switch (f.kind) {
    case Kind::string:
      return std::string(strings_[static_cast<std::size_t>(f.bits)]);
    case Kind::integer:
      return f.bits;
    case Kind::real:
      return std::bit_cast<double>(f.bits);
    case Kind::boolean:
      return f.bits != 0;
    case Kind::reference:
      return AnnotationRef{strings_[static_cast<std::size_t>(f.bits)], f.ref_id};
  }
  throw Error("corrupt feature kind");
}

std::optional<FeatureValue> Layer::feature(AnnotationId id, std::string_view name) const {
  for (auto i = record(id).first_feature; i != kNone; i = features_[i].next) {
    if (strings_[features_[i].name] == name) return value_of(features_[i]);
  }
  return std::nullopt;
}

std::string_view Layer::string_feature(AnnotationId id, std::string_view name) const {
  for (auto i = record(id).first_feature; i != kNone; i = features_[i].next) {
    const FeatureRecord& f = features_[i];
    if (strings_[f.name] == name) {
      return f.kind == Kind::string ? std::string_view(strings_[static_cast<std::size_t>(f.bits)])
                                    : std::string_view();
    }
  }
  return {};
}

std::vector<Feature> Layer::features(AnnotationId id) const {
  std::vector<Feature> result;
  for (auto i = record(id).first_feature; i != kNone; i = features_[i].next) {
    result.push_back({strings_[features_[i].name], value_of(features_[i])});
  }
  return result;
}

std::vector<AnnotationId> Layer::ids_by_offset() const {
  std::vector<AnnotationId> ids(records_.size());
  std::iota(ids.begin(), ids.end(), AnnotationId{0});
  std::stable_sort(ids.begin(), ids.end(), [this](AnnotationId a, AnnotationId b) {
    const Record& x = records_[a];
    const Record& y = records_[b];
    if (x.begin != y.begin) return x.begin < y.begin;
    return x.end > y.end;
  });
  return ids;
}

}  // namespace strata
