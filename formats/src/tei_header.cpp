#include "tei_header.hpp"

#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "tei_datatypes.hpp"
#include "xml_names.hpp"
#include "xml_output.hpp"
#include "xml_safe_text.hpp"

namespace strata::formats {
namespace {

// Appends `value`, made safe for XML, as a text node.
void append_text(pugi::xml_node parent, std::string_view value) {
  std::string scratch;
  const std::string_view safe = xml_safe(value, scratch);
  if (!safe.empty()) parent.append_child(pugi::node_pcdata).set_value(safe.data(), safe.size());
}

// Appends <name>value</name>.
pugi::xml_node append_text_element(pugi::xml_node parent, const char* name,
                                   std::string_view value) {
  pugi::xml_node element = parent.append_child(name);
  append_text(element, value);
  return element;
}

void set_attribute(pugi::xml_node element, const char* name, std::string_view value) {
  std::string scratch;
  const std::string_view safe = xml_safe(value, scratch);
  element.append_attribute(name).set_value(safe.data(), safe.size());
}

// Name/value pairs as TEI's usual glossary list: label, item, label, item...
void append_gloss_list(pugi::xml_node parent,
                       const std::vector<std::pair<std::string, std::string>>& pairs) {
  pugi::xml_node list = parent.append_child("list");
  list.append_attribute("type").set_value("gloss");
  for (const auto& [name, value] : pairs) {
    append_text_element(list, "label", name);
    append_text_element(list, "item", value);
  }
}

void append_application(pugi::xml_node app_info, const std::string& xml_id,
                        const AppliedPlugin& plugin) {
  pugi::xml_node application = app_info.append_child("application");
  set_attribute(application, "ident", encode_xml_name(plugin.name));
  const std::string version = tei_version(plugin.version);
  set_attribute(application, "version", version);
  set_attribute(application, "xml:id", xml_id);
  append_text_element(application, "label", plugin.name);
  // The full version when @version could only take part of it.
  if (version != plugin.version && !plugin.version.empty()) {
    append_text_element(application, "label", plugin.version)
        .append_attribute("type")
        .set_value("version");
  }
  if (!plugin.description.empty()) append_text_element(application, "desc", plugin.description);
  if (!plugin.options.empty()) append_gloss_list(application.append_child("p"), plugin.options);
}

void append_file_desc(pugi::xml_node header, const Document& document,
                      std::string_view text_sha256) {
  pugi::xml_node file_desc = header.append_child("fileDesc");
  const auto& metadata = document.metadata();
  const auto title = metadata.find("title");
  append_text_element(file_desc.append_child("titleStmt"), "title",
                      title != metadata.end() ? title->second : document.id());

  // publicationStmt holds either paragraphs or an agency followed by details such as idno.
  pugi::xml_node publication = file_desc.append_child("publicationStmt");
  append_text_element(publication, "authority", "Strata");
  append_text_element(publication, "idno", text_sha256)
      .append_attribute("type")
      .set_value("sha256");

  pugi::xml_node source = file_desc.append_child("sourceDesc");
  append_text_element(
      source, "p",
      "Document " + document.id() + ": the primary text in UTF-8, Unicode NFC, with LF line ends.");
  std::vector<std::pair<std::string, std::string>> other_metadata;
  for (const auto& [key, value] : metadata) {
    // The title element holds the id when there is no title, so a title that is the id would
    // read back as none: it is listed too.
    if (key != "title" || value == document.id()) other_metadata.emplace_back(key, value);
  }
  if (!other_metadata.empty()) append_gloss_list(source.append_child("p"), other_metadata);
}

void append_encoding_desc(pugi::xml_node header, const RunInfo& run, const ApplicationIds& ids) {
  pugi::xml_node app_info = header.append_child("encodingDesc").append_child("appInfo");
  append_application(app_info, ApplicationIds::kStrata,
                     {"strata", run.program_version, "Plugin-based text annotation", {}});
  for (std::size_t i = 0; i < run.plugins.size(); ++i) {
    append_application(app_info, ids.plugin(i), run.plugins[i]);
  }
}

void append_revision_desc(pugi::xml_node header, const RunInfo& run) {
  pugi::xml_node change = header.append_child("revisionDesc").append_child("change");
  if (is_w3c_date_time(run.timestamp)) set_attribute(change, "when", run.timestamp);
  set_attribute(change, "who", std::string("#") + ApplicationIds::kStrata);
  std::string text = "Annotated by strata " + run.program_version;
  if (run.plugins.empty()) {
    text += " with no plugins.";
  } else {
    text += " with the chain:";
    for (std::size_t i = 0; i < run.plugins.size(); ++i) {
      text += (i == 0 ? " " : ", ") + run.plugins[i].name + " " + run.plugins[i].version;
    }
    text += ".";
  }
  if (!run.timestamp.empty() && !is_w3c_date_time(run.timestamp)) {
    text += " Time: " + run.timestamp + ".";
  }
  append_text(change, text);
}

// What print_tei_header prints after fileDesc, for the run it was printed for last.
struct PrintedRunDescription {
  RunInfo run;
  std::string xml;
};

// encodingDesc and revisionDesc of `run`, as print_tei_header prints them.
const std::string& printed_run_description(const RunInfo& run) {
  thread_local std::optional<PrintedRunDescription> printed;
  if (printed && printed->run == run) return printed->xml;
  pugi::xml_document header;
  append_encoding_desc(header, run, ApplicationIds(run));
  append_revision_desc(header, run);
  std::ostringstream xml;
  for (pugi::xml_node part : header.children()) {
    print_node(part, xml, "  ", pugi::format_indent, 2);
  }
  printed = PrintedRunDescription{run, std::move(xml).str()};
  return printed->xml;
}

}  // namespace

void print_tei_header(std::ostream& out, const Document& document, const RunInfo& run,
                      std::string_view text_sha256) {
  pugi::xml_document file_desc;
  append_file_desc(file_desc, document, text_sha256);
  out << "  <teiHeader>\n";
  print_node(file_desc.first_child(), out, "  ", pugi::format_indent, 2);
  out << printed_run_description(run) << "  </teiHeader>\n";
}

void append_tei_header(pugi::xml_node tei, const Document& document, const RunInfo& run,
                       const ApplicationIds& ids, std::string_view text_sha256) {
  pugi::xml_node header = tei.append_child("teiHeader");
  append_file_desc(header, document, text_sha256);
  append_encoding_desc(header, run, ids);
  append_revision_desc(header, run);  // revisionDesc must come last
}

}  // namespace strata::formats
