#include "quote_finder.hpp"

#include <algorithm>

#include "attribution.hpp"
#include "quote_scanner.hpp"
#include "speech_filter.hpp"
#include "strata/layer_names.hpp"
#include "token_view.hpp"

namespace strata::quotations {
namespace {

// How sure each pattern is that it found the right speaker.
double pattern_confidence(Pattern pattern) {
  switch (pattern) {
    case Pattern::inside:
    case Pattern::after_quote:
      return 0.9;
    case Pattern::before_quote:
    case Pattern::frame:
      return 0.85;
    case Pattern::colon:
    case Pattern::next_sentence:
      return 0.8;
    case Pattern::inherited:
      return 0.6;
    case Pattern::nearest:
      return 0.5;
    case Pattern::none:
      break;
  }
  return 0.3;
}

std::vector<TextRange> paragraphs_of(const Document& document) {
  std::vector<TextRange> paragraphs;
  if (const Layer* layer = document.find_layer(layer_names::paragraphs)) {
    for (const AnnotationId id : layer->ids_by_offset()) {
      paragraphs.push_back({layer->begin(id), layer->end(id)});
    }
    return paragraphs;
  }
  return line_paragraphs(document.text());
}

std::size_t paragraph_of(std::span<const TextRange> paragraphs, std::size_t at) {
  const auto found =
      std::upper_bound(paragraphs.begin(), paragraphs.end(), at,
                       [](std::size_t offset, const TextRange& p) { return offset < p.begin; });
  return found == paragraphs.begin() ? 0 : static_cast<std::size_t>(found - paragraphs.begin()) - 1;
}

// The quoted span among the tokens: its content, and its sentences' tokens around the marks.
QuoteTokens place(const QuotedSpan& span, const TokenView& view,
                  std::span<const TextRange> paragraphs) {
  const std::span<const Token> tokens = view.all();
  QuoteTokens quote;
  quote.content = view.between(span.begin, span.end);
  const std::size_t opener = view.between(span.open, span.open).first;
  quote.before = {view.sentence_of(opener).first, opener};
  const std::size_t after = view.between(span.close, span.close).first;
  const std::size_t last_inside = quote.content.empty() ? opener : quote.content.last - 1;
  std::size_t end = std::max(after, view.sentence_of(last_inside).last);
  if (end == after) end = view.extend_lowercase(after);
  quote.after = {after, std::max(after, end)};
  quote.paragraph = paragraph_of(paragraphs, span.open);
  // Nothing but marks after the quote in its sentence: the next may say who spoke.
  if (quote.after.last < tokens.size() && !view.tokens().has_words(quote.after)) {
    const TokenRange next = view.sentence_of(quote.after.last);
    if (next.first >= quote.after.last &&
        paragraph_of(paragraphs, tokens[next.first].begin) == quote.paragraph) {
      quote.next = next;
    }
  }
  quote.colon_before = opener > quote.before.first && tokens[opener - 1].text == ":";
  return quote;
}

// Whether the quote begins a line, or its sentence before it holds only punctuation (the
// closing mark of the last line of dialogue): then it is a line of dialogue.
bool opens_line_or_sentence(const QuotedSpan& span, const QuoteTokens& quote, const TokenView& view,
                            std::string_view text) {
  std::size_t at = span.open;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  if (at == 0 || text[at - 1] == '\n') return true;
  return !view.tokens().has_words(quote.before);
}

QuotedText describe(const QuotedSpan& span, const QuoteTokens& quote, const TokenView& view,
                    std::string_view text, const Lexicon& lexicon, Pattern pattern,
                    const TokenRange& cue) {
  const std::span<const Token> tokens = view.all();
  QuotedText quoted;
  quoted.pattern = pattern;
  quoted.opens_sentence = opens_line_or_sentence(span, quote, view, text);
  quoted.capitalised_first = text[span.begin] >= 'A' && text[span.begin] <= 'Z';
  const char last = text[span.end - 1];
  // A cue right against the marks ("al grido di «Siria libera»") introduces words, not a name.
  const bool cue_adjacent =
      !cue.empty() &&
      (cue.last == quote.before.last || cue.first == quote.after.first ||
       (quote.after.first + 1 == cue.first && view.tokens().punctuation[quote.after.first] != 0));
  quoted.reads_as_sentence =
      quote.colon_before || cue_adjacent || last == '.' || last == '!' || last == '?';
  for (std::size_t i = quote.content.first; i < quote.content.last; ++i) {
    if (tokens[i].kind != "word" && tokens[i].kind != "number") continue;
    ++quoted.words;
    const char first = tokens[i].text.front();
    if (first >= 'A' && first <= 'Z') ++quoted.capitalised;
  }
  const DocumentTokens document = view.tokens();
  for (std::size_t back = 1; back <= 3 && back <= quote.before.last - quote.before.first; ++back) {
    const std::size_t start = quote.before.last - back;
    if (lexicon[Section::not_speech].match_at(document.folded, start) == back) {
      quoted.title_before = true;
    }
  }
  return quoted;
}

ByteSpan bytes_of(const TokenRange& range, std::span<const Token> tokens) {
  return {tokens[range.first].begin, tokens[range.last - 1].end};
}

}  // namespace

std::vector<FoundQuotation> find_quotations(const Document& document, const TokenIndex& index,
                                            const Lexicon& lexicon, std::size_t min_words) {
  const std::vector<TextRange> paragraphs = paragraphs_of(document);
  const std::vector<QuotedSpan> spans = find_quoted_spans(document.text(), paragraphs);
  std::vector<FoundQuotation> found;
  if (spans.empty()) return found;
  TokenView view(document, index);
  for (const QuotedSpan& span : spans) {
    view.fold_around(static_cast<Offset>(span.open), static_cast<Offset>(span.close));
    view.mark_quoted(static_cast<Offset>(span.begin), static_cast<Offset>(span.end));
  }
  Attributor attributor(lexicon, view.tokens());
  for (const QuotedSpan& span : spans) {
    const QuoteTokens quote = place(span, view, paragraphs);
    if (quote.content.empty()) continue;
    const Attribution attribution = attributor.attribute(quote);
    const QuotedText quoted =
        describe(span, quote, view, document.text(), lexicon, attribution.pattern, attribution.cue);
    if (!is_speech(quoted, min_words)) continue;
    FoundQuotation quotation;
    quotation.content = {static_cast<Offset>(span.begin), static_cast<Offset>(span.end)};
    quotation.marks = span.marks;
    if (!attribution.cue.empty()) quotation.cue = bytes_of(attribution.cue, view.all());
    if (!attribution.speaker.empty()) {
      quotation.speaker = bytes_of(attribution.speaker, view.all());
      if (attribution.named) {
        quotation.speaker_name = document.text(quotation.speaker->begin, quotation.speaker->end);
      }
    }
    if (attribution.entity) {
      quotation.entity = view.entity_id(*attribution.entity);
      const ByteSpan name = bytes_of(
          view.tokens().entities[view.fullest_name(*attribution.entity)].tokens, view.all());
      quotation.speaker_name = document.text(name.begin, name.end);
      // No mention beside the quote (a quote inheriting its speaker): the entity's own.
      if (!quotation.speaker) {
        quotation.speaker =
            bytes_of(view.tokens().entities[*attribution.entity].tokens, view.all());
      }
    }
    quotation.confidence = pattern_confidence(attribution.pattern) * (span.closed ? 1.0 : 0.8);
    found.push_back(std::move(quotation));
  }
  return found;
}

}  // namespace strata::quotations
