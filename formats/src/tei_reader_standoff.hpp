// The standOff half of read_tei: spanGrp/listAnnotation layers and linkGrp references.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "strata/document.hpp"
#include "tei_standoff_records.hpp"
#include "xml_events.hpp"
#include "xml_ids.hpp"

namespace strata::formats {

// Reads the events inside standOff (not standOff's own): a layer per spanGrp or listAnnotation,
// or the features of a layer the body gave (add_body_features), in file order, then the reference
// features of its linkGrps (after every layer, so that a link may point forward). A group is kept
// only until the document is there to take it, so that a large file's standOff is never all in
// memory at once.
class StandoffReader {
 public:
  void start_element(std::string_view name, const XmlAttributes& attributes);
  void end_element();
  void text(std::string_view piece);

  // Adds the groups read so far to `document`, and from then on each group as it ends. `ids`
  // must hold the inline ids; `app_info` is the header's; `in_body` are the layers the body
  // gave. A group named after one of those holds features of its annotations that the body had
  // no room for (add_body_features). All of these must outlive the reader.
  void set_document(Document& document, pugi::xml_node app_info, XmlIds& ids,
                    const std::vector<Layer*>& in_body);
  // Sets the links' features: call it after the last event, once set_document was called.
  void finish();

 private:
  void add_group(const StandoffGroup& group);
  void start_item_part(std::string_view name, const XmlAttributes& attributes);

  int depth_ = 0;        // 1 inside a group, 2 inside a span or annotation...
  StandoffGroup group_;  // the group being read
  bool in_group_ = false;
  std::vector<StandoffGroup> waiting_;  // groups read before the document was there
  std::vector<LinkGroup> links_;
  bool in_links_ = false;
  bool in_item_ = false;  // inside a span or annotation of group_
  // Where the parts of the open span or annotation are: the depth of its note, fs, f and f's
  // value, 0 when not open; whether its first note and first fs were seen.
  int note_depth_ = 0;
  int fs_depth_ = 0;
  int f_depth_ = 0;
  int value_depth_ = 0;
  bool note_seen_ = false;
  bool fs_seen_ = false;

  Document* document_ = nullptr;
  pugi::xml_node app_info_;
  XmlIds* ids_ = nullptr;
  // The layers groups and links may add to: those the body gave, and one per group read.
  std::unordered_map<std::string, Layer*> layers_;
  std::vector<const Layer*> in_body_;
  std::vector<const Layer*> given_features_;  // those of in_body_ a group gave features to
};

}  // namespace strata::formats
