#include "test_support.hpp"

#include <cstdlib>

#include "trainer.hpp"

namespace strata::entities::testing {

const TagSet& kind_tags() {
  static const TagSet tags({"PER", "LOC", "ORG"});
  return tags;
}

LabeledSentence sentence(std::string_view text, const TagSet& tags) {
  LabeledSentence result;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view item = text.substr(at, end - at);
    at = end + 1;
    if (item.empty()) continue;
    const std::size_t slash = item.rfind('/');
    std::string_view label = "O";
    std::string_view token = item;
    if (slash != std::string_view::npos && slash > 0 && slash + 1 < item.size() &&
        (item.substr(slash + 1) == "O" || (slash + 2 < item.size() && item[slash + 2] == '-'))) {
      token = item.substr(0, slash);
      label = item.substr(slash + 1);
    }
    Tag tag = TagSet::kOutside;
    if (label != "O") {
      const std::size_t type = *tags.find_type(label.substr(2));
      tag = label[0] == 'B' ? TagSet::begin_tag(type) : TagSet::inside_tag(type);
    }
    result.tokens.emplace_back(token);
    result.tags.push_back(tag);
  }
  return result;
}

std::vector<std::string_view> views(const LabeledSentence& sentence) {
  return {sentence.tokens.begin(), sentence.tokens.end()};
}

const Gazetteer& small_gazetteer() {
  static const Gazetteer gazetteer = [] {
    Gazetteer g;
    g.add_list(
        "LOC\tRoma\nLOC\tMilano\nLOC\tStati Uniti\nLOC\tBanca d'Italia\nORG\tBanca d'Italia\n"
        "ORG\tNazioni Unite\nORG\tONU\nORG\tFiat\nFIRSTNAME\tMario\nFIRSTNAME\tAnna\n",
        "small", Strength::strong);
    g.add_list("LOC\tRosa\nFIRSTNAME\tRosa\n", "small-weak", Strength::weak);
    return g;
  }();
  return gazetteer;
}

std::vector<LabeledSentence> toy_corpus() {
  const char* lines[] = {
      "Mario/B-PER Rossi/I-PER vive a Roma/B-LOC .",
      "Anna/B-PER Bianchi/I-PER lavora per la Fiat/B-ORG a Milano/B-LOC .",
      "Il presidente Verdi/B-PER ha parlato all' ONU/B-ORG .",
      "La Fiat/B-ORG ha sede a Torino/B-LOC .",
      "Carlo/B-PER Neri/I-PER è andato a Milano/B-LOC con Anna/B-PER .",
      "Le Nazioni/B-ORG Unite/I-ORG hanno sede a New/B-LOC York/I-LOC .",
      "Il ministro Bruni/B-PER visita Roma/B-LOC e Milano/B-LOC .",
      "La Banca/B-ORG d'/I-ORG Italia/I-ORG alza i tassi .",
      "Oggi piove a Torino/B-LOC .",
      "Il sindaco di Roma/B-LOC incontra Mario/B-PER Rossi/I-PER .",
  };
  std::vector<LabeledSentence> corpus;
  for (const char* line : lines) corpus.push_back(sentence(line));
  corpus.front().starts_document = true;
  return corpus;
}

const Model& toy_model() {
  static const Model model = [] {
    TrainingOptions options;
    options.tags = kind_tags();
    options.gazetteer = &small_gazetteer();
    options.bucket_bits = 16;
    options.max_epochs = 10;
    options.seed = 3;
    return train(toy_corpus(), {}, options);
  }();
  return model;
}

std::filesystem::path resource_dir() {
  return ENTITIES_RESOURCE_DIR;
}

std::filesystem::path shared_dir() {
  const char* dir = std::getenv("STRATA_SHARED_DIR");
  return dir == nullptr ? std::filesystem::path() : std::filesystem::path(dir);
}

}  // namespace strata::entities::testing
