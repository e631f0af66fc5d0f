#include "language_detector.hpp"

#include <algorithm>

#include "ascii_scan.hpp"
#include "char_class.hpp"
#include "punctuation.hpp"
#include "utf8.hpp"

namespace strata::tokens {
namespace {

// Counts the function words of each language among the words offered to it.
class Tally {
 public:
  Tally(const WordList& languages, WordList::Tags italian, WordList::Tags english)
      : languages_(languages), italian_(italian), english_(english) {}

  // Counts `form` for the one language that has it ("in", "a", "me" are in both lists and
  // count for neither); says whether either list has it.
  bool count(std::string_view form) {
    const WordList::Tags tags = languages_.tags(form);
    if (tags == italian_) ++italian_hits_;
    if (tags == english_) ++english_hits_;
    return tags != 0;
  }

  // Whether one language leads decisively: at least kDecisiveHits function words, and
  // kDecisiveRatio times as many as the other.
  bool decided() const {
    const std::size_t most = std::max(italian_hits_, english_hits_);
    return most >= LanguageDetector::kDecisiveHits &&
           most >= LanguageDetector::kDecisiveRatio * std::min(italian_hits_, english_hits_);
  }

  std::size_t italian_hits() const { return italian_hits_; }
  std::size_t english_hits() const { return english_hits_; }

 private:
  const WordList& languages_;
  WordList::Tags italian_;
  WordList::Tags english_;
  std::size_t italian_hits_ = 0;
  std::size_t english_hits_ = 0;
};

bool is_letter_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && classify(decode_at(text, pos).code_point) == CharClass::letter;
}

std::size_t end_of_letters(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const Decoded d = decode_at(text, pos);
    const CharClass c = classify(d.code_point);
    if (c != CharClass::letter && c != CharClass::mark) break;
    pos = d.next;
  }
  return pos;
}

// Where an apostrophe that directly follows `end` and precedes a letter ends, or 0.
std::size_t elision_end(std::string_view text, std::size_t end) {
  if (end >= text.size()) return 0;
  const Decoded d = decode_at(text, end);
  return is_apostrophe(d.code_point) && is_letter_at(text, d.next) ? d.next : 0;
}

// Where the apostrophe that directly precedes `begin`, after a letter, starts; or npos.
std::size_t clitic_begin(std::string_view text, std::size_t begin) {
  if (begin == 0) return std::string_view::npos;
  const std::size_t apostrophe = previous_boundary(text, begin);
  if (!is_apostrophe(decode_at(text, apostrophe).code_point) || apostrophe == 0) {
    return std::string_view::npos;
  }
  const std::size_t before = previous_boundary(text, apostrophe);
  return is_letter_at(text, before) ? apostrophe : std::string_view::npos;
}

// Where reading words stopped: after `words` words, at byte `end`.
struct Sample {
  std::size_t words = 0;
  std::size_t end = 0;
};

// Counts the function words among at most `max_words` words of `text` from byte `from` on (a
// word start or a non-letter), stopping sooner with `stop_when_decided` once one language leads
// decisively. Reading on from a sample's end counts as if the two were read at once.
Sample read_words(std::string_view text, std::size_t from, std::size_t max_words, Tally& tally,
                  bool stop_when_decided) {
  std::size_t words = 0;
  std::size_t pos = skip_ascii_non_letters(text, from);
  // ASCII is skipped eight bytes at a time; the rest is classified a character at a time.
  for (; pos < text.size() && words < max_words; pos = skip_ascii_non_letters(text, pos)) {
    if (stop_when_decided && tally.decided()) break;
    if (!is_letter_at(text, pos)) {
      pos = decode_at(text, pos).next;
      continue;
    }
    const std::size_t begin = pos;
    pos = end_of_letters(text, skip_ascii_letters(text, begin));
    ++words;
    // Try the word with its apostrophe first ("dell'", "'s"), then as it stands.
    if (const std::size_t end = elision_end(text, pos);
        end && tally.count(text.substr(begin, end - begin))) {
      continue;
    }
    if (const std::size_t clitic = clitic_begin(text, begin);
        clitic != std::string_view::npos && tally.count(text.substr(clitic, pos - clitic))) {
      continue;
    }
    tally.count(text.substr(begin, pos - begin));
  }
  return {words, pos};
}

// The first byte at or after `pos` that starts no part of a word already begun: past the rest
// of a character and of the letters of a word `pos` falls inside.
std::size_t word_start_after(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return end_of_letters(text, pos);
}

}  // namespace

LanguageDetector::LanguageDetector(const WordList& italian, const WordList& english) {
  languages_.add_all(italian, kItalian);
  languages_.add_all(english, kEnglish);
}

LanguageDetector::Result LanguageDetector::detect(std::string_view text) const {
  // The first words, until one language leads decisively: most documents.
  Tally first(languages_, kItalian, kEnglish);
  const Sample beginning = read_words(text, 0, kMaxWords, first, true);
  if (first.decided()) {
    // The lead stands if words from the middle of the text's bytes give it too, so that an
    // abstract or a heading in one language does not decide a text in the other. (Where the
    // middle leans otherwise than the first 1,000 words, the answer can differ: README.md.)
    const std::size_t middle = word_start_after(text, text.size() / 2);
    if (middle > beginning.end) {
      Tally second(languages_, kItalian, kEnglish);
      read_words(text, middle, kMaxWords, second, true);
      const bool same_lead = (second.italian_hits() > second.english_hits()) ==
                             (first.italian_hits() > first.english_hits());
      if (second.decided() && same_lead) {
        return verdict(first.italian_hits() + second.italian_hits(),
                       first.english_hits() + second.english_hits());
      }
    }
    // Otherwise the first kMaxWords words decide, as if no lead had been looked for.
    read_words(text, beginning.end, kMaxWords - beginning.words, first, false);
  }
  return verdict(first.italian_hits(), first.english_hits());
}

LanguageDetector::Result LanguageDetector::verdict(std::size_t italian_hits,
                                                   std::size_t english_hits) {
  Result result{"und", italian_hits, english_hits};
  const auto wins = [](std::size_t hits, std::size_t other) {
    return hits >= kMinHits && 2 * hits >= 3 * other;
  };
  if (wins(italian_hits, english_hits)) result.language = "it";
  if (wins(english_hits, italian_hits)) result.language = "en";
  return result;
}

}  // namespace strata::tokens
