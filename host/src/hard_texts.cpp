#include "hard_texts.hpp"

namespace strata::host {
namespace {

constexpr const char* kProseItalian =
    "Il 3 marzo 2021 Mario Rossi, sindaco di Roma, ha detto: «La legge 7 agosto 1990, n. 241 "
    "non basta più.» L'Agenzia delle Entrate ha stanziato 5 milioni di euro. È una buona "
    "notizia, ha commentato Giulia Bianchi, ma non è abbastanza!";

constexpr const char* kProseEnglish =
    "On 12 May 2020 John Smith, the mayor of London, said: \"The Data Protection Act 2018 is "
    "not enough.\" Acme Corp. paid $3.5 million to the U.S. Treasury. It's terrible news, "
    "said Mary Jones from Boston, but we'll manage.";

// A long text with no line end: prose sentences run on, as text extracted from some PDFs is.
std::string one_megabyte_line() {
  constexpr std::size_t kMegabyte = 1 << 20;
  const std::string sentences = std::string(kProseItalian) + " " + kProseEnglish + " ";
  std::string text;
  text.reserve(kMegabyte + sentences.size());
  while (text.size() < kMegabyte) text += sentences;
  return text;
}

}  // namespace

const std::vector<HardText>& hard_texts() {
  static const std::vector<HardText> texts = {
      {"empty", ""},
      {"one-character", "a"},
      // Four-byte code points, a ZWJ family, skin tones, a flag and a keycap, glued to words.
      {"emoji",
       "Ciao 👋🏽! La famiglia 👨\u200D👩\u200D👧\u200D👦 va a Roma 🇮🇹 in 🚆 "
       "alle "
       "9\uFE0F\u20E3. "
       "Great 👍👍👍 news 🎉🎉"},
      // Combining marks without a precomposed form, so NFC keeps them apart; stacked marks.
      {"combining-marks",
       "Il q\u0303ue e\u030B x\u0327 sono rari. Z\u0324\u0308a\u0327l\u0308g\u0303o "
       "t\u0338\u0321\u031Be\u0337\u0322x\u0336t\u0335 ha molti segni. "
       "Devanagari: हिन्दी, nāgarī. Thai: ภาษาไทย."},
      // Hebrew and Arabic with digits, Latin words and directional marks inside.
      {"right-to-left",
       "שלום עולם! \u200FMario Rossi\u200F אמר: «זה 2021». "
       "مرحبا بالعالم، قال محمد في ٢٠٢١: \"نعم\". \u202Ereversed\u202C text."},
      {"crlf", "Prima riga.\r\nSeconda riga, con Mario Rossi.\r\n\r\nNuovo paragrafo.\r\n"},
      {"punctuation", "!?.,;:«»\"'()[]{}—–-…/\\@#%&*+=<>|~^`_ ¡¿ „“ ‘’ ... !!! ???"},
      {"prose-it", kProseItalian},
      {"prose-en", kProseEnglish},
      {"1mb-one-line", one_megabyte_line()},
  };
  return texts;
}

}  // namespace strata::host
