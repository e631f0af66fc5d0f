#include "sentence_sentiment.hpp"

#include <algorithm>

#include "xml_names.hpp"
#include "xml_output.hpp"

namespace strata::formats {
namespace {

std::string interp_id(std::string_view label) {
  return "sentiment-" + encode_xml_name(label);
}

}  // namespace

SentenceSentiment sentence_sentiment(const Document& document, const TextStructure& structure) {
  const auto& sentences = structure.extents(TextStructure::sentence);
  SentenceSentiment result{std::vector<std::string>(sentences.size()), {}};
  const Layer* layer = document.find_layer("sentiment");
  if (!layer) return result;
  std::vector<std::string> labels = {"positive", "neutral", "negative"};
  bool any = false;
  for (AnnotationId id : layer->ids_by_offset()) {
    const Offset begin = layer->begin(id);
    const auto sentence = std::partition_point(sentences.begin(), sentences.end(),
                                               [&](const auto& s) { return s.begin < begin; });
    if (sentence == sentences.end() || sentence->begin != begin ||
        sentence->end != layer->end(id) || layer->type(id).empty()) {
      continue;  // the document's label, or one that is not a sentence's
    }
    const std::string label(layer->type(id));
    result.ana[static_cast<std::size_t>(sentence - sentences.begin())] = "#" + interp_id(label);
    if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
    any = true;
  }
  if (any) result.labels = std::move(labels);
  return result;
}

void add_labels(std::vector<std::string>& labels, const std::vector<std::string>& more) {
  for (const std::string& label : more) {
    if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
  }
}

std::string sentiment_interp_group(const std::vector<std::string>& labels) {
  if (labels.empty()) return "";
  std::string group = "    <interpGrp type=\"sentiment\">\n";
  for (const std::string& label : labels) {
    group += "      ";
    start_element(group, "interp");
    append_attribute(group, "xml:id", interp_id(label));
    end_start_tag(group);
    append_escaped_text(group, label);
    group += "</interp>\n";
  }
  group += "    </interpGrp>\n";
  return group;
}

}  // namespace strata::formats
