// Small helpers the scanners share: anchored RE2 matches and word boundaries in UTF-8 text.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace strata::legal {

// Matches `pattern` starting exactly at `pos`; fills `groups` (the pattern's capture groups, as
// many as the span holds, empty for one that did not take part) and returns where the match
// ends, or nothing.
std::optional<std::size_t> match_at(const RE2& pattern, std::string_view text, std::size_t pos,
                                    std::span<std::string_view> groups = {});

// Whether a letter or digit ends just before `pos` (ASCII, or a Latin letter with a diacritic),
// so that a word starting at `pos` would be the tail of another word.
bool letter_before(std::string_view text, std::size_t pos);

// Whether a letter or digit starts at `pos`.
bool letter_at(std::string_view text, std::size_t pos);

// `text` with its ASCII letters in lower case (the scanners' keywords are ASCII).
std::string ascii_lower(std::string_view text);

// RE2 options for the scanners: UTF-8, case ignored unless a pattern says otherwise,
// leftmost-longest so that "c.p.c." wins over "c.p.", and no logging of bad patterns (the
// caller reports them).
RE2::Options scanner_options();

}  // namespace strata::legal
