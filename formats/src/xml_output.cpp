#include "xml_output.hpp"

#include <array>

namespace strata::formats {
namespace {

// Which bytes need a reference where: a bit per context.
enum Context : unsigned char { kInText = 1, kInAttribute = 2 };

constexpr std::array<unsigned char, 256> kSpecial = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 0x20; ++c) {
    table[c] = (c == '\t' || c == '\n') ? kInAttribute : kInText | kInAttribute;
  }
  table['&'] = table['<'] = kInText | kInAttribute;
  table['>'] = kInText;
  table['"'] = kInAttribute;
  return table;
}();

// Writes the reference for `c`, a byte that needs one, at `to`; returns the end.
char* put_reference(char* to, unsigned char c) {
  const auto put = [to](std::string_view reference) {
    reference.copy(to, reference.size());
    return to + reference.size();
  };
  switch (c) {
    case '&':
      return put("&amp;");
    case '<':
      return put("&lt;");
    case '>':
      return put("&gt;");
    case '"':
      return put("&quot;");
    default:  // a C0 control, with the two digits pugixml always writes
      const char reference[] = {'&', '#', static_cast<char>('0' + c / 10),
                                static_cast<char>('0' + c % 10), ';'};
      return put(std::string_view(reference, sizeof reference));
  }
}

// Copies runs of plain bytes whole: they are nearly all of any text.
void append_escaped(std::string& out, std::string_view s, Context context) {
  std::size_t plain_from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!(kSpecial[c] & context)) continue;
    out.append(s.data() + plain_from, i - plain_from);
    plain_from = i + 1;
    char reference[kMaxEscapedSize + 1];
    out.append(reference, static_cast<std::size_t>(put_reference(reference, c) - reference));
  }
  out.append(s.data() + plain_from, s.size() - plain_from);
}

}  // namespace

void append_escaped_text(std::string& out, std::string_view text) {
  append_escaped(out, text, kInText);
}

void append_escaped_attribute(std::string& out, std::string_view value) {
  append_escaped(out, value, kInAttribute);
}

char* put_escaped_text(char* to, std::string_view text) {
  for (const char byte : text) {
    const auto c = static_cast<unsigned char>(byte);
    if (kSpecial[c] & kInText) {
      to = put_reference(to, c);
    } else {
      *to++ = byte;
    }
  }
  return to;
}

namespace {

// Passes pugixml's output on to a stream with every CR written as "&#13;" (see print_node).
class CrEscapingWriter : public pugi::xml_writer {
 public:
  explicit CrEscapingWriter(std::ostream& out) : out_(out) {}
  void write(const void* data, std::size_t size) override {
    std::string_view bytes(static_cast<const char*>(data), size);
    for (std::size_t cr = bytes.find('\r'); cr != std::string_view::npos; cr = bytes.find('\r')) {
      out_.write(bytes.data(), static_cast<std::streamsize>(cr));
      out_ << "&#13;";
      bytes.remove_prefix(cr + 1);
    }
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }

 private:
  std::ostream& out_;
};

}  // namespace

void print_node(pugi::xml_node node, std::ostream& out, const char* indent, unsigned flags,
                unsigned depth) {
  CrEscapingWriter writer(out);
  node.print(writer, indent, flags, pugi::encoding_utf8, depth);
}

void flush_fragment(pugi::xml_document& fragment, pugi::xml_writer& writer) {
  fragment.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  fragment.remove_children();
}

void start_element(std::string& out, std::string_view name) {
  out += '<';
  out += name;
}

void append_attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_escaped_attribute(out, value);
  out += '"';
}

std::size_t end_start_tag(std::string& out) {
  out += '>';
  return out.size();
}

void end_element(std::string& out, std::string_view name, std::size_t content_begin) {
  if (out.size() == content_begin) {
    out.back() = '/';  // the start tag's '>'
    out += '>';
    return;
  }
  out += "</";
  out += name;
  out += '>';
}

std::string start_tag(std::string_view name, const std::vector<XmlAttribute>& attributes) {
  std::string tag = "<" + std::string(name);
  for (const auto& [attribute, value] : attributes) {
    tag += " " + std::string(attribute) + "=\"";
    append_escaped_attribute(tag, value);
    tag += '"';
  }
  return tag + ">";
}

}  // namespace strata::formats
