#include "gazetteer.hpp"

#include <algorithm>
#include <array>
#include <bit>

#include "hashing.hpp"
#include "name_tokens.hpp"
#include "strata/case_folding.hpp"
#include "strata/error.hpp"
#include "text_lines.hpp"

namespace strata::entities {
namespace {

constexpr std::uint64_t kSequenceSeed = 0x5eed5eed5eed5eedull;
constexpr std::string_view kTypographicApostrophe = "\u2019";

std::uint64_t surface_hash(std::string_view token) {
  Fnv1a hash;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token.substr(i, kTypographicApostrophe.size()) == kTypographicApostrophe) {
      hash.add('\'');
      i += kTypographicApostrophe.size() - 1;
    } else {
      hash.add(static_cast<unsigned char>(token[i]));
    }
  }
  return hash.value();
}

bool is_type_name(std::string_view type) {
  if (type.empty() || type.front() < 'A' || type.front() > 'Z') return false;
  return std::all_of(type.begin(), type.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// "Onu" for "ONU": for a one-word ASCII acronym of two or more letters, or "" for anything else.
std::string acronym_variant(std::span<const std::string_view> tokens) {
  if (tokens.size() != 1) return {};
  const std::string_view word = tokens.front();
  int letters = 0;
  for (const char c : word) {
    if (c >= 'a' && c <= 'z') return {};
    if (static_cast<unsigned char>(c) >= 0x80) return {};
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  if (letters < 2 || word.front() < 'A' || word.front() > 'Z') return {};
  std::string variant(word);
  for (std::size_t i = 1; i < variant.size(); ++i) {
    if (variant[i] >= 'A' && variant[i] <= 'Z') variant[i] = static_cast<char>(variant[i] + 32);
  }
  return variant;
}

// "PER, LOC, ORG".
std::string joined(std::span<const std::string_view> words) {
  std::string text;
  for (const std::string_view word : words) text.append(text.empty() ? "" : ", ").append(word);
  return text;
}

}  // namespace

GazetteerToken gazetteer_token(std::string_view token, std::uint64_t folded_hash,
                               Capitalization capitalization) {
  const bool caps = capitalization == Capitalization::none ||
                    capitalization == Capitalization::upper ||
                    capitalization == Capitalization::initial;
  return {surface_hash(token), folded_hash, caps, capitalization != Capitalization::none};
}

void Gazetteer::Table::add(std::span<const std::uint64_t> keys, std::uint32_t category_bit) {
  std::uint64_t sequence = kSequenceSeed;
  for (const std::uint64_t key : keys) sequence = combine(sequence, key);
  names[sequence] |= category_bit;
  index_name(sequence);
  add_start(keys.front(), static_cast<std::uint8_t>(keys.size()));
}

void Gazetteer::Table::index_name(std::uint64_t sequence) {
  if (names.size() * kBitsPerName > (std::size_t{1} << name_filter_bits)) {
    rebuild_name_filter();
    return;
  }
  const std::uint64_t bit = sequence >> (64 - name_filter_bits);
  name_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

void Gazetteer::Table::rebuild_name_filter() {
  // Twice the bits needed, so that adding names one by one rebuilds only now and then.
  name_filter_bits = 6;
  while ((std::size_t{1} << name_filter_bits) < 2 * kBitsPerName * names.size()) {
    ++name_filter_bits;
  }
  name_filter.assign((std::size_t{1} << name_filter_bits) / 64, 0);
  names.for_each([&](std::uint64_t sequence, std::uint32_t) {
    const std::uint64_t bit = sequence >> (64 - name_filter_bits);
    name_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
  });
}

void Gazetteer::Table::add_start(std::uint64_t first_key, std::uint8_t longest) {
  const std::uint64_t bit = first_key >> (64 - kFilterBits);
  first_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
  std::uint8_t& known = longest_from[first_key];
  known = std::max(known, longest);
}

void Gazetteer::Table::save(ByteWriter& out) const {
  save_map(names, out);
  save_map(longest_from, out);
}

void Gazetteer::Table::load(ByteReader& in, std::uint32_t category_bits) {
  read_map(in, [&](std::uint64_t key, std::uint64_t bits) {
    if (bits == 0 || (bits & ~std::uint64_t{category_bits}) != 0) {
      in.fail("model file corrupt (gazetteer categories)");
    }
    names[key] = static_cast<std::uint32_t>(bits);
  });
  rebuild_name_filter();
  read_map(in, [&](std::uint64_t key, std::uint64_t longest) {
    if (longest == 0 || longest > kMaxNameTokens) in.fail("model file corrupt (gazetteer names)");
    add_start(key, static_cast<std::uint8_t>(longest));
  });
}

void Gazetteer::add_list(std::string_view content, std::string_view source, Strength strength,
                         std::span<const std::string_view> types) {
  TextLines lines(content);
  while (const std::optional<std::string_view> next = lines.next()) {
    const std::string_view line = *next;
    if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '#') continue;
    const std::size_t tab = line.find_first_of("\t ");
    const std::string_view type = line.substr(0, tab);
    const auto where = [&] { return std::string(source) + ":" + std::to_string(lines.number()); };
    if (tab == std::string_view::npos || !is_type_name(type)) {
      throw Error(where() + ": expected TYPE<TAB>name with TYPE like LOC or ORG, found '" +
                  std::string(line) + "'");
    }
    // A second tab starts a third column, which no list has: taken into the name, it would
    // make a name no text holds.
    if (line.find('\t', tab + 1) != std::string_view::npos) {
      throw Error(where() + ": expected TYPE<TAB>name, found a third column after the name in '" +
                  std::string(line) + "'");
    }
    if (!types.empty() && std::find(types.begin(), types.end(), type) == types.end()) {
      throw Error(where() + ": type '" + std::string(type) + "' is not one of " + joined(types) +
                  ", in '" + std::string(line) + "'");
    }
    try {
      add(type, line.substr(tab + 1), strength);
    } catch (const Error& e) {
      throw Error(where() + ": " + e.what());
    }
  }
}

void Gazetteer::add(std::string_view type, std::string_view name, Strength strength) {
  if (from_model_) throw Error("a gazetteer read from a model takes no more names");
  const std::vector<std::string_view> tokens = name_tokens(name);
  if (tokens.empty() || tokens.size() > kMaxNameTokens) {
    throw Error("a name needs 1 to " + std::to_string(kMaxNameTokens) + " tokens: '" +
                std::string(name) + "'");
  }
  const std::uint32_t bit = 1u << category_index(type, strength);
  std::array<std::uint64_t, kMaxNameTokens> surface{};
  std::array<std::uint64_t, kMaxNameTokens> folded{};
  std::string buffer;
  Fnv1a entry;
  entry.add(type);
  entry.add(static_cast<unsigned char>(strength));
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    surface[i] = surface_hash(tokens[i]);
    const std::string_view normal = fold_word(tokens[i], buffer);
    folded[i] = hash_string(normal);
    entry.add('\x1f');
    entry.add(normal);
  }
  exact_.add(std::span(surface).first(tokens.size()), bit);
  folded_.add(std::span(folded).first(tokens.size()), bit);
  if (tokens.size() > 1) {
    const std::uint32_t category = std::countr_zero(bit);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].front() < 'A' || tokens[i].front() > 'Z') continue;  // "di", "l'", "1."
      const bool last = i + 1 == tokens.size();
      word_roles_[folded[i]] |= std::uint64_t{1} << (2 * category + (last ? 1 : 0));
    }
  }
  const std::string acronym = acronym_variant(tokens);
  if (!acronym.empty()) {
    const std::uint64_t key = surface_hash(acronym);
    exact_.add(std::span(&key, 1), bit);
  }
  if (entries_.insert(entry.value()).second) {
    ++size_;
    digest_ += mix64(entry.value());
  }
}

std::uint32_t Gazetteer::category_index(std::string_view type, Strength strength) {
  for (std::size_t i = 0; i < categories_.size(); ++i) {
    if (categories_[i].type == type && categories_[i].strength == strength) {
      return static_cast<std::uint32_t>(i);
    }
  }
  if (categories_.size() == kMaxCategories) {
    throw Error("a gazetteer has at most " + std::to_string(kMaxCategories) +
                " categories (type and strength)");
  }
  categories_.push_back({std::string(type), strength,
                         combine(hash_string(type), static_cast<std::uint64_t>(strength))});
  return static_cast<std::uint32_t>(categories_.size() - 1);
}

void Gazetteer::save(ByteWriter& out) const {
  out.u8(static_cast<std::uint8_t>(categories_.size()));
  for (const GazetteerCategory& category : categories_) {
    out.string(category.type);
    out.u8(static_cast<std::uint8_t>(category.strength));
  }
  out.u64(size_);
  out.u64(digest_);
  exact_.save(out);
  folded_.save(out);
  save_map(word_roles_, out);
}

Gazetteer Gazetteer::load(ByteReader& in) {
  Gazetteer gazetteer;
  const std::size_t categories = in.u8();
  if (categories > kMaxCategories) in.fail("model file corrupt (gazetteer categories)");
  for (std::size_t c = 0; c < categories; ++c) {
    const std::string type = in.string();
    const std::uint8_t strength = in.u8();
    if (!is_type_name(type) || strength > static_cast<std::uint8_t>(Strength::weak)) {
      in.fail("model file corrupt (gazetteer category)");
    }
    gazetteer.category_index(type, static_cast<Strength>(strength));
  }
  if (gazetteer.categories_.size() != categories) {
    in.fail("model file corrupt (gazetteer category)");
  }
  gazetteer.size_ = in.u64();
  gazetteer.digest_ = in.u64();
  const std::uint32_t bits = categories == 32 ? ~0u : (1u << categories) - 1;
  gazetteer.exact_.load(in, bits);
  gazetteer.folded_.load(in, bits);
  const std::uint64_t role_bits =
      categories == 32 ? ~std::uint64_t{0} : (std::uint64_t{1} << (2 * categories)) - 1;
  read_map(in, [&](std::uint64_t word, std::uint64_t roles) {
    if (roles == 0 || (roles & ~role_bits) != 0) {
      in.fail("model file corrupt (gazetteer word roles)");
    }
    gazetteer.word_roles_[word] = roles;
  });
  gazetteer.from_model_ = true;
  return gazetteer;
}

NameStarts Gazetteer::starts(const GazetteerToken& token) const {
  const auto single = [](const Table& table, std::uint64_t key) -> std::uint32_t {
    const std::uint32_t* found = table.names.find(combine(kSequenceSeed, key));
    return found == nullptr ? 0 : *found;
  };
  NameStarts starts;
  starts.exact = exact_.longest_start(token.surface);
  if (starts.exact > 0) starts.exact_single = single(exact_, token.surface);
  if (token.caps) starts.folded = folded_.longest_start(token.folded);
  // A folded name needs a letter (collect).
  if (starts.folded > 0 && token.has_letter) starts.folded_single = single(folded_, token.folded);
  return starts;
}

namespace {

// Calls visit(length, sequence) for each length 1..longest_start (within the sentence) of a
// candidate name starting at tokens[first], with the hash of its token sequence: as written,
// or folded (then only over tokens in capitals, and once a letter came).
template <typename Visit>
void for_each_candidate(std::span<const GazetteerToken> tokens, std::size_t first, bool folded,
                        std::size_t longest_start, Visit visit) {
  const std::size_t limit = std::min(longest_start, tokens.size() - first);
  std::uint64_t sequence = kSequenceSeed;
  bool letters = false;
  for (std::size_t length = 1; length <= limit; ++length) {
    const GazetteerToken& token = tokens[first + length - 1];
    if (folded && !token.caps) break;
    letters = letters || token.has_letter;
    sequence = combine(sequence, folded ? token.folded : token.surface);
    if (folded && !letters) continue;
    visit(length, sequence);
  }
}

}  // namespace

void Gazetteer::prefetch(const Table& table, std::span<const GazetteerToken> tokens,
                         std::size_t first, bool folded, std::size_t longest_start) const {
  for_each_candidate(tokens, first, folded, longest_start,
                     [&](std::size_t length, std::uint64_t sequence) {
                       if (length > 1) table.prefetch_name(sequence);
                     });
}

std::size_t Gazetteer::collect(const Table& table, std::span<const GazetteerToken> tokens,
                               std::size_t first, bool folded, std::size_t longest_start,
                               std::uint32_t single, std::uint32_t* masks) const {
  std::size_t found_longest = 0;
  for_each_candidate(
      tokens, first, folded, longest_start, [&](std::size_t length, std::uint64_t sequence) {
        // The one-token names came with the starts.
        const std::uint32_t* found = length == 1                   ? &single
                                     : table.may_be_name(sequence) ? table.names.find(sequence)
                                                                   : nullptr;
        if (found == nullptr || *found == 0) return;
        masks[length - 1] |= *found;
        found_longest = length;
      });
  return found_longest;
}

void Gazetteer::match(std::span<const GazetteerToken> tokens, std::span<const NameStarts> starts,
                      std::vector<GazetteerMatch>& out) const {
  if (starts.size() != tokens.size()) {
    throw Error("gazetteer match: " + std::to_string(starts.size()) + " name starts for " +
                std::to_string(tokens.size()) + " tokens");
  }
  out.clear();
  std::array<std::size_t, kMaxCategories> covered_until{};
  std::array<std::uint32_t, kMaxNameTokens> masks{};  // zero again after each use
  // The tables are larger than the processor's caches: ask for every candidate first, so that
  // the memory's answers overlap.
  for (std::size_t first = 0; first < tokens.size(); ++first) {
    prefetch(exact_, tokens, first, false, starts[first].exact);
    if (tokens[first].caps) prefetch(folded_, tokens, first, true, starts[first].folded);
  }
  for (std::size_t first = 0; first < tokens.size(); ++first) {
    const NameStarts& at = starts[first];
    std::size_t longest =
        collect(exact_, tokens, first, false, at.exact, at.exact_single, masks.data());
    if (tokens[first].caps) {
      longest = std::max(longest, collect(folded_, tokens, first, true, at.folded, at.folded_single,
                                          masks.data()));
    }
    if (longest == 0) continue;  // most tokens start no name
    std::uint32_t free = 0;
    for (std::size_t c = 0; c < categories_.size(); ++c) {
      if (covered_until[c] <= first) free |= 1u << c;
    }
    for (std::size_t length = longest; length > 0; --length) {
      std::uint32_t taken = masks[length - 1] & free;
      masks[length - 1] = 0;
      free &= ~taken;
      while (taken != 0) {
        const auto category = static_cast<std::uint32_t>(std::countr_zero(taken));
        taken &= taken - 1;
        out.push_back({static_cast<std::uint32_t>(first),
                       static_cast<std::uint32_t>(first + length), category});
        covered_until[category] = first + length;
      }
    }
  }
}

void Gazetteer::match(std::span<const GazetteerToken> tokens,
                      std::vector<GazetteerMatch>& out) const {
  std::vector<NameStarts> starts(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) starts[i] = this->starts(tokens[i]);
  match(tokens, starts, out);
}

std::vector<GazetteerMatch> Gazetteer::match(std::span<const std::string_view> tokens) const {
  std::vector<GazetteerToken> keys;
  std::string buffer;
  for (const std::string_view token : tokens) {
    keys.push_back(gazetteer_token(token, hash_string(fold_word(token, buffer)),
                                   word_shape(token).capitalization));
  }
  std::vector<GazetteerMatch> matches;
  match(keys, matches);
  return matches;
}

}  // namespace strata::entities
