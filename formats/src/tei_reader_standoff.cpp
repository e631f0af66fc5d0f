#include "tei_reader_standoff.hpp"

#include <algorithm>

#include "strata/error.hpp"

namespace strata::formats {

void StandoffReader::start_element(std::string_view name, const XmlAttributes& attributes) {
  ++depth_;
  if (depth_ == 1) {
    if (name == "spanGrp" || name == "listAnnotation") {
      in_group_ = true;
      group_.spans = name == "spanGrp";
      group_.type = attributes.value("type");
      group_.resp = attributes.value("resp");
    } else if (name == "linkGrp") {
      links_.push_back({std::string(attributes.value("type")), {}});
      in_links_ = true;
    }
  } else if (depth_ == 2 && in_group_ && name == (group_.spans ? "span" : "annotation")) {
    StandoffItem& item = group_.items.emplace_back();
    item.xml_id = attributes.value("xml:id");
    if (const char* target = attributes.find("target")) item.target = target;
    item.from = attributes.value("from");
    item.to = attributes.value("to");
    if (group_.spans) item.label = read_label(attributes);
    item.first_feature = group_.features.size();
    in_item_ = true;
    note_seen_ = fs_seen_ = false;
  } else if (depth_ == 2 && in_links_ && name == "link") {
    links_.back().targets.emplace_back(attributes.value("target"));
  } else if (depth_ > 2 && in_item_) {
    start_item_part(name, attributes);
  }
}

// Inside a span: its first fs. Inside an annotation: its first note's first fs, which has the
// label. Inside that fs: each f, and the first element inside each f, its value.
void StandoffReader::start_item_part(std::string_view name, const XmlAttributes& attributes) {
  StandoffItem& item = group_.items.back();
  const int fs_depth = group_.spans ? 3 : 4;
  if (!group_.spans && depth_ == 3 && name == "note" && !note_seen_) {
    note_seen_ = true;
    note_depth_ = depth_;
  } else if (depth_ == fs_depth && name == "fs" && !fs_seen_ && (group_.spans || note_depth_)) {
    fs_seen_ = true;
    fs_depth_ = depth_;
    if (!group_.spans) item.label = read_label(attributes);
  } else if (fs_depth_ && depth_ == fs_depth_ + 1 && name == "f") {
    group_.features.push_back({std::string(attributes.value("name")), {}, {}});
    ++item.feature_count;
    f_depth_ = depth_;
  } else if (f_depth_ && depth_ == f_depth_ + 1 && group_.features.back().kind.empty()) {
    FeatureText& feature = group_.features.back();
    feature.kind = name;
    if (name == "string") {
      value_depth_ = depth_;
    } else {
      feature.value = attributes.value("value");
    }
  }
}

void StandoffReader::text(std::string_view piece) {
  if (value_depth_ && depth_ == value_depth_) group_.features.back().value += piece;
}

void StandoffReader::end_element() {
  if (depth_ == value_depth_) value_depth_ = 0;
  if (depth_ == f_depth_) f_depth_ = 0;
  if (depth_ == fs_depth_) fs_depth_ = 0;
  if (depth_ == note_depth_) note_depth_ = 0;
  if (depth_ == 1 && in_group_) {
    in_group_ = false;
    if (document_) {
      add_group(group_);
      // Cleared, not made anew: the next group reuses the memory.
      group_.items.clear();
      group_.features.clear();
    } else {
      waiting_.push_back(std::move(group_));
      group_ = {};
    }
  }
  if (depth_ == 2) in_item_ = false;
  if (depth_ == 1) in_links_ = false;
  --depth_;
}

void StandoffReader::set_document(Document& document, pugi::xml_node app_info, XmlIds& ids,
                                  const std::vector<Layer*>& in_body) {
  document_ = &document;
  app_info_ = app_info;
  ids_ = &ids;
  for (Layer* layer : in_body) {
    layers_.emplace(layer->name(), layer);
    in_body_.push_back(layer);
  }
  for (const StandoffGroup& group : waiting_) add_group(group);
  std::vector<StandoffGroup>().swap(waiting_);
}

void StandoffReader::add_group(const StandoffGroup& group) {
  const auto found = layers_.find(group.type);
  if (found != layers_.end() && std::ranges::count(in_body_, found->second)) {
    if (std::ranges::count(given_features_, found->second)) {
      throw Error("layer \"" + group.type + "\" in standOff: a second group of its features");
    }
    given_features_.push_back(found->second);
    return add_body_features(group, *found->second, *ids_);
  }
  Layer& layer = add_standoff_layer(group, app_info_, *document_, *ids_);
  layers_.emplace(layer.name(), &layer);
}

void StandoffReader::finish() {
  for (const LinkGroup& group : links_) add_links(group, layers_, *ids_);
}

}  // namespace strata::formats
