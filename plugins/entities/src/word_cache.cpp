#include "word_cache.hpp"

#include "strata/error.hpp"

namespace strata::entities {
namespace {

// The sums of what `info` gives the positions around it, at every offset. All the offsets'
// features first, and the memory asked for all their rows, before any is summed: the rows lie
// anywhere in a large table.
void sum_offsets(const TokenInfo& info, const FeatureExtractor& extractor,
                 const PairedEmission& emission, WordCache& cache, WordCache::Entry& entry) {
  std::array<std::size_t, WordCache::kOffsets + 1> ends{};
  cache.buckets.clear();
  for (int k = FeatureExtractor::kFirstOffset; k <= FeatureExtractor::kLastOffset; ++k) {
    extractor.token_features(info, k, cache.buckets);
    ends[static_cast<std::size_t>(k - FeatureExtractor::kFirstOffset) + 1] = cache.buckets.size();
  }
  for (const std::uint32_t bucket : cache.buckets) emission.prefetch(bucket);
  const std::span<const std::uint32_t> all = cache.buckets;
  for (std::size_t k = 0; k < WordCache::kOffsets; ++k) {
    entry.sums[k] = emission.sum_rows(all.subspan(ends[k], ends[k + 1] - ends[k]));
  }
}

}  // namespace

void WordCache::prepare(std::uint64_t owner) {
  if (owner == owner_ && entries_.size() < kMaxWords && words_.text_bytes() < kMaxText) return;
  owner_ = owner;
  words_.clear();
  entries_.clear();
  // Room for a full cache at once: growing by doubling would copy every entry and hold the
  // old and the new array together.
  entries_.reserve(kMaxWords);
}

void prepare_cache(WordCache& cache, const FeatureExtractor& extractor,
                   const PairedEmission& emission) {
  cache.prepare(emission.id());
  if (!cache.empty()) return;
  sum_offsets(FeatureExtractor::before_sentence(), extractor, emission, cache, cache.before);
  sum_offsets(FeatureExtractor::after_sentence(), extractor, emission, cache, cache.after);
}

void find_words(std::span<const std::string_view> tokens, const FeatureExtractor& extractor,
                const PairedEmission& emission, WordCache& cache, std::string& buffer,
                std::span<std::uint32_t> indices) {
  if (indices.size() != tokens.size()) {
    throw Error("find_words: " + std::to_string(indices.size()) + " entries for " +
                std::to_string(tokens.size()) + " tokens");
  }
  const auto make = [&](std::string_view token, WordCache::Entry& entry) {
    describe_word(token, extractor.gazetteer(), buffer, entry.word);
    sum_offsets(entry.word.info, extractor, emission, cache, entry);
  };
  // The cache is larger than the processor's: each step asks for what the next reads.
  std::vector<std::uint64_t>& keys = cache.keys;
  keys.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    keys[i] = WordCache::key(tokens[i]);
    cache.prefetch(keys[i]);
  }
  for (const std::uint64_t key : keys) cache.prefetch_word(key);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    indices[i] = cache.get(tokens[i], keys[i], make);
  }
}

void describe_cached(std::span<const std::string_view> tokens,
                     std::span<const std::uint32_t> indices, const DocumentContext& document,
                     const FeatureExtractor& extractor, const WordCache& cache,
                     TokenWorkspace& described, std::vector<PairedEmission::Sums>& token_sums,
                     SentenceFeatures& context) {
  const std::size_t n = tokens.size();
  if (indices.size() != n) {
    throw Error("describe_cached: " + std::to_string(indices.size()) + " entries for " +
                std::to_string(n) + " tokens");
  }
  // find_words ran over the whole document before: the entries are out of the processor's
  // caches again.
  for (const std::uint32_t index : indices) cache.prefetch_entry(index);
  described.tokens.resize(n);
  described.gazetteer_tokens.resize(n);
  described.name_starts.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const WordDescription& word = cache.entry(indices[i]).word;
    described.tokens[i] = word.info;
    described.gazetteer_tokens[i] = word.gazetteer;
    described.name_starts[i] = word.name_starts;
  }
  token_sums.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    PairedEmission::Sums acc{};
    for (int k = FeatureExtractor::kFirstOffset; k <= FeatureExtractor::kLastOffset; ++k) {
      const auto j = static_cast<std::ptrdiff_t>(i) + k;
      const WordCache::Entry& other = j < 0 ? cache.before
                                      : j >= static_cast<std::ptrdiff_t>(n)
                                          ? cache.after
                                          : cache.entry(indices[static_cast<std::size_t>(j)]);
      const PairedEmission::Sums& add =
          other.sums[static_cast<std::size_t>(k - FeatureExtractor::kFirstOffset)];
      for (std::size_t t = 0; t < acc.size(); ++t) acc[t] += add[t];
    }
    token_sums[i] = acc;
  }
  complete_description(document, extractor.gazetteer(), described);
  extractor.context_features(described, context);
}

}  // namespace strata::entities
