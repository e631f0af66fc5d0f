#include "foreign_tei_text.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "strata/error.hpp"
#include "xml_walk.hpp"

namespace strata::formats {
namespace {

// Elements whose content is not part of the running text: notes, page furniture, descriptions
// of figures, and the milestones of the printed page.
constexpr std::array<std::string_view, 5> kExcluded = {"note", "fw", "figDesc", "pb", "cb"};

// Elements that stand apart from their neighbours as a paragraph does.
constexpr std::array<std::string_view, 38> kBlocks = {
    "p",          "ab",      "head",        "div",      "div1",     "div2",      "div3",
    "div4",       "div5",    "div6",        "div7",     "lg",       "sp",        "speaker",
    "stage",      "opener",  "closer",      "salute",   "signed",   "dateline",  "byline",
    "postscript", "trailer", "epigraph",    "argument", "list",     "item",      "label",
    "table",      "row",     "cell",        "castList", "castItem", "titlePage", "docTitle",
    "titlePart",  "figure",  "floatingText"};

// The readings of a choice that give way to the other one: the corrected, regularized and
// expanded text is the one read.
constexpr std::array<std::string_view, 3> kSetAsideInChoice = {"sic", "orig", "abbr"};

// Elements that stand on a line of their own.
constexpr std::array<std::string_view, 1> kLines = {"l"};

template <std::size_t N>
bool is_one_of(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// What separates the text written so far from what comes next; a stronger one replaces a
// weaker one.
enum class Gap { none = 0, space = 1, line = 2, paragraph = 3 };

class Extractor {
 public:
  ExtractedText run(pugi::xml_node body) && {
    // The text is at most the text nodes' bytes (and a break here and there): room for them at
    // once, as a large text doubling its room took up to three times its size while it grew.
    std::size_t bytes = 0;
    for (pugi::xml_node node = body; node; node = next_inside(node, body)) {
      if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        bytes += std::strlen(node.value());
      }
    }
    out_.text.reserve(bytes);
    children(body);
    return std::move(out_);
  }

 private:
  void children(pugi::xml_node parent) {
    for (pugi::xml_node node : parent.children()) visit(node);
  }

  void visit(pugi::xml_node node) {
    switch (node.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata:
        text(node);
        return;
      case pugi::node_element:
        break;
      default:
        return;  // comments and processing instructions are not text
    }
    const std::string_view name = node.name();
    if (is_one_of(kExcluded, name) || (is_one_of(kSetAsideInChoice, name) &&
                                       std::string_view(node.parent().name()) == "choice")) {
      skip(node);
    } else if (name == "lb") {
      line_break(node);
    } else {
      const Gap gap = is_one_of(kBlocks, name)  ? Gap::paragraph
                      : is_one_of(kLines, name) ? Gap::line
                                                : Gap::none;
      widen(gap);
      children(node);
      widen(gap);
    }
  }

  // The text nodes of an excluded element still count for string-range offsets.
  void skip(pugi::xml_node element) {
    for (pugi::xml_node node : element.children()) {
      if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        out_.nodes.push_back(node);
      } else if (node.type() == pugi::node_element) {
        skip(node);
      }
    }
  }

  // A line break inside a word (break="no") joins the word's parts, and the white space that
  // usually surrounds the lb in the file goes with it.
  void line_break(pugi::xml_node lb) {
    if (std::string_view(lb.attribute("break").value()) != "no") {
      widen(Gap::line);
      return;
    }
    if (gap_ == Gap::space) gap_ = Gap::none;
    joining_ = true;
  }

  void widen(Gap gap) { gap_ = std::max(gap_, gap); }

  void text(pugi::xml_node node) {
    const auto index = static_cast<std::uint32_t>(out_.nodes.size());
    out_.nodes.push_back(node);
    const std::string_view value = node.value();
    // Nodes and offsets in them are kept in 32 bits, as offsets in the text are.
    if (value.size() > kMaxText || out_.nodes.size() > kMaxText) {
      throw Error("body has a text node larger than 4 GiB, or more than 4 billion");
    }
    std::uint32_t i = 0;
    while (i < value.size()) {
      std::uint32_t end = i;
      if (is_xml_space(value[i])) {
        while (end < value.size() && is_xml_space(value[end])) ++end;
        if (!joining_) {
          if (gap_ < Gap::space) space_ = {0, 0, index, i, end - i};
          widen(Gap::space);
        }
      } else {
        while (end < value.size() && !is_xml_space(value[end])) ++end;
        joining_ = false;
        put_gap();
        put(value.substr(i, end - i), {0, 0, index, i, end - i});
      }
      i = end;
    }
  }

  // Writes the pending gap, unless nothing has been written yet.
  void put_gap() {
    const Gap gap = gap_;
    gap_ = Gap::none;
    if (out_.text.empty()) return;
    switch (gap) {
      case Gap::none:
        return;
      case Gap::space:
        put(" ", space_);
        return;
      case Gap::line:
        out_.text += '\n';
        return;
      case Gap::paragraph:
        out_.text += "\n\n";
        return;
    }
  }

  // Appends `piece`, coming from `source` (whose begin and end are set here); a piece that
  // continues the previous one in the same node extends its source.
  void put(std::string_view piece, TextSource source) {
    source.begin = static_cast<Offset>(out_.text.size());
    if (out_.text.size() + piece.size() > kMaxText) {
      throw Error("the text of body is larger than 4 GiB");
    }
    out_.text += piece;
    source.end = static_cast<Offset>(out_.text.size());
    if (!out_.sources.empty()) {
      TextSource& last = out_.sources.back();
      if (last.copied() && source.copied() && last.node == source.node &&
          last.end == source.begin && last.node_offset + last.node_length == source.node_offset) {
        last.end = source.end;
        last.node_length += source.node_length;
        return;
      }
    }
    out_.sources.push_back(source);
  }

  static constexpr std::size_t kMaxText = 0xFFFFFFFFu;
  ExtractedText out_;
  Gap gap_ = Gap::none;
  TextSource space_{};    // where the pending space's run of white space begins
  bool joining_ = false;  // after lb break="no", until the word goes on
};

}  // namespace

ExtractedText extract_tei_text(pugi::xml_node body) {
  return Extractor().run(body);
}

}  // namespace strata::formats
