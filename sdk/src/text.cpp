#include "strata/text.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

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

// Copies `raw` with line ends made LF, checking every character on the way.
std::string validated_with_lf(std::string_view raw, std::size_t offset_base, bool& ascii_only) {
  std::string out;
  out.reserve(raw.size());
  ascii_only = true;
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
      throw InputError("control character " + hex_code_point(c) + " at byte " +
                           std::to_string(where) + " cannot be represented in XML",
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
    if (c >= 0x80) ascii_only = false;
    out.append(raw.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

}  // namespace

std::string canonicalize_text(std::string_view raw) {
  if (raw.size() > 0xFFFFFFF0u) throw InputError("text larger than 4 GiB", 0);
  // A NUL anywhere means binary data; say so before complaining about some earlier byte.
  if (const auto nul = raw.find('\0'); nul != std::string_view::npos) {
    throw InputError("binary data (NUL byte) at byte " + std::to_string(nul), nul);
  }
  // Every leading byte-order mark goes (joined files can bring several): a canonical text that
  // began with one would lose it when read again, and no longer match its own annotations.
  std::size_t bom = 0;
  while (raw.substr(bom).starts_with("\xEF\xBB\xBF")) bom += 3;
  bool ascii_only = true;
  std::string text = validated_with_lf(raw.substr(bom), bom, ascii_only);
  if (ascii_only) return text;  // ASCII is always in NFC

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU NFC unavailable: ") + u_errorName(status));
  // Straight on the UTF-8: most text is in NFC already, and a UTF-16 copy only to find that out
  // is wasted work.
  if (nfc->isNormalizedUTF8(text, status) && U_SUCCESS(status)) return text;
  status = U_ZERO_ERROR;
  std::string result;
  result.reserve(text.size());
  icu::StringByteSink<std::string> sink(&result, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, text, sink, nullptr, status);
  if (U_FAILURE(status))
    throw Error(std::string("NFC normalization failed: ") + u_errorName(status));
  return result;
}

}  // namespace strata
