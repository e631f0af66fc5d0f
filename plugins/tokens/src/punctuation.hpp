// The roles individual punctuation characters play for the tokenizer and sentence splitter.
#pragma once

#include <unicode/umachine.h>

namespace strata::tokens {

// ' and ’ (and ʼ): elisions, clitics, apocopes, and single quotes. Inline, as the next one:
// the scanners ask after nearly every word.
inline bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

// A hyphen that can join two parts of one word ("tecnico-militare", "3-bis").
inline bool is_word_hyphen(UChar32 c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}

// A mark that ends a sentence: . ! ? … and their CJK and fullwidth forms.
bool is_sentence_final(UChar32 c);

// Opening brackets and quotes, including the straight quotes " and ', which open as often as
// they close.
bool is_opening(UChar32 c);

// Closing brackets and quotes, including the straight quotes.
bool is_closing(UChar32 c);

// A dash that can open a line of dialogue or an aside: - – — ―.
bool is_dash(UChar32 c);

}  // namespace strata::tokens
