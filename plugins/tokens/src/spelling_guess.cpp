#include "spelling_guess.hpp"

#include <string_view>

#include "char_class.hpp"
#include "punctuation.hpp"
#include "utf8.hpp"

namespace strata::tokens {
namespace {

// What the letters of a word say.
enum class Ending : std::uint8_t {
  foreign,  // a letter neither language writes, or an accented vowel inside the word
  italian,  // a vowel other than e: "subito", "realtà", "perché"
  neutral,  // e, as Italian "grande" and English "love" end; or no ending to read
  english,  // a consonant or y: "comedy", "trust"
};

bool is_italian_accented_vowel(UChar32 c) {
  return std::u32string_view(U"àèéìòùÀÈÉÌÒÙ").find(static_cast<char32_t>(c)) !=
         std::u32string_view::npos;
}

bool is_ascii_letter(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Italian writes accents on a word's last vowel only. The letters after the word's last
// character that is not one are read ("Jong-un" ends in "un"; "Covid-19" in no letter, so it says
// nothing); an apostrophe ends an elided word ("sant'") or starts a clitic ("'s"), whose ending
// says nothing.
Ending ending_of(std::string_view word) {
  UChar32 last = 0;
  std::size_t letters = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const Decoded d = decode_at(word, pos);
    pos = d.next;
    if (is_apostrophe(d.code_point)) return Ending::neutral;
    if (classify(d.code_point) != CharClass::letter) {
      last = 0;
      letters = 0;
      continue;
    }
    if (last != 0 && !is_ascii_letter(last)) return Ending::foreign;
    if (!is_ascii_letter(d.code_point) && !is_italian_accented_vowel(d.code_point)) {
      return Ending::foreign;
    }
    last = d.code_point;
    ++letters;
  }
  if (letters < 3) return Ending::neutral;
  if (is_italian_accented_vowel(last)) return Ending::italian;
  switch (last | 0x20) {  // ASCII lower case
    case 'a':
    case 'i':
    case 'o':
    case 'u':
      return Ending::italian;
    case 'e':
      return Ending::neutral;
    default:
      return Ending::english;
  }
}

bool follows_name_sign(std::string_view text, const TokenSpan& word, const TokenSpan* before) {
  if (before == nullptr || before->end != word.begin || before->end - before->begin != 1) {
    return false;
  }
  const char sign = text[before->begin];
  return sign == '#' || sign == '@';
}

}  // namespace

SpellingGuess::SpellingGuess(const WordList& italian, const WordList& english,
                             const WordList& other) {
  words_.add_all(italian, kItalian);
  words_.add_all(english, kEnglish);
  // A word in their lists and in the other languages' is theirs: as both, it would count for
  // neither.
  WordList others_only;
  for (const std::string& word : other.words()) {
    if (!words_.contains(word)) others_only.add(word, kOther);
  }
  words_.add_all(others_only);
}

std::string_view SpellingGuess::guess(std::string_view text,
                                      std::span<const TokenSpan> tokens) const {
  std::size_t italian = 0;
  std::size_t english = 0;
  std::size_t words = 0;
  const TokenSpan* before = nullptr;
  for (const TokenSpan& token : tokens) {
    const TokenSpan* previous = before;
    before = &token;
    if (token.kind != TokenKind::word || follows_name_sign(text, token, previous)) continue;
    if (++words > kMaxWords) return "und";
    const std::string_view word = text.substr(token.begin, token.end - token.begin);
    const WordList::Tags tags = words_.tags(word);
    if (tags == kOther) return "und";
    if (tags == kItalian) italian += 2;
    if (tags == kEnglish) english += 2;
    if (tags != 0) continue;
    switch (ending_of(word)) {
      case Ending::foreign:
        return "und";
      case Ending::italian:
        ++italian;
        break;
      case Ending::english:
        ++english;
        break;
      case Ending::neutral:
        break;
    }
  }
  if (italian >= kMinPoints && italian >= kRatio * english) return "it";
  if (english >= kMinPoints && english >= kRatio * italian) return "en";
  return "und";
}

}  // namespace strata::tokens
