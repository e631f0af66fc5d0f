#include "quote_finder.hpp"

#include <algorithm>

#include "attribution.hpp"
#include "quote_scanner.hpp"
#include "speech_filter.hpp"
#include "strata/layer_names.hpp"

namespace strata::quotations {
namespace {

constexpr std::string_view kEntitiesLayer = "entities";

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

// Everything about the document's tokens that attribution reads.
class TokenView {
 public:
  TokenView(const Document& document, const TokenIndex& index) : tokens_(index.tokens()) {
    folded_.resize(tokens_.size());
    punctuation_.reserve(tokens_.size());
    for (const Token& token : tokens_) {
      punctuation_.push_back(token.kind == "punct" || token.kind == "symbol");
      capitalised_.push_back(!token.text.empty() && token.text.front() >= 'A' &&
                             token.text.front() <= 'Z');
    }
    for (const Sentence& sentence : index.sentences()) {
      const auto first = static_cast<std::size_t>(sentence.tokens.data() - tokens_.data());
      sentences_.push_back({first, first + sentence.tokens.size()});
    }
    if (const Layer* entities = document.find_layer(kEntitiesLayer)) {
      for (const AnnotationId id : entities->ids_by_offset()) {
        const std::string_view type = entities->type(id);
        // A country or city speaks too ("la Georgia ha dichiarato"), as the subject of a cue.
        if (type != "PER" && type != "ORG" && type != "LOC") continue;
        const TokenRange range = between(entities->begin(id), entities->end(id));
        if (range.empty() || (!speakers_.empty() && range.first < speakers_.back().tokens.last)) {
          continue;
        }
        speakers_.push_back({range, type == "PER"});
        entity_ids_.push_back(id);
        // Names are compared by their words, and the word before one says if it is a subject.
        for (std::size_t i = range.first > 0 ? range.first - 1 : 0; i < range.last; ++i) fold(i);
      }
    }
  }

  DocumentTokens tokens() const { return {folded_, punctuation_, capitalised_, speakers_}; }

  // Folds the tokens of the sentences from the one holding byte `begin` to the one after the
  // one holding byte `end`: the only ones the lexicons are matched on (folding every token of
  // a corpus would cost more than finding its quotations).
  void fold_around(Offset begin, Offset end) {
    const std::size_t first = sentence_of(between(begin, begin).first).first;
    std::size_t last = sentence_of(between(end, end).first).last;
    if (last < tokens_.size()) last = sentence_of(last).last;
    for (std::size_t i = first; i < last; ++i) fold(i);
  }
  std::span<const Token> all() const { return tokens_; }
  AnnotationId entity_id(std::size_t index) const { return entity_ids_[index]; }

  // The longest entity of the same kind that ends with the same word ("Vladimir Putin" for a
  // later "Putin"): the name a reader would give the speaker.
  std::size_t fullest_name(std::size_t index) const {
    const SpeakerEntity& entity = speakers_[index];
    const std::string& last = folded_[entity.tokens.last - 1];
    std::size_t best = index;
    for (std::size_t k = 0; k < speakers_.size(); ++k) {
      const SpeakerEntity& other = speakers_[k];
      const std::size_t length = other.tokens.last - other.tokens.first;
      if (other.person == entity.person && folded_[other.tokens.last - 1] == last &&
          length > speakers_[best].tokens.last - speakers_[best].tokens.first) {
        best = k;
      }
    }
    return best;
  }

  // The tokens that start at or after `begin` and end by `end`.
  TokenRange between(Offset begin, Offset end) const {
    const auto first = std::lower_bound(tokens_.begin(), tokens_.end(), begin,
                                        [](const Token& t, Offset at) { return t.begin < at; });
    auto last = first;
    while (last != tokens_.end() && last->end <= end) ++last;
    return {static_cast<std::size_t>(first - tokens_.begin()),
            static_cast<std::size_t>(last - tokens_.begin())};
  }

  // The sentence holding token i (or the one after, for a token between sentences).
  TokenRange sentence_of(std::size_t i) const {
    const auto found =
        std::upper_bound(sentences_.begin(), sentences_.end(), i,
                         [](std::size_t token, const TokenRange& s) { return token < s.first; });
    if (found == sentences_.begin()) return {0, tokens_.size()};
    return *(found - 1);
  }

  // The sentence after the one ending at token `end`, when it goes on in lower case: a
  // sentence splitter may cut «...!» ha detto Rossi after the mark.
  std::size_t extend_lowercase(std::size_t end) const {
    if (end >= tokens_.size()) return end;
    const std::string_view first = tokens_[end].text;
    if (first.empty() || !(first.front() >= 'a' && first.front() <= 'z')) return end;
    return sentence_of(end).last;
  }

 private:
  void fold(std::size_t i) {
    if (folded_[i].empty()) folded_[i] = fold_token(tokens_[i].text);
  }

  std::span<const Token> tokens_;
  std::vector<std::string> folded_;
  std::vector<std::uint8_t> punctuation_;
  std::vector<std::uint8_t> capitalised_;
  std::vector<TokenRange> sentences_;
  std::vector<SpeakerEntity> speakers_;
  std::vector<AnnotationId> entity_ids_;  // of speakers_, in the entities layer
};

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
  const DocumentTokens tokens = view.tokens();
  for (std::size_t i = quote.before.first; i < quote.before.last; ++i) {
    if (tokens.punctuation[i] == 0) return false;
  }
  return true;
}

QuotedText describe(const QuotedSpan& span, const QuoteTokens& quote, const TokenView& view,
                    std::string_view text, const Lexicon& lexicon, Pattern pattern) {
  const std::span<const Token> tokens = view.all();
  QuotedText quoted;
  quoted.pattern = pattern;
  quoted.opens_sentence = opens_line_or_sentence(span, quote, view, text);
  quoted.capitalised_first = text[span.begin] >= 'A' && text[span.begin] <= 'Z';
  const char last = text[span.end - 1];
  quoted.reads_as_sentence = quote.colon_before || last == '.' || last == '!' || last == '?';
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
  }
  Attributor attributor(lexicon, view.tokens());
  for (const QuotedSpan& span : spans) {
    const QuoteTokens quote = place(span, view, paragraphs);
    if (quote.content.empty()) continue;
    const Attribution attribution = attributor.attribute(quote);
    const QuotedText quoted =
        describe(span, quote, view, document.text(), lexicon, attribution.pattern);
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
