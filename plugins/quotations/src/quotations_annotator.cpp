#include "quotations_annotator.hpp"

#include <array>

#include "quote_finder.hpp"
#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/layer_names.hpp"
#include "strata/option_values.hpp"
#include "strata/resources.hpp"
#include "strata/window.hpp"

namespace strata::quotations {
namespace {

constexpr std::string_view kLayer = "quotations";
constexpr const char* kMinWords = "min-words";
constexpr const char* kLanguages = "languages";
constexpr const char* kCues = "cues";

Lexicon load_lexicon(const PluginContext& context, std::string_view file) {
  Lexicon lexicon;
  lexicon.add_lines(read_resource_lines(context, file), file);
  return lexicon;
}

// The lines of a user's cue list, as the [cues] section of a lexicon.
std::vector<std::string> cue_list_lines(const std::string& path) {
  std::vector<std::string> lines = {"[cues]"};
  const std::string content = read_file(path);
  std::size_t begin = 0;
  while (begin < content.size()) {
    std::size_t end = content.find('\n', begin);
    if (end == std::string::npos) end = content.size();
    lines.emplace_back(content.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

}  // namespace

Manifest QuotationsAnnotator::manifest() {
  Manifest m;
  m.description =
      "Direct quotations in Italian and English: the quoted words without their marks, with "
      "the cue (speech verb, 'secondo', 'according to', a colon), the speaker's mention and a "
      "link to their PER or ORG entity, the marks and a confidence. Titles, nicknames and "
      "scare quotes are left out.";
  m.languages = {"it", "en"};
  m.required_layers = {layer_names::tokens, layer_names::sentences, "entities"};
  m.provided_layers = {std::string(kLayer)};
  m.options = {
      {kMinWords, OptionType::integer, "6",
       "Quoted spans with fewer words count as quotations only next to a cue (a speech verb, "
       "'secondo', a colon); others are scare quotes or terms"},
      {kLanguages, OptionType::string, "it,en",
       "Languages to look for quotations in, comma-separated among it and en"},
      {kCues, OptionType::string, "",
       "Extra lists of cue words (speech verbs, one phrase a line, '#' comments), "
       "comma-separated files, added for every language"},
  };
  m.concurrency = Concurrency::shared;
  return m;
}

QuotationsAnnotator::QuotationsAnnotator(const PluginContext& context)
    : context_(context),
      italian_(load_lexicon(context, "lexicon-it.txt")),
      english_(load_lexicon(context, "lexicon-en.txt")) {}

void QuotationsAnnotator::configure(const Options& options) {
  const std::int64_t min_words = options.get_int(kMinWords);
  if (min_words < 1 || min_words > 100) {
    throw Error(std::string("option '") + kMinWords + "' must be between 1 and 100, not " +
                std::to_string(min_words));
  }
  min_words_ = static_cast<std::size_t>(min_words);
  constexpr std::array<std::string_view, 2> kKnown = {"it", "en"};
  languages_ = language_list(options.get_string(kLanguages), kKnown, kLanguages);
  for (const std::string_view path : comma_separated(options.get_string(kCues))) {
    try {
      const std::vector<std::string> lines = cue_list_lines(std::string(path));
      italian_.add_lines(lines, path);
      english_.add_lines(lines, path);
    } catch (const Error& e) {
      throw Error(std::string("option '") + kCues + "': " + e.what());
    }
  }
}

const Lexicon* QuotationsAnnotator::lexicon_for(std::string_view language) const {
  for (const std::string& wanted : languages_) {
    if (is_language(language, wanted)) return wanted == "it" ? &italian_ : &english_;
  }
  return nullptr;
}

void QuotationsAnnotator::process(Document& document) {
  const Lexicon* lexicon = lexicon_for(document.language());
  std::vector<FoundQuotation> found;
  if (lexicon != nullptr) {
    const TokenIndex& index = document.token_index();
    found = find_quotations(document, index, *lexicon, min_words_);
  }
  const OffsetMap& offsets = document.offsets();
  // In a window of a larger document, positions count from the whole document's start.
  const std::int64_t start = window_start(document);
  const auto code_point = [&](Offset at) {
    return start + static_cast<std::int64_t>(offsets.code_point_offset(at));
  };
  Layer& layer = document.add_layer(kLayer);
  layer.reserve(found.size(), 10 * found.size());
  for (const FoundQuotation& quotation : found) {
    const AnnotationId id = layer.add(quotation.content.begin, quotation.content.end, "quote");
    layer.set_string(id, "marks", quotation.marks);
    if (quotation.cue) {
      layer.set_string(id, "cue", document.text(quotation.cue->begin, quotation.cue->end));
      layer.set_int(id, "cue_begin", code_point(quotation.cue->begin));
      layer.set_int(id, "cue_end", code_point(quotation.cue->end));
    }
    if (quotation.speaker) {
      layer.set_string(id, "speaker_text",
                       document.text(quotation.speaker->begin, quotation.speaker->end));
      layer.set_int(id, "speaker_begin", code_point(quotation.speaker->begin));
      layer.set_int(id, "speaker_end", code_point(quotation.speaker->end));
    }
    if (quotation.entity) layer.set_ref(id, "speaker", {"entities", *quotation.entity});
    if (!quotation.speaker_name.empty())
      layer.set_string(id, "speaker_name", quotation.speaker_name);
    layer.set_real(id, "confidence", quotation.confidence);
  }
}

}  // namespace strata::quotations
