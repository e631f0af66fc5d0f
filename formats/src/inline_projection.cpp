#include "inline_projection.hpp"

#include <algorithm>
#include <queue>
#include <tuple>
#include <utility>

#include "tei_standoff.hpp"

namespace strata::formats {
namespace {

// The layers that have inline elements, outermost first where they cover the same text.
constexpr const char* kProjected[] = {"quotations", "citations", "entities"};

bool has_text(std::string_view text, Offset begin, Offset end) {
  if (begin >= end) return false;
  return text.substr(begin, end - begin).find_first_not_of(" \t\r\n") != std::string_view::npos;
}

const std::vector<TextStructure::Extent>& containers_of(const TextStructure& structure) {
  const auto& sentences = structure.extents(TextStructure::sentence);
  return sentences.empty() ? structure.extents(TextStructure::paragraph) : sentences;
}

}  // namespace

InlineProjection::InlineProjection(const Document& document, const TextStructure& structure,
                                   EntityElements entities, const WindowStart& start)
    : containers_(containers_of(structure)),
      tokens_(structure.extents(TextStructure::token)),
      pieces_(containers_.size()),
      start_(start) {
  for (const char* name : kProjected) {
    const Layer* layer = document.find_layer(name);
    if (!layer) continue;
    std::vector<bool>& flags = inline_[name];
    flags.assign(layer->size(), false);
    for (AnnotationId id : layer->ids_by_offset()) {
      auto markup = inline_markup(*layer, id, entities, start);
      if (!markup) continue;
      const auto index = static_cast<std::uint32_t>(elements_.size());
      const int rank = markup->rank;
      elements_.push_back({name, id, std::move(*markup)});
      if (const char* why = add_pieces(document, layer->begin(id), layer->end(id), index, rank)) {
        elements_.pop_back();
        notes_.push_back(
            standoff_id(name, start.numbered(name, id)) + " (" + std::string(layer->type(id)) +
            ", bytes " + std::to_string(start.bytes + layer->begin(id)) + "-" +
            std::to_string(start.bytes + layer->end(id)) + ") stays in standOff: " + why);
        continue;
      }
      flags[id] = true;
    }
  }
  for (auto& pieces : pieces_) nest(pieces, document.text());
  pieces_.clear();
}

std::string inline_note(const Document& document, const std::vector<std::string>& notes) {
  std::string line = "document '" + document.id() + "': " + std::to_string(notes.size()) +
                     " annotation(s) not written inline, kept in standOff:";
  for (const std::string& note : notes) line += " " + note + ";";
  line.pop_back();
  return line;
}

bool InlineProjection::is_inline(std::string_view layer, AnnotationId id) const {
  const auto found = inline_.find(layer);
  return found != inline_.end() && id < found->second.size() && found->second[id];
}

std::string InlineProjection::part_id(const Element& element, std::uint32_t part) const {
  std::string id = standoff_id(element.layer, start_.numbered(element.layer, element.id));
  if (part > 0) id += "." + std::to_string(part + 1);
  return id;
}

const char* InlineProjection::add_pieces(const Document& document, Offset begin, Offset end,
                                         std::uint32_t element, int rank) {
  if (begin >= end) return "it is empty";
  if (inside_token(begin) || inside_token(end)) return "it begins or ends inside a token";
  const std::string_view text = document.text();
  auto container = std::partition_point(containers_.begin(), containers_.end(),
                                        [&](const auto& c) { return c.end <= begin; });
  std::vector<std::pair<std::size_t, Piece>> found;
  Offset covered = begin;
  for (; container != containers_.end() && container->begin < end; ++container) {
    const Offset from = std::max(begin, container->begin);
    const Offset to = std::min(end, container->end);
    if (has_text(text, covered, from)) return "part of its text lies outside every sentence";
    if (has_text(text, from, to)) {
      const auto index = static_cast<std::size_t>(container - containers_.begin());
      found.emplace_back(index, Piece{from, to, rank, element});
    }
    covered = std::max(covered, to);
  }
  if (has_text(text, covered, end) || found.empty()) {
    return "part of its text lies outside every sentence";
  }
  for (const auto& [index, piece] : found) pieces_[index].push_back(piece);
  return nullptr;
}

bool InlineProjection::inside_token(Offset at) const {
  const auto after = std::partition_point(tokens_.begin(), tokens_.end(),
                                          [&](const auto& t) { return t.begin < at; });
  return after != tokens_.begin() && std::prev(after)->end > at;
}

// A sweep with a stack of open parts: a piece that starts inside the innermost open one and
// ends after it is cut where that one ends, and the rest waits its turn as a piece of its own.
// Longer pieces come first among those that start together, so containment never splits.
void InlineProjection::nest(std::vector<Piece>& pieces, std::string_view text) {
  const auto later = [](const Piece& a, const Piece& b) {
    return std::tie(a.begin, b.end, a.rank, a.element) >
           std::tie(b.begin, a.end, b.rank, b.element);
  };
  std::priority_queue<Piece, std::vector<Piece>, decltype(later)> queue(later, std::move(pieces));
  std::vector<std::pair<Piece, std::uint32_t>> open;  // with its part number
  const auto close_until = [&](Offset at) {
    while (!open.empty() && open.back().first.end <= at) {
      events_.push_back(
          {open.back().first.end, false, open.back().first.element, open.back().second});
      open.pop_back();
    }
  };
  while (!queue.empty()) {
    Piece piece = queue.top();
    queue.pop();
    close_until(piece.begin);
    if (!open.empty() && piece.end > open.back().first.end) {
      Piece rest = piece;
      rest.begin = piece.end = open.back().first.end;
      if (has_text(text, rest.begin, rest.end)) queue.push(rest);
    }
    const std::uint32_t part = elements_[piece.element].parts++;
    events_.push_back({piece.begin, true, piece.element, part});
    open.emplace_back(piece, part);
  }
  close_until(static_cast<Offset>(text.size()));
}

}  // namespace strata::formats
