// The roles individual punctuation characters play for the tokenizer and sentence splitter.
#pragma once

#include <unicode/umachine.h>

namespace strata::tokens {

// ' and ’ (and ʼ): elisions, clitics, apocopes, and single quotes.
bool is_apostrophe(UChar32 c);

// A hyphen that can join two parts of one word ("tecnico-militare", "3-bis").
bool is_word_hyphen(UChar32 c);

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
