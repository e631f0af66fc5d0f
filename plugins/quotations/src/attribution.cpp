#include "attribution.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace strata::quotations {
namespace {

// Italian joins pronouns to gerunds and infinitives: "definendole", "dirgli", "spiegandolo".
constexpr std::array<std::string_view, 16> kClitics = {
    "gliela", "glielo", "gliele", "glieli", "gliene", "gli", "le", "la",
    "lo",     "li",     "ne",     "si",     "mi",     "ti",  "ci", "vi"};

}  // namespace

bool Attributor::is_cue_with_clitic(std::string_view word) const {
  for (const std::string_view clitic : kClitics) {
    if (word.size() <= clitic.size() + 3 || !word.ends_with(clitic)) continue;
    std::string stem(word.substr(0, word.size() - clitic.size()));
    if (stem.ends_with("r")) stem += 'e';  // dirle -> dire
    if (!stem.ends_with("ndo") && !stem.ends_with("re")) continue;
    const std::string_view one[] = {stem};
    if (lexicon_[Section::cues].match_at(one, 0) == 1) return true;
  }
  return false;
}

Attributor::Attributor(const Lexicon& lexicon, DocumentTokens document)
    : lexicon_(lexicon), document_(document) {}

std::size_t Attributor::past_adverbs(std::size_t i) const {
  for (int k = 0; k < 2; ++k) i += lexicon_[Section::adverbs].match_at(document_.folded, i);
  return i;
}

std::size_t Attributor::cue_at(std::size_t i) const {
  // "la denuncia", "la domanda": after an article a verb form is a noun.
  if (i > 0 && lexicon_[Section::determiners].match_at(document_.folded, i - 1) == 1) return 0;
  return verb_cue_at(i);
}

std::size_t Attributor::verb_cue_at(std::size_t i) const {
  const auto& folded = document_.folded;
  if (const std::size_t n = lexicon_[Section::cues].match_at(folded, i)) return n;
  if (i < folded.size() && is_cue_with_clitic(folded[i])) return 1;
  // "ha detto", "ha poi aggiunto", "hanno anche spiegato"
  const std::size_t aux = lexicon_[Section::auxiliaries].match_at(folded, i);
  if (aux == 0) return 0;
  const std::size_t j = past_adverbs(i + aux);
  const std::size_t n = lexicon_[Section::cues].match_at(folded, j);
  return n == 0 ? 0 : j + n - i;
}

bool Attributor::find_inside(const QuoteTokens& quote, Attribution& found) const {
  // «Q1 — ha aggiunto Rossi — Q2»: a dash, the cue, the speaker, a dash.
  const auto is_dash = [&](std::size_t i) {
    const std::string_view t = document_.folded[i];
    return t == "\u2014" || t == "\u2013" || t == "-";
  };
  for (std::size_t d = quote.content.first; d + 1 < quote.content.last; ++d) {
    if (!is_dash(d)) continue;
    const std::size_t c = past_adverbs(d + 1);
    const std::size_t n = c < quote.content.last ? cue_at(c) : 0;
    if (n == 0) continue;
    std::size_t close = c + n;
    while (close < quote.content.last && !is_dash(close)) ++close;
    found.cue = {c, c + n};
    speaker_after(c + n, close, found);
    return true;
  }
  return false;
}

bool Attributor::find_after(const QuoteTokens& quote, Attribution& found) const {
  // «...», ha detto Rossi / «...», Rossi ha detto / «...» ha detto: the cue follows the mark
  // (after a comma or dash) or a subject right after it. Text that merely goes on after a
  // quote in mid-sentence ("il «ricatto» occidentale e ha chiesto") is no attribution.
  std::size_t i = quote.after.first;
  const bool set_off = i < quote.after.last && document_.punctuation[i];
  while (i < quote.after.last && document_.punctuation[i]) ++i;
  if (find_echo(i, quote.after.last, found)) return true;  // «...», lo ha detto Rossi
  const std::size_t c = past_adverbs(i);
  // Without a comma, only a cue right at the mark: «...» dice Rossi.
  const bool right_after = c < quote.after.last && cue_at(c) > 0;
  if (!set_off && !right_after && document_.has_words(quote.before)) return false;
  if (right_after) {
    const std::size_t n = cue_at(c);
    found.cue = {c, c + n};
    // «...», ha detto Rossi; else the subject of the sentence the quote stands in ("La
    // Georgia ha definito le accuse «...», aggiungendo").
    if (!speaker_after(c + n, quote.after.last, found) &&
        !name_after(c + n, quote.after.last, found) &&
        !unnamed_subject_after(c + n, quote.after.last, found)) {
      speaker_before(quote.before.last, quote.before.first, found);
    }
    return true;
  }
  return find_subject_and_cue(c, quote.after.last, found);
}

bool Attributor::find_subject_and_cue(std::size_t begin, std::size_t end,
                                      Attribution& found) const {
  // The clause's first cue, before any punctuation ends the clause.
  std::size_t at = begin;
  while (at < end && document_.punctuation[at] == 0 && cue_at(at) == 0) ++at;
  if (at == begin || at == end || document_.punctuation[at] != 0) return false;
  // Everything before the cue must be the subject, with a role noun before a name ("the
  // president Joe Biden said") and adverbs after it ("he also said"): in "the crowd near
  // Biden said" Biden is not who speaks.
  const std::size_t role = lexicon_[Section::roles].match_at(document_.folded, begin);
  const auto whole_subject = [&](const TokenRange& speaker) {
    return (speaker.first == begin || (role > 0 && begin + role == speaker.first) ||
            is_title(begin, speaker.first)) &&
           past_adverbs(speaker.last) == at;
  };
  Attribution subject;
  if (!speaker_before(at, begin, subject) || !whole_subject(subject.speaker)) {
    subject = {};
    if (!name_before(at, begin, subject) || !whole_subject(subject.speaker)) {
      subject = {};
      if (!unnamed_subject_before(begin, at, subject)) return false;
    }
  }
  found = subject;
  found.cue = {at, at + cue_at(at)};
  return true;
}

bool Attributor::is_title(std::size_t begin, std::size_t name) const {
  // "Police Chief John Miller said", "Transportation Secretary Pete Buttigieg said": a few
  // capitalised words before the name, none of which ties it to another noun ("the crowd near
  // Biden") or starts a clause ("when she thought").
  if (name <= begin || name - begin > kTitleWords) return false;
  for (std::size_t i = begin; i < name; ++i) {
    if (document_.punctuation[i] || !document_.capitalised[i]) return false;
    for (const Section section : {Section::prepositions, Section::determiners,
                                  Section::clause_openers, Section::pronouns}) {
      if (lexicon_[section].match_at(document_.folded, i) > 0) return false;
    }
  }
  return true;
}

bool Attributor::passive_agent(const QuoteTokens& quote, Attribution& found) const {
  const std::size_t i = quote.after.first;
  if (i + 1 >= quote.after.last || lexicon_[Section::agents].match_at(document_.folded, i) != 1) {
    return false;
  }
  const std::optional<std::size_t> entity = entity_at(i + 1);
  if (!entity) return false;
  found.speaker = document_.entities[*entity].tokens;
  found.entity = entity;
  return true;
}

bool Attributor::find_before(const QuoteTokens& quote, Attribution& found) const {
  for (std::size_t c = quote.before.last; c > quote.before.first; --c) {
    std::size_t start = c - 1;
    const std::size_t n = cue_at(start);
    if (n == 0) continue;
    // Scanning backwards meets the participle first: take in its auxiliary ("ha poi detto").
    for (std::size_t s = start; s > quote.before.first && start - s < 3; --s) {
      if (cue_at(s - 1) == c - 1 + n - (s - 1)) start = s - 1;
    }
    found.cue = {start, c - 1 + n};
    // The passive: definita «...» da Berlusconi.
    if (passive_agent(quote, found)) return true;
    // Rossi ha detto che «...»  /  ha spiegato il ministro Rossi: «...»
    if (!speaker_before(start, quote.before.first, found) &&
        !speaker_after(c - 1 + n, quote.before.last, found)) {
      if (!name_before(start, quote.before.first, found)) {
        name_after(c - 1 + n, quote.before.last, found);
      }
    }
    return true;
  }
  return false;
}

bool Attributor::find_frame(const QuoteTokens& quote, Attribution& found) const {
  const TokenRange sentence{quote.before.first, quote.after.last};
  for (std::size_t f = sentence.first; f < sentence.last; ++f) {
    if (f >= quote.content.first && f < quote.content.last) continue;
    const std::size_t n = lexicon_[Section::frames].match_at(document_.folded, f);
    if (n == 0) continue;
    Attribution candidate;
    candidate.cue = {f, f + n};
    if (speaker_after(f + n, sentence.last, candidate)) {
      found = candidate;
      return true;
    }
  }
  return false;
}

bool Attributor::find_echo(std::size_t i, std::size_t end, Attribution& found) const {
  if (i >= end) return false;
  Attribution candidate;
  if (const std::size_t n = lexicon_[Section::echoes].match_at(document_.folded, i)) {
    // "Lo ha detto": the echo is a pronoun, though spelt as the article of "lo scandalo".
    const std::size_t c = past_adverbs(i + n);
    const std::size_t cue = c < end ? verb_cue_at(c) : 0;
    if (cue == 0) return false;
    candidate.cue = {c, c + cue};
  } else if (const std::size_t m = lexicon_[Section::echo_cues].match_at(document_.folded, i)) {
    candidate.cue = {i, i + m};
  } else {
    return false;
  }
  if (!speaker_after(candidate.cue.last, end, candidate) &&
      !name_after(candidate.cue.last, end, candidate)) {
    return false;
  }
  // "Così Rossi a Napoli", not "Così il governo ha deciso": after an echo that is its own cue,
  // the speaker ends the clause or a place follows.
  const std::size_t after = candidate.speaker.last;
  if (candidate.cue.first == i && after < end && document_.punctuation[after] == 0 &&
      lexicon_[Section::prepositions].match_at(document_.folded, after) == 0) {
    return false;
  }
  found = candidate;
  return true;
}

bool Attributor::person_named_since(const QuoteTokens& quote) const {
  const std::optional<std::size_t> person = latest_speaker(quote.before.last);
  return person && document_.entities[*person].tokens.first >= last_named_->last;
}

Attribution Attributor::attribute(const QuoteTokens& quote) {
  Attribution found;
  if (find_inside(quote, found)) {
    found.pattern = Pattern::inside;
  } else if (find_after(quote, found)) {
    found.pattern = Pattern::after_quote;
  } else if (find_before(quote, found)) {
    found.pattern = Pattern::before_quote;
  } else if (find_frame(quote, found)) {
    found.pattern = Pattern::frame;
  } else if (quote.colon_before && quote.before.last > quote.before.first) {
    found.pattern = Pattern::colon;
    found.cue_is_colon = true;
    found.cue = {quote.before.last - 1, quote.before.last};
    speaker_before(quote.before.last - 1, quote.before.first, found);
  } else if (find_echo(quote.next.first, quote.next.last, found)) {
    found.pattern = Pattern::next_sentence;  // «...». Lo ha detto Rossi.
  } else if (last_named_ && last_paragraph_ == quote.paragraph && !person_named_since(quote)) {
    // "«...», Psaki said. «...»": a name no entity covers speaks on, while no one else is named.
    found.pattern = Pattern::inherited;
    found.speaker = *last_named_;
    found.named = true;
  } else if (last_speaker_ && last_paragraph_ == quote.paragraph &&
             latest_speaker(quote.before.last) == last_speaker_) {
    found.pattern = Pattern::inherited;
    found.entity = last_speaker_;
  } else if (const std::optional<std::size_t> nearest = entity_ending_before(
                 quote.before.last, quote.before.first > 40 ? quote.before.first - 40 : 0);
             nearest && document_.entities[*nearest].person) {
    found.pattern = Pattern::nearest;
    found.entity = nearest;
  }
  // Pro-drop: "Ha aggiunto che «...»" names nobody; the speaker is whoever spoke or was named
  // last. (Preferring the last subject reads "Putin ha ringraziato Kim. Ha aggiunto..." right
  // but did worse on the Italian dev set: 77 speakers right of 98 against 82.)
  if (!found.cue.empty() && !found.entity && found.speaker.empty()) {
    found.entity = latest_speaker(quote.before.last);
  }
  if (found.entity) {
    last_speaker_ = found.entity;
    last_named_.reset();
    last_paragraph_ = quote.paragraph;
  } else if (!found.speaker.empty()) {
    // A name no entity covers ("Psaki") speaks on; a subject that names no one ("a spokesman
    // for the club") ends the turn of the name before it, and has none of its own (on LitBank
    // it cost nine speakers: fiction's next line is mostly someone else's).
    last_named_.reset();
    if (found.named) last_named_ = found.speaker;
    last_paragraph_ = quote.paragraph;
  }
  return found;
}

}  // namespace strata::quotations
