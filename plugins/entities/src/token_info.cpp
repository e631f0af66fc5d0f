#include "token_info.hpp"

#include "characters.hpp"
#include "hashing.hpp"
#include "strata/case_folding.hpp"
#include "trigger_words.hpp"

namespace strata::entities {
namespace {

// Hashes the normalized form whole and its 1..4-character prefixes on the way, then the
// 1..4-character suffixes.
void hash_affixes(std::string_view normal, TokenInfo& info) {
  Fnv1a hash;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < normal.size(); ++i) {
    if (i > 0 && starts_character(normal[i]) && characters < 4) {
      info.prefixes[characters++] = hash.value();
    }
    hash.add(static_cast<unsigned char>(normal[i]));
  }
  info.word = hash.value();
  if (characters < 4 && !normal.empty()) info.prefixes[characters] = info.word;
  std::size_t begin = normal.size();
  for (std::size_t k = 0; k < 4 && begin > 0; ++k) {
    do --begin;
    while (begin > 0 && !starts_character(normal[begin]));
    info.suffixes[k] = hash_string(normal.substr(begin));
  }
}

void describe_one(std::string_view token, std::string& buffer, TokenInfo& info) {
  info = {};
  const std::string_view normal = fold_word(token, buffer);
  hash_affixes(normal, info);
  const WordShape shape = word_shape(token);
  info.shape = shape.shape;
  info.short_shape = shape.short_shape;
  info.capitalization = shape.capitalization;
  info.length = shape.length;
}

// Marks the runs of capitalised tokens, which connectors may join ("Banca d'Italia",
// "Bank of England") when a capitalised token follows them.
void mark_runs(std::vector<TokenInfo>& infos) {
  const std::size_t n = infos.size();
  std::size_t i = 0;
  while (i < n) {
    if (!infos[i].capitalised()) {
      ++i;
      continue;
    }
    std::size_t last = i + 1;
    while (last < n) {
      if (infos[last].capitalised()) {
        ++last;
      } else if ((infos[last].triggers & kConnector) != 0 && last + 1 < n &&
                 infos[last + 1].capitalised()) {
        last += 2;
      } else {
        break;
      }
    }
    for (std::size_t j = i; j < last; ++j) {
      infos[j].run_first = static_cast<std::uint32_t>(i);
      infos[j].run_last = static_cast<std::uint32_t>(last);
    }
    i = last;
  }
}

// Groups the matches' codes by token (a counting sort: matches come ordered by first token,
// but a token is covered by matches that start before it).
void index_matches(std::size_t n, TokenWorkspace& workspace) {
  std::vector<std::uint32_t>& starts = workspace.gazetteer_starts;
  starts.assign(n + 1, 0);
  for (const GazetteerMatch& m : workspace.matches) {
    for (std::uint32_t i = m.first; i < m.last; ++i) ++starts[i + 1];
  }
  for (std::size_t i = 0; i < n; ++i) starts[i + 1] += starts[i];
  workspace.gazetteer_codes.resize(starts[n]);
  std::vector<std::uint32_t>& next = workspace.gazetteer_next;
  next.assign(starts.begin(), starts.end() - 1);
  for (const GazetteerMatch& m : workspace.matches) {
    for (std::uint32_t i = m.first; i < m.last; ++i) {
      const auto position = static_cast<std::uint32_t>(span_position(i, m.first, m.last));
      workspace.gazetteer_codes[next[i]++] = m.category * 4 + position;
    }
  }
}

}  // namespace

void describe_word(std::string_view token, const Gazetteer& gazetteer, std::string& buffer,
                   WordDescription& out) {
  TokenInfo& info = out.info;
  describe_one(token, buffer, info);
  info.triggers = trigger_kinds_of(info.word);  // info.word is hash_string(normal)
  info.name_roles = gazetteer.word_roles(info.word);
  out.gazetteer = gazetteer_token(token, info.word, info.capitalization);
  out.name_starts = gazetteer.starts(out.gazetteer);
}

void complete_description(const DocumentContext& document, const Gazetteer& gazetteer,
                          TokenWorkspace& workspace) {
  for (TokenInfo& info : workspace.tokens) {
    if (info.capitalised()) info.use = document.use(info.word);
  }
  mark_runs(workspace.tokens);
  gazetteer.match(workspace.gazetteer_tokens, workspace.name_starts, workspace.matches);
  index_matches(workspace.tokens.size(), workspace);
}

void describe_tokens(std::span<const std::string_view> tokens, const DocumentContext& document,
                     const Gazetteer& gazetteer, TokenWorkspace& workspace) {
  const std::size_t n = tokens.size();
  workspace.tokens.resize(n);
  workspace.gazetteer_tokens.resize(n);
  workspace.name_starts.resize(n);
  WordDescription word;
  for (std::size_t i = 0; i < n; ++i) {
    describe_word(tokens[i], gazetteer, workspace.buffer, word);
    workspace.tokens[i] = word.info;
    workspace.gazetteer_tokens[i] = word.gazetteer;
    workspace.name_starts[i] = word.name_starts;
  }
  complete_description(document, gazetteer, workspace);
}

}  // namespace strata::entities
