// Recognising URLs and e-mail addresses, which must stay one token whatever they contain.
#pragma once

#include <cstddef>
#include <string_view>

namespace strata::tokens {

// If a URL starts at `begin` ("http://", "https://", "ftp://" or "www." followed by a letter or
// digit, in any case), the offset where it ends; otherwise `begin`. The URL runs to the next
// space or quotation mark, minus trailing punctuation that belongs to the sentence (".", ",",
// ")" without a matching "(" ...).
std::size_t url_end(std::string_view text, std::size_t begin);

// If `at` is an "@" followed by a domain name ("example.co.uk": letters, digits and hyphens in
// at least two dot-separated labels, the last one of 2+ letters), the offset where the domain
// ends; otherwise `at`. What counts as the local part before the "@" is the caller's choice.
std::size_t email_domain_end(std::string_view text, std::size_t at);

}  // namespace strata::tokens
