#include "tokenizer.hpp"

#include "ascii_scan.hpp"
#include "char_class.hpp"
#include "punctuation.hpp"
#include "utf8.hpp"
#include "web_address.hpp"

namespace strata::tokens {
namespace {

constexpr UChar32 kDegree = 0x00B0;
constexpr UChar32 kEllipsis = 0x2026;
constexpr UChar32 kMinus = 0x2212;
constexpr UChar32 kZeroWidthJoiner = 0x200D;

bool is_sign(UChar32 c) {
  return c == '-' || c == '+' || c == kMinus;
}

bool is_emoji_modifier(UChar32 c) {
  return c >= 0x1F3FB && c <= 0x1F3FF;
}

bool is_regional_indicator(UChar32 c) {
  return c >= 0x1F1E6 && c <= 0x1F1FF;
}

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// Whether two punctuation marks belong to one token: "...", "--", "……", "?!", "!!!".
bool continues_run(UChar32 first, UChar32 next) {
  if (first == '!' || first == '?') return next == '!' || next == '?';
  return next == first && (first == '.' || first == '-' || first == kEllipsis);
}

// One pass over one text. Scanning functions take the offset where a token starts, append the
// token(s) they find and return the offset after them.
class Scanner {
 public:
  Scanner(std::string_view text, const Abbreviations& abbreviations, ApostropheRule apostrophes,
          std::vector<TokenSpan>& out)
      : text_(text), abbreviations_(abbreviations), apostrophes_(apostrophes), out_(out) {}

  void run() {
    std::size_t pos = 0;
    while (pos < text_.size()) {
      const Decoded first = decode_at(text_, pos);
      const CharClass first_class = classify(first.code_point);
      pos = first_class == CharClass::space ? first.next : scan_token(pos, first, first_class);
    }
  }

 private:
  // The character at `pos`, with the end of the text read as a space so that look-ahead needs
  // no bounds checks.
  Decoded peek(std::size_t pos) const {
    return pos < text_.size() ? decode_at(text_, pos) : Decoded{' ', pos};
  }

  void emit(std::size_t begin, std::size_t end, TokenKind kind, bool abbreviation = false,
            bool may_end_sentence = false) {
    out_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), kind,
                    abbreviation, may_end_sentence});
  }

  std::size_t skip_marks(std::size_t pos) const {
    while (pos < text_.size()) {
      const Decoded d = decode_at(text_, pos);
      if (classify(d.code_point) != CharClass::mark) break;
      pos = d.next;
    }
    return pos;
  }

  std::size_t scan_token(std::size_t begin, Decoded first, CharClass first_class) {
    switch (first_class) {
      case CharClass::letter:
        if (const std::size_t end = url_end(text_, begin); end > begin) {
          emit(begin, end, TokenKind::url);
          return end;
        }
        return scan_word(begin, begin, TokenKind::word);
      case CharClass::digit:
        return scan_word(begin, begin, TokenKind::number);
      case CharClass::emoji:
        return scan_emoji(begin, first);
      case CharClass::mark:  // a mark with nothing to attach to
        return single(begin, begin, TokenKind::symbol);
      default:
        break;
    }
    if (is_sign(first.code_point) && starts_signed_number(begin, first.next)) {
      return scan_word(begin, first.next, TokenKind::number);
    }
    if (first_class == CharClass::symbol) return single(begin, first.next, TokenKind::symbol);
    std::size_t end = first.next;
    for (Decoded next = peek(end); continues_run(first.code_point, next.code_point);
         next = peek(end)) {
      end = next.next;
    }
    return single(begin, end, TokenKind::punct);
  }

  // A token of [begin, end) and any marks after it.
  std::size_t single(std::size_t begin, std::size_t end, TokenKind kind) {
    end = skip_marks(end);
    emit(begin, end, kind);
    return end;
  }

  // A sign is part of a number when a digit follows it and it does not follow a word: "-3" and
  // "(+39" are numbers, "10-3" was already taken whole by the number scanner.
  bool starts_signed_number(std::size_t sign, std::size_t after) const {
    if (classify(peek(after).code_point) != CharClass::digit) return false;
    if (sign == 0) return true;
    const UChar32 before = decode_at(text_, previous_boundary(text_, sign)).code_point;
    return classify(before) == CharClass::space || is_opening(before);
  }

  // A pictograph with its modifiers, variation selectors and zero-width-joined companions, or a
  // pair of regional indicators (a flag).
  std::size_t scan_emoji(std::size_t begin, Decoded first) {
    std::size_t pos = first.next;
    if (is_regional_indicator(first.code_point)) {
      const Decoded next = peek(pos);
      if (is_regional_indicator(next.code_point)) pos = next.next;
    }
    while (pos < text_.size()) {
      const Decoded d = decode_at(text_, pos);
      if (d.code_point == kZeroWidthJoiner) {
        const Decoded joined = peek(d.next);
        if (classify(joined.code_point) == CharClass::emoji) {
          pos = joined.next;
          continue;
        }
      }
      if (!is_emoji_modifier(d.code_point) && classify(d.code_point) != CharClass::mark) break;
      pos = d.next;
    }
    emit(begin, pos, TokenKind::symbol);
    return pos;
  }

  // Scans the word or number that starts at `begin` and whose letters or digits start at `pos`
  // (after a sign). See the class comment of Tokenizer for what joins.
  std::size_t scan_word(std::size_t begin, std::size_t pos, TokenKind kind) {
    CharClass last = CharClass::letter;  // the class of the last letter or digit consumed
    bool internal_dot = false;
    for (;;) {
      pos = scan_alnum(pos, last);
      const Decoded joiner = peek(pos);
      const UChar32 j = joiner.code_point;
      const Decoded after = peek(joiner.next);
      const CharClass after_class = classify(after.code_point);
      const bool letter_or_digit_after =
          after_class == CharClass::letter || after_class == CharClass::digit;
      const bool between_digits = last == CharClass::digit && after_class == CharClass::digit;

      if (letter_or_digit_after && (is_word_hyphen(j) || j == '_')) {
        pos = joiner.next;
      } else if (between_digits && (j == '.' || j == ',' || j == '/' || j == ':')) {
        pos = joiner.next;
      } else if (j == '&' && is_ascii_upper(text_[pos - 1]) && pos + 1 < text_.size() &&
                 is_ascii_upper(text_[pos + 1])) {
        pos = joiner.next;  // "AT&T", "R&D"
      } else if (j == '.' && letter_or_digit_after) {
        // "art.5": a listed abbreviation glued to a number is still an abbreviation.
        if (after_class == CharClass::digit && kind == TokenKind::word &&
            abbreviations_.find(text_.substr(begin, joiner.next - begin)) !=
                Abbreviations::Match::none) {
          emit(begin, joiner.next, kind, true, false);
          return joiner.next;
        }
        internal_dot = true;
        pos = joiner.next;
      } else if (j == '.' && after.code_point != '.') {
        return finish_at_dot(begin, pos, kind, internal_dot);
      } else if (is_apostrophe(j) && letter_or_digit_after) {
        const ApostropheSplit split =
            split_at_apostrophe(text_, begin, pos, joiner.next, apostrophes_);
        if (split.action != ApostropheSplit::Action::keep) return emit_split(begin, split, kind);
        pos = joiner.next;  // "O'Brien"
      } else if (is_apostrophe(j)) {
        return finish_at_apostrophe(begin, pos, joiner.next, kind);
      } else if (j == '@') {
        const std::size_t end = email_domain_end(text_, pos);
        if (end > pos) {
          emit(begin, end, TokenKind::email);
          return end;
        }
        break;
      } else {
        break;
      }
    }
    emit(begin, pos, kind);
    return pos;
  }

  // Letters, digits and marks from `pos`, and a degree sign right after a digit ("1°", "30°C").
  // Updates `last` to the class of the last letter or digit.
  std::size_t scan_alnum(std::size_t pos, CharClass& last) const {
    // ASCII letters and digits, most of any word, eight bytes at a time; the loop below takes
    // whatever follows them.
    if (const std::size_t end = skip_ascii_alnum(text_, pos); end > pos) {
      last = classify(static_cast<unsigned char>(text_[end - 1]));
      pos = end;
    }
    while (pos < text_.size()) {
      const Decoded d = decode_at(text_, pos);
      const CharClass c = classify(d.code_point);
      if (c == CharClass::letter || c == CharClass::digit) {
        last = c;
      } else if (c != CharClass::mark && !(d.code_point == kDegree && last == CharClass::digit)) {
        break;
      }
      pos = d.next;
    }
    return pos;
  }

  // The word [begin, dot) is followed by a dot and then by neither a letter, a digit nor another
  // dot: the dot is part of the token for abbreviations, initials and dotted acronyms, and
  // otherwise a token of its own.
  std::size_t finish_at_dot(std::size_t begin, std::size_t dot, TokenKind kind, bool internal_dot) {
    const std::size_t with_dot = dot + 1;
    if (kind != TokenKind::word) {
      emit(begin, dot, kind);
      return dot;
    }
    const Abbreviations::Match match = abbreviations_.find(text_.substr(begin, with_dot - begin));
    if (match != Abbreviations::Match::none) {
      emit(begin, with_dot, kind, true, match == Abbreviations::Match::may_end_sentence);
    } else if (is_initial(begin, dot)) {
      emit(begin, with_dot, kind, true, false);
    } else if (internal_dot && is_dotted_acronym(begin, dot)) {
      // Unlisted acronyms like "U.S.A." end sentences as often as listed ones like "U.S.".
      emit(begin, with_dot, kind, true, true);
    } else {
      emit(begin, dot, kind);
      return dot;
    }
    return with_dot;
  }

  // The word [begin, apostrophe) is followed by an apostrophe that ends at `after` and is not
  // followed by a letter or digit. An apocope ("po'") keeps its apostrophe; otherwise it is a
  // closing quote or the apostrophe of a plural possessive, a token of its own.
  std::size_t finish_at_apostrophe(std::size_t begin, std::size_t apostrophe, std::size_t after,
                                   TokenKind kind) {
    const bool apocope =
        abbreviations_.find(text_.substr(begin, after - begin)) != Abbreviations::Match::none;
    const std::size_t end = apocope ? after : apostrophe;
    emit(begin, end, kind);
    return end;
  }

  // Emits the two parts of a word split at an apostrophe; an elided word's continuation is
  // scanned as a token of its own by the caller's loop.
  std::size_t emit_split(std::size_t begin, const ApostropheSplit& split, TokenKind kind) {
    emit(begin, split.split, kind);
    if (split.action == ApostropheSplit::Action::split_elision) return split.split;
    emit(split.split, split.clitic_end, TokenKind::word);
    return split.clitic_end;
  }

  // A single capital letter (with any marks): "J" of "J. R. R. Tolkien".
  bool is_initial(std::size_t begin, std::size_t end) const {
    const Decoded first = decode_at(text_, begin);
    return is_capital_letter(first.code_point) && skip_marks(first.next) == end;
  }

  // Parts of one or two letters separated by dots: "S.p.A", "U.S.A", "a.m".
  bool is_dotted_acronym(std::size_t begin, std::size_t end) const {
    int letters = 0;
    for (std::size_t pos = begin; pos < end;) {
      const Decoded d = decode_at(text_, pos);
      const CharClass c = classify(d.code_point);
      if (d.code_point == '.') {
        if (letters == 0) return false;
        letters = 0;
      } else if (c == CharClass::letter) {
        if (++letters > 2) return false;
      } else if (c != CharClass::mark) {
        return false;
      }
      pos = d.next;
    }
    return letters > 0;
  }

  std::string_view text_;
  const Abbreviations& abbreviations_;
  ApostropheRule apostrophes_;
  std::vector<TokenSpan>& out_;
};

}  // namespace

Tokenizer::Tokenizer(const Abbreviations& abbreviations, ApostropheRule apostrophes)
    : abbreviations_(abbreviations), apostrophes_(apostrophes) {}

void Tokenizer::tokenize(std::string_view text, std::vector<TokenSpan>& out) const {
  Scanner(text, abbreviations_, apostrophes_, out).run();
}

std::vector<TokenSpan> Tokenizer::tokenize(std::string_view text) const {
  std::vector<TokenSpan> tokens;
  tokens.reserve(text.size() / 5);  // about one token per five bytes in news text
  tokenize(text, tokens);
  return tokens;
}

}  // namespace strata::tokens
