#include "xml_forbidden_characters.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "xml_safe_text.hpp"

namespace strata::formats {
namespace {

// Beyond Unicode: where the number a reference names stops counting, so that a long one cannot
// wrap around to an allowed character (pugixml's own count wraps: "&#4294967296;" is a NUL).
constexpr std::uint32_t kBeyondUnicode = 0x110000;

// At most this much of a reference is quoted in a message.
constexpr std::size_t kQuoted = 16;

// A character reference in a file: its text, "&#" to ";", and the number it names.
struct Reference {
  std::string_view text;
  std::uint32_t number = 0;
};

// The reference whose "&#" is at `at` in `xml`; nullopt when what follows "&#" is not one,
// which pugixml leaves as the text it is.
std::optional<Reference> reference_at(std::string_view xml, std::size_t at) {
  std::size_t i = at + 2;
  const bool hex = i < xml.size() && xml[i] == 'x';
  if (hex) ++i;
  const std::size_t first_digit = i;
  std::uint32_t number = 0;
  for (; i < xml.size(); ++i) {
    const char c = xml[i];
    const char lower = static_cast<char>(c | 0x20);
    std::uint32_t digit = 0;
    if (c >= '0' && c <= '9') {
      digit = static_cast<std::uint32_t>(c - '0');
    } else if (hex && lower >= 'a' && lower <= 'f') {
      digit = static_cast<std::uint32_t>(lower - 'a' + 10);
    } else {
      break;
    }
    number = std::min(number * (hex ? 16 : 10) + digit, kBeyondUnicode);
  }
  if (i == first_digit || i == xml.size() || xml[i] != ';') return std::nullopt;
  return Reference{xml.substr(at, i + 1 - at), number};
}

std::string code_point_name(std::uint32_t number) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(number));
  return name;
}

// `reference` in words, its digits cut short when they go on and on.
std::string describe(const Reference& reference) {
  std::string text(reference.text.substr(0, kQuoted));
  if (reference.text.size() > kQuoted) text += "...";
  text = "character reference \"" + text + "\" ";
  if (reference.number == kBeyondUnicode) return text + "(a number beyond U+10FFFF)";
  return text + "(" + code_point_name(reference.number) + ", which XML does not allow)";
}

// The first byte sequence of `xml` that is not UTF-8 or is a character XML does not allow, as
// the file has it (not a reference): pugixml copies such bytes into the output as they came, so
// that the output would not be well-formed.
std::optional<ForbiddenCharacter> find_raw_forbidden_character(std::string_view xml) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(xml.data());
  for (std::size_t at = 0; at < xml.size();) {
    const std::uint8_t byte = bytes[at];
    if (byte >= 0x20 && byte < 0x80) {
      ++at;
      continue;
    }
    if (byte < 0x80) {
      if (is_xml_char(byte)) {
        ++at;
        continue;
      }
      return ForbiddenCharacter{
          at, "character " + code_point_name(byte) + " (a control character XML does not allow)"};
    }
    const auto length = static_cast<std::int32_t>(std::min<std::size_t>(4, xml.size() - at));
    std::int32_t next = 0;
    UChar32 c;
    U8_NEXT(bytes + at, next, length, c);
    if (c < 0) return ForbiddenCharacter{at, "invalid UTF-8"};
    if (!is_xml_char(static_cast<std::uint32_t>(c))) {
      return ForbiddenCharacter{at, "character " + code_point_name(static_cast<std::uint32_t>(c)) +
                                        " (which XML does not allow)"};
    }
    at += static_cast<std::size_t>(next);
  }
  return std::nullopt;
}

// pugixml keeps a '&' that starts no reference as text, and the file written back has "&amp;".
constexpr const char* kNoReference = "a '&' that starts no reference (write &amp; for '&')";

// What is wrong with the entity reference whose '&' is at `at` (not "&#"): nothing for the five
// XML defines. pugixml keeps any other "&name;" as the text it is, so that "&nbsp;" became the
// tokens "&", "nbsp" and ";", and "&amp;nbsp;" in the file written back.
std::optional<std::string> wrong_entity_reference(std::string_view xml, std::size_t at) {
  constexpr std::size_t kLongestName = 64;  // longer is no name anyone defines
  const std::size_t semicolon = xml.find(';', at + 1);
  if (semicolon == std::string_view::npos || semicolon == at + 1 ||
      semicolon - at - 1 > kLongestName) {
    return kNoReference;
  }
  const std::string_view name = xml.substr(at + 1, semicolon - at - 1);
  if (name.find_first_of(" \t\r\n&<>\"'") != std::string_view::npos) return kNoReference;
  if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
    return std::nullopt;
  }
  return "undefined entity \"&" + std::string(name) +
         ";\" (XML defines only &amp; &lt; &gt; &quot; &apos;, and no DOCTYPE is read)";
}

// Tells, for places asked about in increasing order, whether a place lies inside a comment, a
// CDATA section or a processing instruction. Tags are stepped over whole, their quoted values
// included, since a value may hold '>' (and pugixml lets it hold '<').
class Sections {
 public:
  explicit Sections(std::string_view xml) : xml_(xml) {}

  bool contain(std::size_t at) {
    while (end_ <= at) find_next();
    return begin_ < at;
  }

 private:
  // Finds the first section that ends after end_; past the end of the file when there is none.
  void find_next() {
    std::size_t open = xml_.find('<', end_);
    for (; open != std::string_view::npos; open = xml_.find('<', open + 1)) {
      const std::string_view rest = xml_.substr(open);
      std::string_view close;
      std::size_t opener = 0;
      if (rest.starts_with("<!--")) {
        close = "-->";
        opener = 4;
      } else if (rest.starts_with("<![CDATA[")) {
        close = "]]>";
        opener = 9;
      } else if (rest.starts_with("<?")) {
        close = "?>";
        opener = 2;
      } else {
        open = tag_end(open);
        continue;
      }
      begin_ = open;
      const std::size_t closed = xml_.find(close, open + opener);
      end_ = closed == std::string_view::npos ? xml_.size() : closed + close.size();
      return;
    }
    begin_ = end_ = std::string_view::npos;
  }

  // The '>' that ends the tag opened at `open` (the file's end if there is none).
  std::size_t tag_end(std::size_t open) const {
    std::size_t i = open + 1;
    while (i < xml_.size() && xml_[i] != '>') {
      if (xml_[i] == '"' || xml_[i] == '\'') {
        i = xml_.find(xml_[i], i + 1);
        if (i == std::string_view::npos) return xml_.size();
      }
      ++i;
    }
    return i;
  }

  std::string_view xml_;
  std::size_t begin_ = 0;  // the section found last: [begin_, end_)
  std::size_t end_ = 0;
};

}  // namespace

std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view xml) {
  if (const std::size_t nul = xml.find('\0'); nul != std::string_view::npos) {
    return ForbiddenCharacter{nul, "a NUL byte"};
  }
  std::optional<ForbiddenCharacter> raw = find_raw_forbidden_character(xml);
  // A reference after the first raw character would not be the first thing wrong.
  const std::string_view before_raw = xml.substr(0, raw ? raw->at : xml.size());
  Sections sections(xml);
  for (std::size_t at = before_raw.find('&'); at != std::string_view::npos;
       at = before_raw.find('&', at + 1)) {
    if (sections.contain(at)) continue;
    if (xml.substr(at).starts_with("&#")) {
      const auto reference = reference_at(xml, at);
      if (!reference) return ForbiddenCharacter{at, kNoReference};
      if (!is_xml_char(reference->number)) return ForbiddenCharacter{at, describe(*reference)};
    } else if (auto wrong = wrong_entity_reference(xml, at)) {
      return ForbiddenCharacter{at, std::move(*wrong)};
    }
  }
  return raw;
}

}  // namespace strata::formats
