#include "speech_filter.hpp"

namespace strata::quotations {

bool is_speech(const QuotedText& quoted, std::size_t min_words) {
  if (quoted.title_before || quoted.words == 0) return false;
  const bool cued = quoted.pattern == Pattern::inside || quoted.pattern == Pattern::after_quote ||
                    quoted.pattern == Pattern::before_quote || quoted.pattern == Pattern::frame ||
                    quoted.pattern == Pattern::colon || quoted.pattern == Pattern::next_sentence;
  if (quoted.opens_sentence) return true;
  const bool short_span = quoted.words < min_words;
  if (short_span && quoted.capitalised_first && !quoted.reads_as_sentence) return false;
  if (cued) return true;
  if (quoted.words < min_words) return false;
  const bool title_case = quoted.words >= 2 && quoted.capitalised == quoted.words;
  return !title_case;
}

}  // namespace strata::quotations
