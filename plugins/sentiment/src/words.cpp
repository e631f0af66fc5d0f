#include "words.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "strata/case_folding.hpp"

namespace strata::sentiment {
namespace {

// "n't", "'s", "'m": English clitics the tokenizer cut from the word before.
bool is_clitic_part(std::string_view text) {
  return text == "n't" || text == "N'T" || (text.size() > 1 && text.front() == '\'');
}

// What folding one word into the buffer gave.
struct Folded {
  std::uint64_t hash;  // of the folded form, WordTable::hash
  bool all_caps;
};

// Eight ASCII bytes at a time: the top bit of each byte of `x` (all below 0x80) set where the
// byte is in [low, high]. A byte plus a constant crosses 0x80 exactly when it reaches a bound, and
// no sum carries into the next byte. Where a word has capitals follows no pattern the processor
// can predict, and its length none either: a loop over its bytes mispredicted about once a word.
constexpr std::uint64_t kEveryByte = 0x0101010101010101ULL;
constexpr std::uint64_t kTopBits = 0x80 * kEveryByte;
std::uint64_t bytes_in(std::uint64_t x, unsigned low, unsigned high) {
  return (x + (0x80 - low) * kEveryByte) & ~(x + (0x7F - high) * kEveryByte) & kTopBits;
}

// is_all_caps for a word with bytes outside ASCII, by Unicode's case properties, as Python's
// str.isupper that VADER asks: "QUESTO È BELLO" is all in capitals, and "È" among small letters
// is a word in capitals. A titlecase letter ("ǅ") counts as a small one, as there.
[[gnu::noinline]] bool is_all_caps_beyond_ascii(std::string_view word) {
  bool upper = false;
  const auto length = static_cast<std::int32_t>(word.size());
  for (std::int32_t at = 0; at < length;) {
    UChar32 c = 0;
    U8_NEXT(word.data(), at, length, c);
    if (c < 0) continue;  // not UTF-8: neither capital nor small
    if (u_isULowercase(c) || u_istitle(c)) return false;
    upper = upper || u_isUUppercase(c);
  }
  return upper;
}

// append_folded for a word with bytes outside ASCII: through fold_word (in `scratch`). Apart, so
// that the ASCII path, nearly every word of a text, saves and restores fewer registers.
[[gnu::noinline]] Folded append_folded_through_fold_word(std::string_view text, FoldedText& out,
                                                         std::string& scratch) {
  const std::string_view folded = fold_word(text, scratch);
  out.append(folded);
  return {WordTable::hash(folded), is_all_caps_beyond_ascii(text)};
}

// Appends `text` folded to `out` and hashes it on the way: 8 bytes at a time for an ASCII word,
// nearly every word of a text; through fold_word for the others.
Folded append_folded(std::string_view text, FoldedText& out, std::string& scratch) {
  const std::size_t size = text.size();
  char* to = out.room(size);
  std::uint64_t h = WordTable::kHashStart;
  std::uint64_t capitals = 0;
  std::uint64_t smalls = 0;
  for (std::size_t at = 0; at < size; at += 8) {
    const std::uint64_t chunk = WordTable::chunk(text, at);
    if ((chunk & kTopBits) != 0) return append_folded_through_fold_word(text, out, scratch);
    const std::uint64_t capital = bytes_in(chunk, 'A', 'Z');
    capitals |= capital;
    smalls |= bytes_in(chunk, 'a', 'z');
    const std::uint64_t folded = chunk | capital >> 2;  // 0x80 >> 2 is the case bit, 0x20
    std::memcpy(to + at, &folded, sizeof folded);
    h = WordTable::hash_chunk(h, folded);
  }
  out.commit(size);
  return {WordTable::hash_end(h, size), capitals != 0 && smalls == 0};
}

// Whether token `next` is written right after token `before`, in the same text.
bool follows(const Token& before, const Token& next) {
  return next.begin == before.end && next.text.data() == before.text.data() + before.text.size();
}

// An emoticon of the lexicon found at a run of punctuation, or none (entry null).
struct Emoticon {
  const WordEntry* entry = nullptr;
  std::string form;        // folded, as the lexicon has it
  std::size_t last_token;  // the last of the tokens it takes
};

// The lexicon's entry for `form` if it is two characters or more: the lone commas and full stops
// that make most punctuation are not looked up.
const WordEntry* emoticon_entry(std::string_view form, const WordLists& lists) {
  const WordEntry* entry = form.size() >= 2 ? lists.find(form) : nullptr;
  return entry != nullptr && entry->has_valence() ? entry : nullptr;
}

// The emoticon that the punctuation tokens first..last, written together, start. The tokenizer
// splits emoticons: the letter or digit that ends ":D", ":P" or "<3" is a token of its own, and
// is taken when the emoticon with it is in the lexicon. A face whose last mark is repeated
// (":)))", ":((((") is looked up as the face.
Emoticon find_emoticon(std::span<const Token> tokens, std::size_t first, std::size_t last,
                       const WordLists& lists) {
  const char* begin = tokens[first].text.data();
  const std::string_view run(
      begin, static_cast<std::size_t>(tokens[last].text.data() + tokens[last].text.size() - begin));
  if (last + 1 < tokens.size() && tokens[last + 1].text.size() == 1 &&
      follows(tokens[last], tokens[last + 1]) &&
      std::isalnum(static_cast<unsigned char>(tokens[last + 1].text.front()))) {
    std::string with_letter(run);
    with_letter += static_cast<char>(std::tolower(tokens[last + 1].text.front()));
    if (const WordEntry* entry = emoticon_entry(with_letter, lists)) {
      return {entry, std::move(with_letter), last + 1};
    }
  }
  if (const WordEntry* entry = emoticon_entry(run, lists)) return {entry, std::string(run), last};
  const std::size_t repeated_from = run.find_last_not_of(run.back()) + 1;
  if (repeated_from > 0 && run.size() - repeated_from >= 2) {
    const std::string_view face = run.substr(0, repeated_from + 1);
    if (const WordEntry* entry = emoticon_entry(face, lists)) {
      return {entry, std::string(face), last};
    }
  }
  return {nullptr, {}, last};
}

}  // namespace

bool is_all_caps(std::string_view word) {
  bool upper = false;
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return is_all_caps_beyond_ascii(word);
    if (c >= 'a' && c <= 'z') return false;
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  return upper;
}

void Words::clear() {
  list_.clear();
  folded_.clear();
  offsets_.clear();
  first_tokens_.clear();
  part_starts_.clear();
  lookups_.clear();
}

SentenceWords Words::part(std::size_t p) const {
  const std::size_t first = part_starts_[p];
  const std::size_t last = p + 1 < part_starts_.size() ? part_starts_[p + 1] : list_.size();
  return {std::span<const Word>(list_).subspan(first, last - first),
          std::span<const std::uint32_t>(first_tokens_).subspan(first, last - first)};
}

Words words_of(std::span<const Token> tokens, const WordLists& lists) {
  Words words;
  words_of(tokens, lists, words);
  return words;
}

void words_of(std::span<const Token> tokens, const WordLists& lists, Words& words) {
  words.clear();
  add_words_of(tokens, lists, words);
  look_up_words(lists, words);
}

void add_words_of(std::span<const Token> tokens, const WordLists& lists, Words& words) {
  std::vector<Word>& list = words.list_;
  FoldedText& folded = words.folded_;
  std::vector<std::size_t>& offsets = words.offsets_;
  std::vector<std::uint32_t>& first_tokens = words.first_tokens_;
  std::vector<Words::Lookup>& lookups = words.lookups_;
  const std::size_t part_start = list.size();
  words.part_starts_.push_back(part_start);
  // The form of the last word so far: it is at the end of `folded`.
  const auto last_form = [&] { return folded.view().substr(offsets.back()); };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (is_neutral_kind(token.kind)) {
      offsets.push_back(folded.size());
      first_tokens.push_back(static_cast<std::uint32_t>(i));
      list.emplace_back();  // a neutral word that no list has: not worth a lookup
      continue;
    }
    if (is_word_kind(token.kind)) {
      const bool joins = list.size() > part_start && i > 0 && tokens[i - 1].end == token.begin &&
                         is_word_kind(tokens[i - 1].kind) && is_clitic_part(token.text);
      if (!joins) {
        offsets.push_back(folded.size());
        first_tokens.push_back(static_cast<std::uint32_t>(i));
        const Folded form = append_folded(token.text, folded, words.scratch_);
        // Filled in place: a Word built aside and copied in made the processor wait on stores
        // it could not forward.
        list.emplace_back().all_caps = form.all_caps;
        lookups.push_back({list.size() - 1, form.hash});
        lists.prefetch_filter(form.hash);
        continue;
      }
      // Only the word just folded is at the end of `folded`: a number or address before the
      // clitic has an empty form there, and joins it as an empty word would.
      append_folded(token.text, folded, words.scratch_);
      const std::uint64_t hash = WordTable::hash(last_form());
      if (lookups.empty() || lookups.back().word != list.size() - 1) {
        lookups.push_back({list.size() - 1, hash});  // the number's: it had no lookup
      } else {
        lookups.back().hash = hash;
      }
      continue;
    }
    // A run of punctuation written together is an emoticon if the lexicon knows it. Its
    // tokens must follow one another in memory too: one whose text NameMask replaced (inside a
    // name) is a run of its own, never read as part of the document's text.
    std::size_t last = i;
    while (last + 1 < tokens.size() && !is_word_kind(tokens[last + 1].kind) &&
           follows(tokens[last], tokens[last + 1])) {
      ++last;
    }
    const Emoticon emoticon = find_emoticon(tokens, i, last, lists);
    if (emoticon.entry != nullptr) {
      offsets.push_back(folded.size());
      first_tokens.push_back(static_cast<std::uint32_t>(i));
      folded.append(emoticon.form);
      list.push_back({{}, *emoticon.entry, false, true});
      last = emoticon.last_token;
    }
    i = last;
  }
}

void look_up_words(const WordLists& lists, Words& words) {
  std::vector<Word>& list = words.list_;
  const std::string_view folded = words.folded_.view();
  const std::vector<std::size_t>& offsets = words.offsets_;
  // Views only now: `folded` has stopped growing.
  for (std::size_t w = 0; w < list.size(); ++w) {
    const std::size_t end = w + 1 < list.size() ? offsets[w + 1] : folded.size();
    Word& word = list[w];
    word.folded = folded.substr(offsets[w], end - offsets[w]);
    word.rules_apply = word.rules_apply || lists.may_be_superlative(word.folded);
  }
  // The words the filter lets through; the others are in no list.
  std::vector<Words::Lookup>& lookups = words.lookups_;
  std::size_t kept = 0;
  for (const Words::Lookup& lookup : lookups) {
    if (lists.may_hold(lookup.hash)) lookups[kept++] = lookup;
  }
  lookups.resize(kept);
  // Each record asked for a few lookups before it is read: asked for all at once, they had
  // waited on one another for the processor's few outstanding misses.
  constexpr std::size_t kAhead = 8;
  for (std::size_t k = 0; k < std::min(kAhead, kept); ++k) lists.prefetch_record(lookups[k].hash);
  for (std::size_t k = 0; k < kept; ++k) {
    if (k + kAhead < kept) lists.prefetch_record(lookups[k + kAhead].hash);
    Word& word = list[lookups[k].word];
    if (const WordEntry* entry = lists.find(word.folded, lookups[k].hash)) {
      word.entry = *entry;
      // A word without valence of its own has one only at the end of an idiom: the rules leave
      // "un" of "un po'" and "the" of "the shit" at 0, and need not be asked.
      word.rules_apply = word.rules_apply || entry->has_valence() || entry->ends_idiom;
    }
  }
  lookups.clear();
}

}  // namespace strata::sentiment
