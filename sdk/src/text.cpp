#include "strata/text.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "strata/error.hpp"

namespace strata {
namespace {

std::string hex_code_point(UChar32 c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

// XML 1.0 cannot carry these, so no writer could export a text that contains them.
bool is_forbidden(UChar32 c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ||
         c == 0xFFFE || c == 0xFFFF;
}

// How many bytes from the start of [bytes, bytes + length) are printable ASCII, which needs no
// check: eight at a time, since most of a text is.
std::size_t printable_ascii_run(const uint8_t* bytes, std::size_t length) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  constexpr std::uint64_t kSpaces = 0x2020202020202020ull;
  std::size_t i = 0;
  for (; i + 8 <= length; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes + i, 8);
    // A byte of 0x80 or more, or one below 0x20 (subtracting 0x20 borrows its high bit).
    if (((word & kHigh) | ((word - kSpaces) & ~word & kHigh)) != 0) break;
  }
  while (i < length && bytes[i] >= 0x20 && bytes[i] < 0x80) ++i;
  return i;
}

// Whether any text made of such characters alone is in NFC: none of them decomposes, combines
// with a neighbour or has a combining class. Below U+0300, where the combining marks begin (ICU's
// own check skips these too), and the dashes, quotes and ellipsis of U+2010..U+2027, which
// Italian and English text is mostly written in.
bool keeps_nfc(UChar32 c) {
  return c < 0x300 || (c >= 0x2010 && c <= 0x2027);
}

// Appends `raw` to `out` with line ends made LF, checking every character on the way;
// `in_nfc` tells whether keeps_nfc() holds for every character.
void append_validated_with_lf(std::string_view raw, std::size_t offset_base, std::string& out,
                              bool& in_nfc) {
  in_nfc = true;
  const auto* bytes = reinterpret_cast<const uint8_t*>(raw.data());
  const auto length = static_cast<int32_t>(raw.size());
  int32_t i = 0;
  while (i < length) {
    const std::size_t run = printable_ascii_run(bytes + i, static_cast<std::size_t>(length - i));
    out.append(raw.data() + i, run);
    i += static_cast<int32_t>(run);
    if (i == length) break;
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const std::size_t where = offset_base + static_cast<std::size_t>(start);
    if (c < 0) {
      throw InputError("invalid UTF-8 at byte " + std::to_string(where), where);
    }
    if (is_forbidden(c)) {
      const char* kind = c < 0x20 ? "control character " : "noncharacter ";
      throw InputError(kind + hex_code_point(c) + " at byte " + std::to_string(where) +
                           " cannot be represented in XML",
                       where);
    }
    if (c == '\f' || c == '\v') {  // page and line breaks of extracted text: a line end
      out.push_back('\n');
      continue;
    }
    if (c == '\r') {
      out.push_back('\n');
      if (i < length && bytes[i] == '\n') ++i;
      continue;
    }
    if (!keeps_nfc(c)) in_nfc = false;
    out.append(raw.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
}

const icu::Normalizer2& nfc_normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU NFC unavailable: ") + u_errorName(status));
  return *nfc;
}

// Appends the canonical form of `slice` (starting at byte `offset_base` of the input) to `out`.
void append_canonical(std::string_view slice, std::size_t offset_base, std::string& out) {
  const std::size_t start = out.size();
  bool in_nfc = true;
  append_validated_with_lf(slice, offset_base, out, in_nfc);
  if (in_nfc) return;  // no need to ask ICU
  const icu::Normalizer2& nfc = nfc_normalizer();
  // Straight on the UTF-8: most text is in NFC already, and a UTF-16 copy only to find that out
  // is wasted work.
  const std::string_view appended(out.data() + start, out.size() - start);
  UErrorCode status = U_ZERO_ERROR;
  if (nfc.isNormalizedUTF8(appended, status) && U_SUCCESS(status)) return;
  status = U_ZERO_ERROR;
  std::string normalized;
  normalized.reserve(appended.size());
  icu::StringByteSink<std::string> sink(&normalized, static_cast<int32_t>(appended.size()));
  nfc.normalizeUTF8(0, appended, sink, nullptr, status);
  if (U_FAILURE(status)) {
    throw Error(std::string("NFC normalization failed: ") + u_errorName(status));
  }
  out.resize(start);
  out += normalized;
}

// A large text is made canonical a slice at a time, so that it is not held a third time (the
// input, its checked copy, its NFC copy) at once.
constexpr std::size_t kSlice = 1 << 20;

// Where the slice of `text` from `from` ends: kSlice bytes on, then on to the next ASCII byte
// that is not a line feed. NFC composes nothing across the start of an ASCII character, so the
// slices normalize apart as the whole would, and a CR LF pair stays in one slice.
std::size_t slice_end(std::string_view text, std::size_t from) {
  std::size_t end = from + kSlice;
  while (end < text.size() &&
         (static_cast<unsigned char>(text[end]) >= 0x80 || text[end] == '\n')) {
    ++end;
  }
  return std::min(end, text.size());
}

}  // namespace

bool looks_like_utf16(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return true;
  return bytes.size() >= 2 && (bytes[0] == '\0') != (bytes[1] == '\0');
}

std::string utf16_refusal(std::string_view what) {
  return std::string(what) +
         " in UTF-16, and only UTF-8 is read (convert it first: iconv -f UTF-16 -t UTF-8)";
}

std::string canonicalize_text(std::string_view raw) {
  if (raw.size() > 0xFFFFFFF0u) throw InputError("text larger than 4 GiB", 0);
  if (looks_like_utf16(raw)) throw InputError(utf16_refusal("text"), 0);
  // A NUL anywhere means binary data; say so before complaining about some earlier byte.
  if (const auto nul = raw.find('\0'); nul != std::string_view::npos) {
    throw InputError("binary data (NUL byte) at byte " + std::to_string(nul), nul);
  }
  // Every leading byte-order mark goes (joined files can bring several): a canonical text that
  // began with one would lose it when read again, and no longer match its own annotations.
  std::size_t bom = 0;
  while (raw.substr(bom).starts_with("\xEF\xBB\xBF")) bom += 3;
  const std::string_view body = raw.substr(bom);
  std::string text;
  text.reserve(body.size());
  for (std::size_t from = 0; from < body.size();) {
    const std::size_t end = slice_end(body, from);
    append_canonical(body.substr(from, end - from), bom + from, text);
    from = end;
  }
  return text;
}

}  // namespace strata
