// Turning raw input bytes into the canonical primary text of a document.
#pragma once

#include <string>
#include <string_view>

namespace strata {

// Returns `raw` as canonical text: UTF-8 without the byte-order marks it started with, Unicode
// NFC, every line end LF (CRLF, lone CR, and the form feeds and vertical tabs that text extracted
// from PDF uses for page breaks). Throws InputError (with the offset in `raw`) for invalid UTF-8, a
// NUL byte, or another character XML 1.0 cannot carry (C0 controls, U+FFFE, U+FFFF): annotations
// must be exportable, so such text is refused rather than silently altered.
std::string canonicalize_text(std::string_view raw);

// Whether `bytes` look like text in UTF-16, which Windows' editors still save as "Unicode" and
// which only UTF-8 readers would call binary: a UTF-16 byte order mark, or one of the first two
// bytes a NUL and the other not, as an ASCII character is in UTF-16. (UTF-32 little-endian
// passes as UTF-16 too, and the message's iconv line would then be wrong; UTF-32 big-endian is
// refused as binary. Neither is met in practice.)
// canonicalize_text refuses such bytes saying so, and so do the XML readers.
bool looks_like_utf16(std::string_view bytes);

// The one-line refusal of such bytes, for `what` they were to be ("text", "JSON", "XML").
std::string utf16_refusal(std::string_view what);

}  // namespace strata
