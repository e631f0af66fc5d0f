#include "strata/text.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata {
namespace {

std::size_t offset_of_error(std::string_view raw) {
  try {
    canonicalize_text(raw);
  } catch (const InputError& e) {
    return e.byte_offset();
  }
  ADD_FAILURE() << "no InputError for input of " << raw.size() << " bytes";
  return 0;
}

TEST(CanonicalizeText, KeepsPlainAscii) {
  EXPECT_EQ(canonicalize_text("Hello.\n"), "Hello.\n");
}

TEST(CanonicalizeText, DropsByteOrderMark) {
  EXPECT_EQ(canonicalize_text("\xEF\xBB\xBF"
                              "Ciao"),
            "Ciao");
}

TEST(CanonicalizeText, TurnsCrLfAndLoneCrIntoLf) {
  EXPECT_EQ(canonicalize_text("a\r\nb\rc\n\r\nd"), "a\nb\nc\n\nd");
}

TEST(CanonicalizeText, PageBreaksBecomeLineEnds) {
  EXPECT_EQ(canonicalize_text("page one\fpage two\vend"), "page one\npage two\nend");
}

TEST(CanonicalizeText, ComposesToNfc) {
  // "e" + COMBINING GRAVE ACCENT becomes "è".
  EXPECT_EQ(canonicalize_text("perch\x65\xCC\x80"), "perch\xC3\xA8");
}

TEST(CanonicalizeText, ComposesNextToLettersAndQuotesThatNeedNoLook) {
  // Latin letters and typographic quotes alone are in NFC whatever their order; a combining
  // mark still composes among them, and EN QUAD (U+2000) still becomes EN SPACE (U+2002).
  const std::string quoted =
      "\xE2\x80\x9C"
      "Citt\xC3\xA0\xE2\x80\x99 \xC5\x93uvre\xE2\x80\xA6";
  EXPECT_EQ(canonicalize_text(quoted), quoted);
  EXPECT_EQ(canonicalize_text("\xE2\x80\x9C"
                              "perch\x65\xCC\x80\xE2\x80\x9D"),
            "\xE2\x80\x9C"
            "perch\xC3\xA8\xE2\x80\x9D");
  EXPECT_EQ(canonicalize_text("a\xE2\x80\x80"
                              "b"),
            "a\xE2\x80\x82"
            "b");
}

// Found by fuzz/text_reader_fuzz.cpp: with one mark left the text was not canonical, and a
// document made from it could not be read back from its own TEI or JSON.
TEST(CanonicalizeText, DropsEveryLeadingByteOrderMark) {
  const std::string twice =
      "\xEF\xBB\xBF\xEF\xBB\xBF"
      "ab";
  EXPECT_EQ(canonicalize_text(twice), "ab");
  EXPECT_EQ(canonicalize_text("\xEF\xBB\xBF\xEF\xBB\xBF"), "");
  EXPECT_EQ(canonicalize_text("a\xEF\xBB\xBF"), "a\xEF\xBB\xBF");  // inside: a character
  EXPECT_EQ(offset_of_error("\xEF\xBB\xBF\xEF\xBB\xBF\xFF"), 6u);
}

TEST(CanonicalizeText, KeepsEmojiAndAlreadyComposedText) {
  const std::string text = "Citt\xC3\xA0 \xF0\x9F\x98\x80 ok";
  EXPECT_EQ(canonicalize_text(text), text);
}

TEST(CanonicalizeText, RefusesInvalidUtf8WithOffsetInOriginalBytes) {
  EXPECT_EQ(offset_of_error("abc\xFFxyz"), 3u);
  EXPECT_EQ(offset_of_error("\xEF\xBB\xBF"
                            "ab\xC3"),
            5u);                                    // truncated sequence after a BOM
  EXPECT_EQ(offset_of_error("a\xC0\xAF"), 1u);      // overlong encoding of '/'
  EXPECT_EQ(offset_of_error("a\xED\xA0\x80"), 1u);  // encoded surrogate
}

// A large text is made canonical in slices of about 1 MB: composing, line ends and error offsets
// must not notice where the slices end. Each unit is "a", "e" + COMBINING ACUTE ACCENT, CR LF;
// with 0 to 5 bytes before the units, the first slice's nominal end falls on each of its bytes.
TEST(CanonicalizeText, ALargeTextComesOutAsIfWhole) {
  std::string units, expected_units;
  for (int i = 0; i < 180'000; ++i) {  // 1.08 MB: past the first slice
    units += "ae\xCC\x81\r\n";
    expected_units += "a\xC3\xA9\n";
  }
  for (std::size_t shift = 0; shift < 6; ++shift) {
    const std::string raw = std::string(shift, 'x') + units;
    EXPECT_EQ(canonicalize_text(raw), std::string(shift, 'x') + expected_units) << shift;
    EXPECT_EQ(offset_of_error(raw + "\xFF"), raw.size()) << shift;
  }
}

TEST(CanonicalizeText, RefusesBinaryAndControlCharacters) {
  EXPECT_EQ(offset_of_error(std::string_view("ab\0cd", 5)), 2u);
  EXPECT_EQ(offset_of_error("ab\x01"), 2u);
  EXPECT_EQ(offset_of_error("x\xEF\xBF\xBF"), 1u);  // U+FFFF
  EXPECT_EQ(canonicalize_text("tab\there"), "tab\there");
  try {
    canonicalize_text(
        "ab\xEF\xBF\xBE"
        "cd");
    FAIL() << "U+FFFE accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()).find("noncharacter U+FFFE at byte 2"), 0u) << e.what();
  }
}

// Plain ASCII is copied eight bytes at a time: what needs a look must be found at every place
// in such a step, and next to its ends.
// UTF-16 ("Unicode" in Windows' editors) was refused as "binary data (NUL byte) at byte 1".
TEST(CanonicalizeText, SaysUtf16IsUtf16) {
  const std::string le(
      "\xFF\xFE"
      "C\0i\0a\0o\0",
      10);
  const std::string be(
      "\xFE\xFF"
      "\0C\0i",
      6);
  const std::string no_mark("C\0i\0a\0o\0", 8);
  for (const std::string& text : {le, be, no_mark}) {
    EXPECT_TRUE(looks_like_utf16(text));
    try {
      canonicalize_text(text);
      ADD_FAILURE() << "no error";
    } catch (const InputError& e) {
      EXPECT_STREQ(e.what(),
                   "text in UTF-16, and only UTF-8 is read (convert it first: iconv -f "
                   "UTF-16 -t UTF-8)");
    }
  }
  EXPECT_FALSE(looks_like_utf16("Ciao"));
  EXPECT_FALSE(looks_like_utf16("C"));
  EXPECT_FALSE(looks_like_utf16(std::string("ab\0", 3)));  // binary, said so as before
  EXPECT_FALSE(looks_like_utf16(std::string("\0\0", 2)));
}

TEST(CanonicalizeText, FindsWhatNeedsALookAtEveryPlaceInLongAscii) {
  const std::string ascii(40, 'a');
  for (std::size_t at = 0; at <= ascii.size(); ++at) {
    const std::string before = ascii.substr(0, at);
    const std::string after = ascii.substr(at);
    EXPECT_EQ(offset_of_error(before + "\x01" + after), at) << at;
    EXPECT_EQ(offset_of_error(before + "\xFF" + after), at) << at;
    EXPECT_EQ(canonicalize_text(before + "\r\n" + after), before + "\n" + after) << at;
    EXPECT_EQ(canonicalize_text(before + "\x7F\x20~" + after), before + "\x7F ~" + after) << at;
    EXPECT_EQ(canonicalize_text(before + "e\xCC\x81" + after), before + "\xC3\xA9" + after)
        << at;  // e + combining acute: é, NFC
  }
}

}  // namespace
}  // namespace strata
