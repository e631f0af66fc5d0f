#include "features.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <utility>

#include "feature_templates.hpp"
#include "hashing.hpp"
#include "strata/error.hpp"
#include "trigger_words.hpp"

namespace strata::entities {
namespace {

constexpr std::size_t kTemplateCount = static_cast<std::size_t>(Template::count);

// A seed per template, so that equal values under different templates hash apart.
constexpr std::array<std::uint64_t, kTemplateCount> kSeeds = [] {
  std::array<std::uint64_t, kTemplateCount> seeds{};
  for (std::size_t t = 0; t < kTemplateCount; ++t) seeds[t] = mix64(0x7e3a9c1d00000000ull + t);
  return seeds;
}();

// What lies beyond the sentence's ends, as a neighbouring token.
TokenInfo boundary(std::string_view name) {
  TokenInfo info;
  info.word = hash_string(name);
  info.shape = info.word;
  info.short_shape = info.word;
  return info;
}

// Most features' first value is small (a position, an offset, a capitalisation): the seed
// combined with each such value, worked out once, saves a combine() per feature.
constexpr std::uint64_t kSmallValues = 16;
constexpr std::array<std::array<std::uint64_t, kSmallValues>, kTemplateCount> kSeededSmall = [] {
  std::array<std::array<std::uint64_t, kSmallValues>, kTemplateCount> seeded{};
  for (std::size_t t = 0; t < kTemplateCount; ++t) {
    for (std::uint64_t v = 0; v < kSmallValues; ++v) seeded[t][v] = combine(kSeeds[t], v);
  }
  return seeded;
}();

// At namespace scope rather than function statics: at() runs some thirty times a token, and
// need not test a guard each time.
const TokenInfo kBefore = boundary("<s>");
const TokenInfo kAfter = boundary("</s>");

// Hashes features (a template and up to three values) into buckets appended to a vector.
class BucketSink {
 public:
  BucketSink(unsigned bucket_bits, std::vector<std::uint32_t>& out)
      : shift_(64 - bucket_bits), out_(out) {}

  void emit(Template t) { push(kSeeds[static_cast<std::size_t>(t)]); }

  template <typename First, typename... Rest>
  void emit(Template t, First first, Rest... rest) {
    const auto value = static_cast<std::uint64_t>(first);
    const auto index = static_cast<std::size_t>(t);
    std::uint64_t key =
        value < kSmallValues ? kSeededSmall[index][value] : combine(kSeeds[index], value);
    ((key = combine(key, static_cast<std::uint64_t>(rest))), ...);
    push(key);
  }

 private:
  void push(std::uint64_t key) { out_.push_back(static_cast<std::uint32_t>(key >> shift_)); }

  unsigned shift_;
  std::vector<std::uint32_t>& out_;
};

// The roles of a word in the gazetteer's names, seen from `offset` (-1, 0, 1).
void name_word_features(const TokenInfo& other, int offset, BucketSink& sink) {
  for (std::uint64_t bits = other.name_roles; bits != 0; bits &= bits - 1) {
    sink.emit(Template::name_word, offset + 1, std::countr_zero(bits), other.capitalised());
  }
}

// Emits the features that the token `offset` tokens away (0: the token itself) gives a
// position: they depend on that token's text and the offset alone.
void emit_token(const TokenInfo& t, int offset, BucketSink& sink) {
  if (offset == 0) {
    const auto cap = static_cast<std::uint64_t>(t.capitalization);
    sink.emit(Template::bias);
    sink.emit(Template::word, t.word);
    sink.emit(Template::word_capitalization, t.word, cap);
    sink.emit(Template::shape, t.shape);
    sink.emit(Template::short_shape, t.short_shape);
    for (std::uint64_t k = 0; k < 4; ++k) {
      if (t.prefixes[k] != 0) sink.emit(Template::prefix, k, t.prefixes[k]);
      if (t.suffixes[k] != 0) sink.emit(Template::suffix, k, t.suffixes[k]);
    }
    sink.emit(Template::length, std::min<std::uint64_t>(t.length, 12));
  } else if (offset >= -2 && offset <= 2) {
    sink.emit(Template::neighbour_word, offset + 2, t.word);
    sink.emit(Template::neighbour_shape, offset + 2, t.short_shape);
    if (offset == -1 || offset == 1)
      sink.emit(Template::neighbour_suffix, (offset + 1) / 2, t.suffixes[2]);
  }
  for (unsigned bits = t.triggers; bits != 0; bits &= bits - 1) {
    sink.emit(Template::trigger, offset + 3, bits & (~bits + 1));
  }
  if (offset >= -1 && offset <= 1) name_word_features(t, offset, sink);
}

// Emits the first pass's features of one position but those of emit_token: what pairs and
// runs of tokens, the gazetteer's matches and the document say.
class PositionFeatures {
 public:
  PositionFeatures(const TokenWorkspace& workspace,
                   const std::vector<GazetteerCategory>& categories, BucketSink& sink)
      : infos_(workspace.tokens), workspace_(workspace), categories_(categories), sink_(sink) {}

  void emit_context(std::size_t i) {
    const TokenInfo& t = infos_[i];
    const auto cap = static_cast<std::uint64_t>(t.capitalization);
    sink_.emit(Template::capitalization, cap, i == 0);
    const std::array<std::uint64_t, 4>& pairs = pairs_around(i);
    sink_.emit(Template::bigram, 0, pairs[1]);
    sink_.emit(Template::bigram, 1, pairs[2]);
    sink_.emit(Template::bigram, 2, pairs[0]);
    sink_.emit(Template::bigram, 3, pairs[3]);
    sink_.emit(Template::capitalization_window,
               static_cast<std::uint64_t>(at(i, -1).capitalization) * 64 + cap * 8 +
                   static_cast<std::uint64_t>(at(i, 1).capitalization));
    sink_.emit(Template::word_before_shape, at(i, -1).word, t.short_shape);
    sink_.emit(Template::shape_word_after, t.short_shape, at(i, 1).word);
    gazetteer_features(i);
    if (t.run_first < t.run_last) run_features(i);
    if (t.capitalised()) document_features(i, t);
  }

  // emit_token's features of the tokens around position i (and of i itself).
  void emit_tokens(std::size_t i) {
    for (int k = FeatureExtractor::kFirstOffset; k <= FeatureExtractor::kLastOffset; ++k) {
      emit_token(at(i, k), k, sink_);
    }
  }

  // The words of the pairs (i-2, i-1), (i-1, i), (i, i+1) and (i+1, i+2) combined, which the
  // bigrams hash. Positions come in order, and each pair is then one of the four of four
  // positions in a row: worked out once, when it comes into view, instead of four times.
  const std::array<std::uint64_t, 4>& pairs_around(std::size_t i) {
    const auto pair = [&](int k) { return combine(at(i, k - 1).word, at(i, k).word); };
    if (pairs_valid_ && i == pairs_position_ + 1) {
      std::copy(pairs_.begin() + 1, pairs_.end(), pairs_.begin());
      pairs_[3] = pair(2);
    } else {
      pairs_ = {pair(-1), pair(0), pair(1), pair(2)};
    }
    pairs_position_ = i;
    pairs_valid_ = true;
    return pairs_;
  }

  const TokenInfo& at(std::size_t i, int offset) const {
    const auto j = static_cast<std::ptrdiff_t>(i) + offset;
    if (j < 0) return kBefore;
    if (j >= static_cast<std::ptrdiff_t>(infos_.size())) return kAfter;
    return infos_[static_cast<std::size_t>(j)];
  }

  // The gazetteer codes of token j (category * 4 + position).
  std::span<const std::uint32_t> codes(std::size_t j) const {
    const auto& starts = workspace_.gazetteer_starts;
    return std::span(workspace_.gazetteer_codes).subspan(starts[j], starts[j + 1] - starts[j]);
  }

  void gazetteer_features(std::size_t i) {
    for (const int k : {-1, 0, 1}) {
      const auto j = static_cast<std::ptrdiff_t>(i) + k;
      if (j < 0 || j >= static_cast<std::ptrdiff_t>(infos_.size())) continue;
      for (const std::uint32_t code : codes(static_cast<std::size_t>(j))) {
        sink_.emit(Template::gazetteer, categories_[code / 4].key, (k + 1) * 4 + code % 4);
      }
    }
  }

  void run_features(std::size_t i) {
    const TokenInfo& t = infos_[i];
    const std::size_t first = t.run_first;
    const std::size_t last = t.run_last;
    const auto position = static_cast<std::uint64_t>(span_position(i, first, last));
    sink_.emit(Template::name_run, position, std::min<std::size_t>(last - first, 4));
    // Context 0, 1: the words just before and after the run ("a Roma", "Obama ha detto").
    sink_.emit(Template::name_run_context, 0, at(first, -1).word);
    sink_.emit(Template::name_run_context, 1, at(last - 1, 1).word);
    // 2: a title in the three words before the run ("il ministro dell'Interno Rossi"), an
    // organisation head or suffix somewhere in the run, a place head starting it.
    bool title = false;
    for (int k = 1; k <= 3; ++k) title = title || (at(first, -k).triggers & kPersonTitle) != 0;
    bool org = false;
    for (std::size_t j = first; j < last; ++j) {
      org = org || (infos_[j].triggers & (kOrgHead | kOrgSuffix)) != 0;
    }
    const bool place_head = (infos_[first].triggers & kPlaceHead) != 0;
    sink_.emit(Template::name_run_context, 2, title + 2 * org + 4 * place_head);
    // 3: the organisation evidence, and whether this token is the head itself.
    sink_.emit(Template::name_run_context, 3, org + 2 * ((t.triggers & kOrgHead) != 0));
    // 4: what the gazetteer says of the run's first token, with this token's place in the run.
    for (const std::uint32_t code : codes(first)) {
      sink_.emit(Template::name_run_context, 4, combine(categories_[code / 4].key, code % 4),
                 position);
    }
  }

  // How the document uses the word elsewhere: capitalised inside sentences or in lower case,
  // and the words around its capitalised occurrences.
  void document_features(std::size_t i, const TokenInfo& t) {
    const DocumentContext::WordUse none;
    const DocumentContext::WordUse& use = t.use != nullptr ? *t.use : none;
    sink_.emit(Template::document_use, i == 0, use.capitalised_inside * 2 + use.lower_case);
    for (std::size_t k = 0; k < use.before_count; ++k) {
      sink_.emit(Template::document_neighbour, 0, use.before[k]);
    }
    for (std::size_t k = 0; k < use.after_count; ++k) {
      sink_.emit(Template::document_neighbour, 1, use.after[k]);
    }
  }

  const std::vector<TokenInfo>& infos_;
  const TokenWorkspace& workspace_;
  const std::vector<GazetteerCategory>& categories_;
  BucketSink& sink_;
  std::array<std::uint64_t, 4> pairs_{};  // pairs_around(pairs_position_)
  std::size_t pairs_position_ = 0;
  bool pairs_valid_ = false;
};

// The second pass's features of a capitalised token: how the first pass tagged the word's
// other occurrences in the document (by type, by position in the entity, outside any, the
// commonest), and this occurrence.
void label_features(const DocumentLabels& labels, std::uint64_t word, std::size_t own_slot,
                    BucketSink& sink) {
  const std::optional<DocumentLabels::Counts> counts = labels.counts(word);
  if (!counts) return;
  const std::size_t outside_slot = labels.types() * 4;
  const auto others = [&](std::size_t slot) -> std::size_t {
    const std::size_t count = slot < outside_slot ? counts->in_entity[slot] : counts->outside;
    return count - (slot == own_slot ? 1 : 0);
  };
  sink.emit(Template::document_label, 5, own_slot);
  std::size_t commonest = outside_slot;
  std::size_t commonest_count = others(outside_slot);
  std::size_t total = commonest_count;
  for (std::size_t type = 0; type < labels.types(); ++type) {
    std::size_t in_type = 0;
    for (std::size_t position = 0; position < 4; ++position) {
      const std::size_t n = others(type * 4 + position);
      if (n > 0) sink.emit(Template::document_label, 1, type * 4 + position);
      in_type += n;
    }
    if (in_type > 0) {
      sink.emit(Template::document_label, 0, type, std::min<std::size_t>(in_type, 3));
    }
    if (in_type > commonest_count) {
      commonest_count = in_type;
      commonest = type * 4;
    }
    total += in_type;
  }
  if (others(outside_slot) > 0) {
    sink.emit(Template::document_label, 2, std::min<std::size_t>(others(outside_slot), 3));
  }
  if (total == 0) {
    sink.emit(Template::document_label, 4);
  } else {
    sink.emit(Template::document_label, 3, commonest);
  }
}

// The first pass's features of each token of a described sentence, with or without those of
// emit_token.
void emit_positions(const TokenWorkspace& workspace,
                    const std::vector<GazetteerCategory>& categories, unsigned bucket_bits,
                    bool with_tokens, SentenceFeatures& out) {
  out.clear();
  BucketSink sink(bucket_bits, out.buckets);
  PositionFeatures features(workspace, categories, sink);
  for (std::size_t i = 0; i < workspace.tokens.size(); ++i) {
    out.starts.push_back(static_cast<std::uint32_t>(out.buckets.size()));
    if (with_tokens) features.emit_tokens(i);
    features.emit_context(i);
  }
  out.starts.push_back(static_cast<std::uint32_t>(out.buckets.size()));
}

}  // namespace

FeatureExtractor::FeatureExtractor(const Gazetteer& gazetteer, unsigned bucket_bits)
    : gazetteer_(&gazetteer), bucket_bits_(bucket_bits) {
  if (bucket_bits < kMinBucketBits || bucket_bits > kMaxBucketBits) {
    throw Error("feature hashing takes " + std::to_string(kMinBucketBits) + " to " +
                std::to_string(kMaxBucketBits) + " bits, not " + std::to_string(bucket_bits));
  }
}

void FeatureExtractor::extract(std::span<const std::string_view> tokens,
                               const DocumentContext& document, TokenWorkspace& workspace,
                               SentenceFeatures& out) const {
  describe_tokens(tokens, document, *gazetteer_, workspace);
  emit_positions(workspace, gazetteer_->categories(), bucket_bits_, true, out);
}

void FeatureExtractor::token_features(const TokenInfo& token, int offset,
                                      std::vector<std::uint32_t>& out) const {
  if (offset < kFirstOffset || offset > kLastOffset) {
    throw Error("token features at offset " + std::to_string(offset) + ", outside " +
                std::to_string(kFirstOffset) + ".." + std::to_string(kLastOffset));
  }
  BucketSink sink(bucket_bits_, out);
  emit_token(token, offset, sink);
}

const TokenInfo& FeatureExtractor::before_sentence() {
  return kBefore;
}
const TokenInfo& FeatureExtractor::after_sentence() {
  return kAfter;
}

void FeatureExtractor::context_features(const TokenWorkspace& workspace,
                                        SentenceFeatures& out) const {
  emit_positions(workspace, gazetteer_->categories(), bucket_bits_, false, out);
}

void FeatureExtractor::append_label_keys(std::span<const TokenInfo> tokens,
                                         std::vector<LabelKey>& out) {
  for (const TokenInfo& token : tokens) out.push_back({token.word, token.capitalised()});
}

void FeatureExtractor::emit_labels(std::span<const LabelKey> tokens,
                                   std::span<const Tag> first_pass, const DocumentLabels& labels,
                                   const SentenceFeatures* own, SentenceFeatures& out) const {
  out.clear();
  BucketSink sink(bucket_bits_, out.buckets);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out.starts.push_back(static_cast<std::uint32_t>(out.buckets.size()));
    if (own != nullptr) {
      const std::span<const std::uint32_t> features = own->at(i);
      out.buckets.insert(out.buckets.end(), features.begin(), features.end());
    }
    const LabelKey& token = tokens[i];
    if (token.capitalised) {
      const std::size_t slot = labels.slot(first_pass[i], entity_position(first_pass, i));
      label_features(labels, token.word, slot, sink);
    }
  }
  out.starts.push_back(static_cast<std::uint32_t>(out.buckets.size()));
}

void FeatureExtractor::add_label_features(std::span<const TokenInfo> tokens,
                                          std::span<const Tag> first_pass,
                                          const DocumentLabels& labels, SentenceFeatures& merged,
                                          SentenceFeatures& features) const {
  std::vector<LabelKey> keys;
  append_label_keys(tokens.first(features.size()), keys);
  emit_labels(keys, first_pass, labels, &features, merged);
  std::swap(merged, features);
}

void FeatureExtractor::label_features_only(std::span<const LabelKey> tokens,
                                           std::span<const Tag> first_pass,
                                           const DocumentLabels& labels,
                                           SentenceFeatures& out) const {
  emit_labels(tokens, first_pass, labels, nullptr, out);
}

}  // namespace strata::entities
