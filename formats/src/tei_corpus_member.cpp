// write_tei_corpus_member: a small scanner of XML, not a parser. It checks that tags nest and that
// only markup lies outside the TEI element, which is what copying the element needs.
#include <istream>
#include <vector>

#include "strata/error.hpp"
#include "strata/formats/tei_corpus.hpp"
#include "xml_id_prefix.hpp"

namespace strata::formats {
namespace {

constexpr int kEnd = std::char_traits<char>::eof();

bool is_space(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class MemberCopy {
 public:
  MemberCopy(std::streambuf& in, std::string_view prefix, std::ostream& out)
      : in_(in), prefix_(prefix), out_(out) {}

  void run() {
    for (int c = in_.sgetc(); c != kEnd; c = in_.sgetc()) {
      if (c == '<') {
        in_.sbumpc();
        markup();
      } else {
        text();
      }
    }
    if (!root_seen_) fail("it has no TEI element");
    if (!open_.empty()) fail("<" + open_.back() + "> is not closed");
    out_ << '\n';
  }

 private:
  [[noreturn]] static void fail(const std::string& why) {
    throw Error("cannot put a document into the teiCorpus: " + why);
  }
  bool inside() const { return !open_.empty(); }

  // Character data up to the next tag: copied inside the root, only white space outside it.
  void text() {
    std::string run;
    for (int c = in_.sgetc(); c != kEnd && c != '<'; c = in_.snextc()) {
      if (!inside() && !is_space(c)) fail("text outside the TEI element");
      run += static_cast<char>(c);
      if (run.size() >= 65536) flush(run);
    }
    flush(run);
  }
  void flush(std::string& run) {
    if (inside()) out_.write(run.data(), static_cast<std::streamsize>(run.size()));
    run.clear();
  }

  void markup() {
    const int c = in_.sgetc();
    if (c == '?') {
      copy_until("<", "?>");
    } else if (c == '!') {
      declaration_or_comment();
    } else if (c == '/') {
      in_.sbumpc();
      end_tag();
    } else {
      start_tag();
    }
  }

  void declaration_or_comment() {
    in_.sbumpc();
    if (follows("--")) return copy_until("<!--", "-->");
    if (follows("[CDATA[")) {
      if (!inside()) fail("CDATA outside the TEI element");
      return copy_until("<![CDATA[", "]]>");
    }
    if (inside()) fail("a declaration inside the TEI element");
    // <!DOCTYPE ...>, with an internal subset in brackets: left out.
    int depth = 0;
    for (int c = in_.sbumpc(); c != kEnd; c = in_.sbumpc()) {
      if (c == '[') ++depth;
      if (c == ']') --depth;
      if (c == '>' && depth <= 0) return;
    }
    fail("a declaration is not closed");
  }

  // Consumes `word` if the input goes on with it.
  bool follows(std::string_view word) {
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (in_.sgetc() != word[i]) {
        if (i > 0) fail("markup it cannot read");
        return false;
      }
      in_.sbumpc();
    }
    return true;
  }

  // A processing instruction, comment or CDATA section, through `end`; copied inside the root.
  void copy_until(std::string_view start, std::string_view end) {
    std::string content(start);
    for (int c = in_.sbumpc(); c != kEnd; c = in_.sbumpc()) {
      content += static_cast<char>(c);
      if (content.size() >= start.size() + end.size() && content.ends_with(end)) {
        if (inside()) out_ << content;
        return;
      }
    }
    fail("a comment, CDATA section or processing instruction is not closed");
  }

  std::string name() {
    std::string name;
    for (int c = in_.sgetc(); c != kEnd && !is_space(c) && c != '/' && c != '>' && c != '=';
         c = in_.snextc()) {
      name += static_cast<char>(c);
    }
    if (name.empty()) fail("a tag or attribute without a name");
    return name;
  }
  void skip_space() {
    while (is_space(in_.sgetc())) in_.sbumpc();
  }
  void expect(char wanted) {
    if (in_.sbumpc() != wanted) fail(std::string("'") + wanted + "' expected in a tag");
  }

  void start_tag() {
    const bool root = !inside();
    const std::string element = name();
    if (root) {
      if (root_seen_) fail("a second element after the TEI element");
      if (element != "TEI") fail("its root is not TEI");
      root_seen_ = true;
    }
    out_ << '<' << element;
    for (;;) {
      skip_space();
      const int c = in_.sgetc();
      if (c == '>' || c == '/') {
        in_.sbumpc();
        if (c == '/') {
          expect('>');
          out_ << "/>";
        } else {
          out_ << '>';
          open_.push_back(element);
        }
        return;
      }
      attribute(root);
    }
  }

  void attribute(bool of_root) {
    const std::string attribute = name();
    skip_space();
    expect('=');
    skip_space();
    const int quote = in_.sbumpc();
    if (quote != '"' && quote != '\'') fail("an attribute value without quotes");
    std::string value;
    for (int c = in_.sbumpc(); c != quote; c = in_.sbumpc()) {
      if (c == kEnd || c == '<') fail("an attribute value is not closed");
      // Written between double quotes, whatever it was read between.
      if (c == '"') {
        value += "&quot;";
      } else {
        value += static_cast<char>(c);
      }
    }
    if (of_root && attribute == "xmlns") return;  // the corpus declares the namespace once
    out_ << ' ' << attribute << "=\"";
    if (attribute == "xml:id") {
      out_ << prefix_ << value;
    } else if (is_pointer_attribute(attribute)) {
      out_ << prefixed_pointers(value, prefix_);
    } else {
      out_ << value;
    }
    out_ << '"';
  }

  void end_tag() {
    const std::string element = name();
    skip_space();
    expect('>');
    if (!inside() || open_.back() != element) {
      fail("</" + element + "> closes " + (inside() ? "<" + open_.back() + ">" : "nothing"));
    }
    open_.pop_back();
    out_ << "</" << element << '>';
  }

  std::streambuf& in_;
  std::string_view prefix_;
  std::ostream& out_;
  std::vector<std::string> open_;  // the elements open, the root first
  bool root_seen_ = false;
};

}  // namespace

void write_tei_corpus_member(std::istream& tei, const std::string& prefix, std::ostream& out) {
  if (tei.rdbuf() == nullptr) throw Error("cannot put a document into the teiCorpus: no input");
  MemberCopy(*tei.rdbuf(), prefix, out).run();
}

}  // namespace strata::formats
