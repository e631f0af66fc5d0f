#include "report_html.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

Document with_entities(const std::string& id, const std::string& text) {
  Document d(id, text);
  Layer& entities = d.add_layer("entities");
  entities.add(0, static_cast<Offset>(text.find(' ')), "PER");
  return d;
}

TEST(ReportHtml, IsSelfContainedAndEscapesNames) {
  CorpusStats stats;
  stats.add(with_entities("a", "<script>x</script> parla."));
  const std::string html = report_html(stats, {"out/<dir>", {}}, 10);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("://"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;x&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("<p>out/&lt;dir&gt;</p>"), std::string::npos);
  EXPECT_NE(html.find("<b>1</b> documents"), std::string::npos);
  EXPECT_NE(html.find("<h3>PER</h3><svg"), std::string::npos);
}

TEST(ReportHtml, SaysWhatIsMissingAndWhatFailed) {
  CorpusStats stats;
  stats.add(Document("a", "Niente."));
  const std::string html = report_html(stats, {"out", {"b.json: not JSON"}}, 10);
  EXPECT_NE(html.find("No quotations in these documents."), std::string::npos);
  EXPECT_NE(html.find("No citations in these documents."), std::string::npos);
  EXPECT_NE(html.find("1 document(s) could not be read"), std::string::npos);
  EXPECT_NE(html.find("<li>b.json: not JSON</li>"), std::string::npos);
}

TEST(ReportHtml, ListsAtMostTopRows) {
  CorpusStats stats;
  for (const char* name : {"Anna x", "Bruno x", "Carla x"}) stats.add(with_entities(name, name));
  const std::string html = report_html(stats, {"out", {}}, 2);
  EXPECT_NE(html.find(">Anna</text>"), std::string::npos);
  EXPECT_NE(html.find(">Bruno</text>"), std::string::npos);
  EXPECT_EQ(html.find(">Carla</text>"), std::string::npos);
}

}  // namespace
}  // namespace strata::host
