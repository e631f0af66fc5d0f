#include "entity_finder.hpp"

#include "document_consistency.hpp"
#include "list_entities.hpp"
#include "name_rules.hpp"

namespace strata::entities {
namespace {

// The index of a sentence's first token in the document.
std::size_t offset_of(const TokenIndex& index, const Sentence& sentence) {
  return static_cast<std::size_t>(sentence.tokens.data() - index.tokens().data());
}

void add_dates(const TokenIndex& index, const DateGrammar& grammar, EntitySet& entities) {
  for (const Sentence& sentence : index.sentences()) {
    const std::size_t offset = offset_of(index, sentence);
    for (DateMatch& date : grammar.find(sentence.tokens)) {
      entities.add_if_free({offset + date.first_token, offset + date.end_token, EntityType::date,
                            Source::rule, date.confidence, std::move(date.when)});
    }
  }
}

// The tokens of each sentence as views, in workspace.sentences.
void sentence_views(const TokenIndex& index, FinderWorkspace& workspace) {
  const std::span<const Sentence> sentences = index.sentences();
  workspace.sentences.resize(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    // Sized, not grown: on a long document, growing left a third of the views' memory unused.
    const std::span<const Token> tokens = sentences[s].tokens;
    SentenceTokens& views = workspace.sentences[s];
    views.resize(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) views[i] = tokens[i].text;
  }
}

void add_tagged(const TokenIndex& index, const EntityTagger& tagger, FinderWorkspace& workspace) {
  tagger.tag_document(workspace.sentences, workspace.tagger, workspace.tagged);
  const std::span<const Sentence> sentences = index.sentences();
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::size_t offset = offset_of(index, sentences[s]);
    for (const TaggedSpan& span : workspace.tagged[s]) {
      // The annotator accepts only models whose types are entity types.
      const std::optional<EntityType> type = entity_type(span.type);
      if (!type) continue;
      workspace.entities.add_if_free({offset + span.first_token,
                                      offset + span.last_token,
                                      *type,
                                      Source::model,
                                      span.confidence,
                                      {}});
    }
  }
}

// The document's words into the lists' context, each token's folded form from its entry in
// the lists' cache (NameLists::find_words) instead of folded again.
void add_context(const TokenIndex& index, const FinderWorkspace& workspace,
                 std::vector<std::uint64_t>& folded, DocumentContext& document) {
  const LookupWorkspace& lookup = workspace.lookup;
  const std::span<const Sentence> sentences = index.sentences();
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::size_t offset = offset_of(index, sentences[s]);
    folded.resize(sentences[s].tokens.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
      folded[i] = lookup.words.entry(lookup.word_numbers[offset + i]).key.folded;
    }
    document.add_sentence(workspace.sentences[s], folded);
  }
}

// Rules (without a tagger) and names from the lists: all of them without a tagger, only the
// user's with one, which has weighed the shipped lists already (on KIND's development data,
// shipped names it had left out were right about a quarter of the time).
void add_list_and_rule_entities(const TokenIndex& index, const LanguageTools& tools,
                                FinderWorkspace& workspace) {
  const bool rules = tools.tagger == nullptr;
  if (!rules && !tools.lists->has_user_lists()) return;
  LookupWorkspace& lookup = workspace.lookup;
  tools.lists->find_words(index.tokens(), lookup);
  DocumentContext& document = workspace.document;
  document.clear();
  add_context(index, workspace, workspace.folded, document);
  for (const Sentence& sentence : index.sentences()) {
    const std::size_t offset = offset_of(index, sentence);
    const std::span<const std::uint32_t> words =
        std::span(lookup.word_numbers).subspan(offset, sentence.tokens.size());
    tools.lists->look_up(sentence.tokens, words, rules ? ListChoice::all : ListChoice::user_only,
                         lookup);
    if (rules) add_rule_entities(*tools.lists, sentence.tokens, offset, lookup, workspace.entities);
    add_list_entities(*tools.lists, sentence.tokens, offset, document, lookup, workspace.entities);
  }
}

}  // namespace

void find_entities(const TokenIndex& index, const LanguageTools& tools,
                   FinderWorkspace& workspace) {
  const std::span<const Token> tokens = index.tokens();
  workspace.entities.reset(tokens.size());
  workspace.sentence_starts.assign(tokens.size(), false);
  for (const Sentence& sentence : index.sentences()) {
    if (!sentence.tokens.empty()) workspace.sentence_starts[offset_of(index, sentence)] = true;
  }
  sentence_views(index, workspace);
  add_dates(index, *tools.dates, workspace.entities);
  if (tools.tagger != nullptr) add_tagged(index, *tools.tagger, workspace);
  add_list_and_rule_entities(index, tools, workspace);
  link_person_names(tokens, workspace.sentence_starts, workspace.entities);
  alias_acronyms(tokens, workspace.entities);
  if (tools.countries != nullptr) retype_countries(tokens, *tools.countries, workspace.entities);
  if (tools.cities != nullptr) {
    retype_datelines(tokens, workspace.sentence_starts, *tools.cities, workspace.entities);
  }
}

}  // namespace strata::entities
