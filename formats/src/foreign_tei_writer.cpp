// Writing a TEI file from elsewhere back with our tokens and layers (docs/tei-input.md).
#include <algorithm>
#include <optional>
#include <sstream>

#include "application_ids.hpp"
#include "body_printer.hpp"
#include "foreign_tei_parts.hpp"
#include "foreign_tei_printer.hpp"
#include "foreign_tei_ranges.hpp"
#include "foreign_tei_standoff.hpp"
#include "sha256.hpp"
#include "spilled_standoff.hpp"
#include "strata/error.hpp"
#include "strata/formats/foreign_tei_window_writer.hpp"
#include "strata/formats/spill_file.hpp"
#include "strata/layer_names.hpp"
#include "tei_body.hpp"
#include "tei_header.hpp"
#include "tei_label.hpp"
#include "tei_pointer.hpp"
#include "tei_standoff.hpp"
#include "token_attributes.hpp"
#include "xml_id_prefix.hpp"
#include "xml_walk.hpp"

namespace strata::formats {

namespace {

// "strata." unless an id of the file already starts with it; then "strata2.", "strata3."...
std::string unused_prefix(pugi::xml_node root) {
  std::vector<std::string> ids;
  for (pugi::xml_node node = root; node; node = next_inside(node, root)) {
    if (const char* id = node.attribute("xml:id").value(); *id) ids.emplace_back(id);
  }
  for (int n = 1;; ++n) {
    const std::string prefix = "strata" + (n == 1 ? std::string() : std::to_string(n)) + ".";
    if (std::none_of(ids.begin(), ids.end(),
                     [&](const std::string& id) { return id.starts_with(prefix); })) {
      return prefix;
    }
  }
}

}  // namespace

class ForeignTeiWindowWriter::Writer {
 public:
  Writer(const Document& document, ForeignTei::Parts& parts, const RunInfo& run, std::ostream& out)
      : document_(document),
        parts_(parts),
        run_(run),
        out_(out),
        ranges_(parts.extracted),
        prefix_(unused_prefix(parts.tree.document_element())),
        standoff_(run) {
    if (std::hash<std::string_view>{}(document.text()) != parts.text_hash) {
      throw Error("document '" + document.id() + "' is not the text its TEI file was read as");
    }
    const char* body_id = parts.body.attribute("xml:id").value();
    body_id_ = *body_id ? body_id : prefix_ + kBodyId;
  }

  void write(const Document& window) {
    const WindowStart& start = standoff_.start();
    const TextStructure structure(window, start.elements);
    add_tokens(window, structure, start);
    // from/to run in document order: a range of several tokens can only name its ends when both
    // are w/pc in the body, not spans in standOff.
    const std::size_t tokens_before = start.elements[TextStructure::token];
    const TokenRangeFilter in_body = [&](std::size_t first, std::size_t last) {
      return first == last || (wrapped_[tokens_before + first] && wrapped_[tokens_before + last]);
    };
    try {
      if (start.bytes == 0 && window.text().size() == document_.text().size()) {
        // The document annotated whole: its standOff is made at once, in memory.
        whole_standoff_ = standoff_xml(window, structure, standoff_.ids(), {},
                                       StructureLayers::in_standoff, in_body);
      } else {
        standoff_.add_layers_of(window, StructureLayers::in_standoff);
        write_standoff_parts(window, structure, standoff_.ids(), start, standoff_, {},
                             StructureLayers::in_standoff, in_body);
      }
    } catch (const Error& e) {
      throw Error("cannot write document '" + document_.id() + "' as TEI: " + e.what());
    }
    standoff_.move_past(window, structure);
    written_ = true;
  }

  void finish() {
    if (!written_) throw Error("document '" + document_.id() + "': no window was written");
    // Our header parts and the standOff's ids are prefixed apart, each once.
    pugi::xml_document additions;
    append_tei_header(additions, document_, run_, standoff_.ids(), sha256_hex(document_.text()));
    // Like every element we add, the change gets an id, so that it can be told apart.
    additions.child("teiHeader")
        .child("revisionDesc")
        .child("change")
        .append_attribute("xml:id")
        .set_value("change");
    prefix_xml_ids(additions, prefix_);
    add_to_header(additions.child("teiHeader"));
    if (!parts_.body.attribute("xml:id")) {
      parts_.body.append_attribute("xml:id").set_value(body_id_.c_str());
    }
    // standOff, last in TEI: the tokens that cross the file's elements, then the layers.
    const std::function<void(pugi::xml_node)> adapt = [this](pugi::xml_node node) {
      prefix_xml_ids(node, prefix_);
      map_string_ranges(node);
    };
    const LastChild standoff{parts_.tei, [&](std::ostream& to) {
                               const pugi::xml_node crossing = crossing_.first_child();
                               if (whole_standoff_) {
                                 std::istringstream layers(std::move(*whole_standoff_));
                                 write_foreign_standoff(layers, crossing, adapt, to);
                                 return;
                               }
                               SpillFile layers;
                               standoff_.write_standoff(layers.stream());
                               write_foreign_standoff(layers.read_back(), crossing, adapt, to);
                             }};
    // Raw, as indenting would change the text.
    print_with_tokens(parts_.tree, wraps_, prefix_, standoff, out_);
  }

 private:
  // Plans the writing of every token of the window that one text node holds into it; the others
  // become spans of a spanGrp type="tokens" pointing at their characters, under the ids their w
  // would have had, so that other layers point at them alike.
  void add_tokens(const Document& window, const TextStructure& structure,
                  const WindowStart& start) {
    const Layer* tokens = window.find_layer(layer_names::tokens);
    const auto& extents = structure.extents(TextStructure::token);
    const auto shift = static_cast<Offset>(start.bytes);
    std::string scratch;
    const bool may_have_attributes = tokens != nullptr && has_token_attribute_name(*tokens);
    for (std::size_t i = 0; i < extents.size(); ++i) {
      const auto& extent = extents[i];
      const Offset begin = extent.begin + shift;
      const Offset end = extent.end + shift;
      const std::size_t number = structure.number(TextStructure::token, i);
      // A window cut where no white space was joins the last token before to this one.
      if (i == 0 && number > 0 && begin == last_token_end_ && wrapped_.back()) wraps_.join_last();
      const std::string_view kind = tokens->string_feature(extent.annotation, "kind");
      const auto inside = ranges_.node_range(begin, end);
      const bool joined = i + 1 < extents.size() && extents[i + 1].begin == extent.end;
      std::string_view attributes;
      if (may_have_attributes) {
        tokens->features(extent.annotation, features_);
        attributes_.clear();
        append_token_attributes(attributes_, features_, scratch);
        attributes = attributes_;
      }
      if (inside && parts_.extracted.nodes[inside->node].type() == pugi::node_pcdata &&
          wraps_.add(parts_.extracted.nodes[inside->node], inside->node,
                     static_cast<std::uint32_t>(inside->begin),
                     static_cast<std::uint32_t>(inside->end), static_cast<std::uint32_t>(number),
                     kind, joined, attributes)) {
        wrapped_.push_back(true);
      } else {
        add_crossing_token(*tokens, number, begin, end, kind, scratch);
        wrapped_.push_back(false);
      }
      last_token_end_ = end;
    }
  }

  void add_crossing_token(const Layer& tokens, std::size_t number, Offset begin, Offset end,
                          std::string_view kind, std::string& scratch) {
    pugi::xml_node group = crossing_.first_child();
    if (!group) {
      group = crossing_.append_child("spanGrp");
      group.append_attribute("type").set_value(layer_names::tokens);
      if (const auto resp = standoff_.ids().resp(tokens.producer())) {
        group.append_attribute("resp").set_value(resp->c_str());
      }
    }
    pugi::xml_node span = group.append_child("span");
    span.append_attribute("xml:id").set_value(
        TextStructure::xml_id(TextStructure::token, number).c_str());
    span.append_attribute("target").set_value(string_range(begin, end).c_str());
    if (!kind.empty()) {
      const LabelAttribute label = label_attribute(kind, scratch);
      span.append_attribute(label.name).set_value(std::string(label.value).c_str());
    }
  }

  // What Strata's writer points at: characters of the primary text.
  std::string string_range(Offset begin, Offset end) const {
    const OffsetMap& offsets = document_.offsets();
    const std::size_t first = offsets.code_point_offset(begin);
    return "#string-range(" + std::string(kBodyId) + "," + std::to_string(first) + "," +
           std::to_string(offsets.code_point_offset(end) - first) + ")";
  }

  // Each string-range of the primary text becomes those of the file's body it comes from.
  void map_string_ranges(pugi::xml_node standoff) {
    const std::string our_body = prefix_ + kBodyId;
    const OffsetMap& offsets = document_.offsets();
    for (pugi::xml_node node = standoff; node; node = next_inside(node, standoff)) {
      pugi::xml_attribute target = node.attribute("target");
      const TeiPointer pointer = parse_tei_pointer(target.value());
      if (!target || pointer.kind != TeiPointer::Kind::string_range || pointer.id != our_body) {
        continue;
      }
      const auto begin = static_cast<Offset>(offsets.byte_offset_of_code_point(pointer.offset));
      const auto end =
          static_cast<Offset>(offsets.byte_offset_of_code_point(pointer.offset + pointer.length));
      std::string mapped;
      for (const BodyRange& range : ranges_.body_ranges(begin, end)) {
        if (!mapped.empty()) mapped += ' ';
        mapped += "#string-range(" + body_id_ + "," + std::to_string(range.offset) + "," +
                  std::to_string(range.length) + ")";
      }
      // A range of nothing but breaks has no characters in the file: it keeps an empty one.
      if (mapped.empty()) mapped = "#string-range(" + body_id_ + "," + std::to_string(0) + ",0)";
      target.set_value(mapped.c_str());
    }
  }

  // Our applications into the file's appInfo and our change into its revisionDesc, making
  // the containers (with prefixed ids, so they are told apart) where the file has none.
  void add_to_header(pugi::xml_node ours) {
    pugi::xml_node header = parts_.tei.child("teiHeader");
    pugi::xml_node encoding = header.child("encodingDesc");
    if (!encoding) {
      encoding = header.insert_child_after("encodingDesc", header.child("fileDesc"));
      encoding.append_attribute("xml:id").set_value((prefix_ + "encodingDesc").c_str());
    }
    pugi::xml_node app_info = encoding.child("appInfo");
    if (!app_info) {
      app_info = encoding.append_child("appInfo");
      app_info.append_attribute("xml:id").set_value((prefix_ + "appInfo").c_str());
    }
    const pugi::xml_node our_apps = ours.child("encodingDesc").child("appInfo");
    for (pugi::xml_node application : our_apps.children("application")) {
      pugi::xml_node copy = app_info.append_copy(application);
      if (std::string_view(application.attribute("ident").value()) == "strata") {
        add_digest(copy, ours);
      }
    }
    add_change(header, ours.child("revisionDesc").child("change"));
  }

  // The SHA-256 of the primary text, which a foreign publicationStmt cannot be given.
  static void add_digest(pugi::xml_node application, pugi::xml_node ours) {
    const pugi::xml_node idno = ours.child("fileDesc").child("publicationStmt").child("idno");
    pugi::xml_node p = application.append_child("p");
    p.append_child(pugi::node_pcdata).set_value("SHA-256 of the primary text: ");
    p.append_copy(idno);
  }

  void add_change(pugi::xml_node header, pugi::xml_node change) {
    pugi::xml_node revision = header.child("revisionDesc");
    if (!revision) {
      revision = header.append_child("revisionDesc");  // it must be the last child
      revision.append_attribute("xml:id").set_value((prefix_ + "revisionDesc").c_str());
      revision.append_copy(change);
    } else if (pugi::xml_node list = revision.child("listChange")) {
      list.insert_copy_before(change, list.child("change"));  // newest first
    } else if (revision.child("change")) {
      revision.insert_copy_before(change, revision.child("change"));
    }
    // A revisionDesc holding a list is left alone: a change cannot go in it.
  }

  const Document& document_;
  ForeignTei::Parts& parts_;
  const RunInfo run_;
  std::ostream& out_;
  const ForeignTeiRanges ranges_;
  const std::string prefix_;
  std::string body_id_;
  TokenWraps wraps_;                   // the tokens inside one text node, written there as w or pc
  std::vector<FeatureView> features_;  // of the token being added
  std::string attributes_;             // its lemma, pos, msd and norm as attributes
  std::vector<bool> wrapped_;          // by token: whether it is in wraps_
  Offset last_token_end_ = 0;
  pugi::xml_document crossing_;  // the spanGrp of the tokens that cross the file's elements
  // The layers but tokens: of the whole document, or of each window in temporary files.
  std::optional<std::string> whole_standoff_;
  SpilledStandoff standoff_;
  bool written_ = false;
};

ForeignTeiWindowWriter::ForeignTeiWindowWriter(const Document& document, ForeignTei& foreign,
                                               const RunInfo& run, std::ostream& out)
    : writer_(std::make_unique<Writer>(document, foreign.parts(), run, out)) {}

ForeignTeiWindowWriter::~ForeignTeiWindowWriter() = default;

void ForeignTeiWindowWriter::write(const Document& window) {
  writer_->write(window);
}

void ForeignTeiWindowWriter::finish() {
  writer_->finish();
}

void write_foreign_tei(const Document& document, ForeignTei& foreign, const RunInfo& run,
                       std::ostream& out) {
  ForeignTeiWindowWriter writer(document, foreign, run, out);
  writer.write(document);
  writer.finish();
}

}  // namespace strata::formats
