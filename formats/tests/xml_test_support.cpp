#include "xml_test_support.hpp"

#include <sstream>
#include <stdexcept>

#include "strata/formats/tei_writer.hpp"
#include "xml_output.hpp"

namespace strata::formats::testing {

std::string tei_string(const Document& document, const RunInfo& run) {
  std::ostringstream out;
  write_tei(document, run, out);
  return std::move(out).str();
}

std::string sample_tei(std::string_view name) {
  const NamedDocument& named = sample(name);
  return tei_string(named.make(), named.run);
}

void parse_xml(pugi::xml_document& into, std::string_view xml) {
  const auto result = into.load_buffer(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) throw std::runtime_error(std::string("not well-formed: ") + result.description());
}

std::string text_of(pugi::xml_node element) {
  std::string text;
  for (pugi::xpath_node node : element.select_nodes(".//text()")) text += node.node().value();
  return text;
}

pugi::xml_node select(const pugi::xml_document& document, const char* xpath) {
  return document.select_node(xpath).node();
}

std::string raw_xml(pugi::xml_node element) {
  std::ostringstream out;
  print_node(element, out, "", pugi::format_raw);
  return std::move(out).str();
}

}  // namespace strata::formats::testing
