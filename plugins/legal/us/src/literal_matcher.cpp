#include "literal_matcher.hpp"

#include <algorithm>
#include <queue>

namespace strata::legal::us {
namespace {

bool is_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

}  // namespace

std::size_t LiteralMatcher::add(std::string_view key) {
  std::string squeezed;
  for (const char c : key)
    if (!is_space(static_cast<unsigned char>(c))) squeezed += c;
  keys_.push_back(std::move(squeezed));
  return keys_.size() - 1;
}

void LiteralMatcher::build() {
  // Columns only for bytes some key uses keep the table small (about 90 columns, not 256).
  for (const auto& key : keys_)
    for (const char c : key) {
      auto& column = class_of_[static_cast<unsigned char>(c)];
      if (column == 0) column = static_cast<std::uint8_t>(classes_++);
    }
  // The trie, with -1 for missing edges.
  next_.assign(classes_, -1);
  output_.assign(1, -1);
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    std::size_t state = 0;
    for (const char c : keys_[k]) {
      const std::size_t cell = state * classes_ + class_of_[static_cast<unsigned char>(c)];
      if (next_[cell] < 0) {
        next_[cell] = static_cast<std::int32_t>(output_.size());
        output_.push_back(-1);
        next_.resize(next_.size() + classes_, -1);
      }
      state = static_cast<std::size_t>(next_[cell]);
    }
    if (output_[state] < 0) output_[state] = static_cast<std::int32_t>(k);
    longest_ = std::max(longest_, keys_[k].size());
  }
  // Breadth first: failure links become DFA edges, and each state learns the nearest state on
  // its suffix chain that ends a key.
  std::vector<std::int32_t> fail(output_.size(), 0);
  further_.assign(output_.size(), -1);
  std::queue<std::size_t> queue;
  for (std::size_t c = 0; c < classes_; ++c) {
    if (next_[c] < 0) {
      next_[c] = 0;
    } else {
      queue.push(static_cast<std::size_t>(next_[c]));
    }
  }
  while (!queue.empty()) {
    const std::size_t state = queue.front();
    queue.pop();
    const auto f = static_cast<std::size_t>(fail[state]);
    further_[state] = output_[f] >= 0 ? static_cast<std::int32_t>(f) : further_[f];
    for (std::size_t c = 0; c < classes_; ++c) {
      auto& edge = next_[state * classes_ + c];
      const std::int32_t through_fail = next_[f * classes_ + c];
      if (edge < 0) {
        edge = through_fail;
      } else {
        fail[static_cast<std::size_t>(edge)] = through_fail;
        queue.push(static_cast<std::size_t>(edge));
      }
    }
  }
}

std::vector<LiteralMatcher::Hit> LiteralMatcher::scan(std::string_view text) const {
  std::vector<Hit> hits;
  // Where each of the last `ring` non-space bytes was, to give a hit its first byte.
  std::size_t ring = 1;
  while (ring < longest_) ring <<= 1;
  std::vector<std::size_t> where(ring);
  std::size_t seen = 0;
  std::size_t state = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (is_space(byte)) continue;
    where[seen++ & (ring - 1)] = i;
    state = static_cast<std::size_t>(next_[state * classes_ + class_of_[byte]]);
    for (auto s = output_[state] >= 0 ? static_cast<std::int32_t>(state) : further_[state]; s >= 0;
         s = further_[static_cast<std::size_t>(s)]) {
      const auto key = static_cast<std::size_t>(output_[static_cast<std::size_t>(s)]);
      const std::size_t first = where[(seen - keys_[key].size()) & (ring - 1)];
      hits.push_back({key, first, i + 1});
    }
  }
  return hits;
}

}  // namespace strata::legal::us
