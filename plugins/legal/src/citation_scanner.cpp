#include "citation_scanner.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "act_reference.hpp"
#include "eu_acts.hpp"
#include "italian_acts.hpp"
#include "named_treaty.hpp"
#include "strata/error.hpp"
#include "text_scan.hpp"

namespace strata::legal {
namespace {

// What starts a partition, an EU act or a reference to "the treaty": the section sign, and these
// words.
constexpr std::string_view kSectionSign = "§";
constexpr std::string_view kKeywords =
    "(?:artt?\\b|artt?\\.|articol[oi]|articles?|comm[ai]|paragraf[oi]|paragraphs?|letter[ae]|"
    "lett\\.|"
    "libr[oi]|titol[oi]|capo|sezion[ei]|allegat[oi]|tabell[ae]|"
    "primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|nono|decimo|\\d+\\s*[°º]\\s+comma|"
    "regolamento|regulation|direttiva|directive|decisione|decision|reg\\.|dir\\.|trattato|treaty|"
    "accordo|patto|convenzione|protocollo|agreement|pact|convention)";

// Between partitions and the act they belong to: "della", "dell'", "allegata al", a comma.
const RE2& to_instrument() {
  static const RE2 pattern(
      "\\s*,?\\s*(?:(?:del|della|dello|dei|degli|delle|al|alla|allo|ai|agli|alle|di|ex|"
      "(?:allegat[oa]|annesso|annessa)\\s+al(?:la)?|of(?:\\s+the)?)\\s+|(?:dell|all|d)['\u2019]\\s*"
      ")?",
      scanner_options());
  return pattern;
}

// The features a partition path gives a citation: article, comma or paragraph, letter.
void add_partition_features(const PartitionPath& path, Citation& citation) {
  for (const auto& [kind, value] : path) {
    if (kind == "art") citation.features.emplace_back("article", value);
    if (kind == "com") citation.features.emplace_back("comma", value);
    if (kind == "par") citation.features.emplace_back("paragraph", value);
    if (kind == "let") citation.features.emplace_back("letter", value);
  }
}

// Whether an instrument written as `written` is a citation without partitions: "la
// costituzione di una società" is not (the Constitution alone has a capital), nor are "cds.",
// "CDs" or "cedu" (a short name alone needs its inner dots, or capitals at both ends: "CdS").
bool stands_alone(std::string_view written, std::string_view type) {
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (type == "constitution" && !upper(written.front())) return false;
  const std::string_view inner =
      written.back() == '.' ? written.substr(0, written.size() - 1) : written;
  const bool short_name = inner.find('.') == std::string_view::npos && written.size() <= 6;
  return !short_name || (upper(written.front()) && upper(inner.back()));
}

}  // namespace

CitationScanner::CitationScanner(const LegalLexicon& lexicon) : lexicon_(lexicon) {
  // The search asks for the start of a word before every alternative but §: RE2 then passes
  // over a word's inner letters instead of stopping at "patto" in "impatto" and being started
  // again after it, which took a third of the search.
  const std::string section_sign(kSectionSign);
  const std::string keywords(kKeywords);
  trigger_ = std::make_unique<RE2>("(?:" + section_sign + "|\\b" + keywords + "|" +
                                       lexicon.act_types.search_pattern() + "|" +
                                       lexicon.instruments.search_pattern() + ")",
                                   scanner_options());
  if (!trigger_->ok()) throw Error("legal: bad trigger pattern: " + trigger_->error());
  // RE2's \b counts '_' as a letter, letter_before does not: the words right after an
  // underscore ("_art. 5_" in Markdown) are tried one by one with this.
  trigger_at_ = std::make_unique<RE2>("(?:" + section_sign + "|" + keywords + "|" +
                                          lexicon.act_types.pattern() + "|" +
                                          lexicon.instruments.pattern() + ")",
                                      scanner_options());
  if (!trigger_at_->ok()) throw Error("legal: bad trigger pattern: " + trigger_at_->error());
}

std::size_t CitationScanner::next_start(std::string_view text, std::size_t pos,
                                        TriggerSearch& search) const {
  constexpr std::size_t kNone = std::string_view::npos;
  // The first hit from an earlier position is the first from `pos` too, while `pos` has not
  // passed it: the text up to it is not searched again after each word tried before it.
  if (search.from == kNone || search.from > pos || (search.hit != kNone && pos > search.hit)) {
    re2::StringPiece hit;
    const bool found = trigger_->Match(re2::StringPiece(text.data(), text.size()), pos, text.size(),
                                       RE2::UNANCHORED, &hit, 1);
    search.from = pos;
    search.hit = found ? static_cast<std::size_t>(hit.data() - text.data()) : kNone;
  }
  // Underscores are looked for up to the hit only, so that a text with none is not read to its
  // end again for every hit.
  const std::string_view before_hit = text.substr(0, std::min(search.hit, text.size()));
  for (std::size_t underscore = before_hit.find('_', pos > 0 ? pos - 1 : 0);
       underscore != kNone && underscore + 1 < before_hit.size();
       underscore = before_hit.find('_', underscore + 1)) {
    const std::size_t after = underscore + 1;
    if (after >= pos && match_at(*trigger_at_, text, after)) return after;
  }
  return search.hit;
}

std::optional<Instrument> CitationScanner::named_instrument(std::string_view text,
                                                            std::size_t pos) const {
  const auto found = lexicon_.instruments.match_at(text, pos);
  if (!found) return std::nullopt;
  const std::vector<std::string>& values = *found->values;
  return Instrument{found->end, values[0], {{values[1], {{"instrument", values[2]}}}}, false};
}

std::optional<Instrument> CitationScanner::instrument_at(std::string_view text,
                                                         std::size_t pos) const {
  static const RE2 the_treaty("(?:il\\s+|the\\s+)?(?:trattato|treaty)\\b", scanner_options());
  if (letter_before(text, pos)) return std::nullopt;
  std::optional<Instrument> best = named_instrument(text, pos);
  for (auto candidate : {scan_eu_act(text, pos), scan_italian_act(lexicon_, text, pos),
                         scan_named_treaty(text, pos)}) {
    if (candidate && (!best || candidate->end > best->end)) best = std::move(candidate);
  }
  if (best) return best;
  if (const auto end = match_at(the_treaty, text, pos)) return Instrument{*end, "treaty", {}, true};
  if (const auto reference = scan_act_reference(text, pos)) {
    return Instrument{reference->end, "legislation", {}, true, reference->kind};
  }
  return std::nullopt;
}

std::optional<CitationScanner::Phrase> CitationScanner::phrase_at(std::string_view text,
                                                                  std::size_t pos) const {
  static const RE2 to_partitions("\\s*,?\\s*", scanner_options());
  if (const auto partitions = scan_partitions(text, pos)) {
    const std::size_t at =
        match_at(to_instrument(), text, partitions->end).value_or(partitions->end);
    auto instrument = instrument_at(text, at);
    if (!instrument) return std::nullopt;
    return Phrase{instrument->end, std::move(*instrument), partitions->groups};
  }
  auto instrument = instrument_at(text, pos);
  if (!instrument || instrument->anaphoric) return std::nullopt;
  const std::size_t at = match_at(to_partitions, text, instrument->end).value_or(instrument->end);
  if (const auto partitions = scan_partitions(text, at)) {
    return Phrase{partitions->end, std::move(*instrument), partitions->groups};
  }
  if (!stands_alone(text.substr(pos, instrument->end - pos), instrument->type)) {
    return std::nullopt;
  }
  const std::size_t end = instrument->end;
  return Phrase{end, std::move(*instrument), {}};
}

std::vector<Citation> CitationScanner::scan(std::string_view text) const {
  std::vector<Citation> citations;
  // What "del trattato" and "della stessa legge" refer to: the treaty cited last, and the
  // Italian act or code of each kind cited last, with its citation type.
  std::optional<Instrument> last_treaty;
  std::array<std::optional<std::pair<std::string, NamedAct>>, kActKinds> last_of_kind;
  std::size_t groups = 0;
  std::size_t pos = 0;
  std::size_t start = 0;
  TriggerSearch search;
  while (pos < text.size() && (start = next_start(text, pos, search)) != std::string_view::npos) {
    auto phrase = letter_before(text, start) ? std::nullopt : phrase_at(text, start);
    if (phrase && phrase->instrument.anaphoric) {
      Instrument& instrument = phrase->instrument;
      if (instrument.type == "treaty" && last_treaty) {
        instrument.acts = {last_treaty->acts.back()};
      } else if (const auto& act = last_of_kind[static_cast<std::size_t>(instrument.kind)];
                 instrument.type != "treaty" && act) {
        instrument.type = act->first;
        instrument.acts = {act->second};
      } else {
        phrase.reset();
      }
    }
    if (!phrase) {
      pos = start + 1;
      continue;
    }
    const Instrument& instrument = phrase->instrument;
    if (instrument.type == "treaty") {
      last_treaty = instrument;
    } else if (instrument.type != "eu") {
      for (const NamedAct& act : instrument.acts) {
        for (std::size_t kind = 0; kind < kActKinds; ++kind) {
          if (is_of_kind(static_cast<ActKind>(kind), instrument.type, act)) {
            last_of_kind[kind] = {instrument.type, act};
          }
        }
      }
    }
    const std::vector<PartitionPath> paths = partition_paths(phrase->partitions);
    const bool grouped = instrument.acts.size() * paths.size() > 1;
    if (grouped) ++groups;
    for (const NamedAct& act : instrument.acts) {
      for (const PartitionPath& path : paths) {
        Citation citation{start, phrase->end, instrument.type, {}};
        citation.features.emplace_back("id", act.id + partition_suffix(path));
        citation.features.push_back(act.features.front());
        add_partition_features(path, citation);
        citation.features.insert(citation.features.end(), act.features.begin() + 1,
                                 act.features.end());
        if (grouped) citation.features.emplace_back("group", std::to_string(groups));
        citations.push_back(std::move(citation));
      }
    }
    pos = phrase->end;
  }
  return citations;
}

}  // namespace strata::legal
