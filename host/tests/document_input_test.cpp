#include "document_input.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "strata/error.hpp"
#include "strata/formats/json_writer.hpp"
#include "strata/formats/tei_writer.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

class DocumentInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("strata-input-test-" + std::to_string(::getpid()));
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  Job job(const std::string& name, const std::string& content) const {
    std::ofstream(root_ / name) << content;
    return {name, root_ / name, {}};
  }

  // A stored document in Italian with one layer, as strata wrote it.
  static Document stored() {
    Document document("stored-id", "Uno due.");
    document.set_language("it");
    Layer& layer = document.add_layer("marks");
    layer.add(0, 3, "first");
    return document;
  }

  fs::path root_;
};

TEST_F(DocumentInputTest, TeiFromElsewhereKeepsItsFileAndDeclaredLanguage) {
  const std::string tei =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"LANG><teiHeader><fileDesc><titleStmt><title>T"
      "</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
      "</sourceDesc></fileDesc></teiHeader><text><body><p>Buongiorno a <hi>tutti</hi>.</p>"
      "</body></text></TEI>";
  auto with_language = [&](const std::string& attribute) {
    std::string xml = tei;
    return xml.replace(xml.find("LANG"), 4, attribute);
  };
  const LoadedInput declared =
      load_input(job("a.xml", with_language(" xml:lang=\"it\"")), {"en", false});
  ASSERT_TRUE(declared.foreign);
  EXPECT_EQ(declared.document.id(), "a.xml");
  EXPECT_EQ(declared.document.text(), "Buongiorno a tutti.");
  EXPECT_EQ(declared.document.language(), "it");  // kept, as a stored language is
  // Without a declared language, the run's is taken, as for plain text.
  EXPECT_EQ(load_input(job("b.xml", with_language("")), {"en", false}).document.language(), "en");
  EXPECT_FALSE(load_input(job("c.txt", "Ciao."), {}).foreign);
}

TEST_F(DocumentInputTest, KindFollowsTheExtension) {
  EXPECT_EQ(input_kind("a/b.txt"), InputKind::text);
  EXPECT_EQ(input_kind("b.json"), InputKind::json);
  EXPECT_EQ(input_kind("b.xml"), InputKind::tei);
  EXPECT_EQ(input_kind(""), InputKind::text);  // standard input
  EXPECT_TRUE(is_input_file("x.xml"));
  EXPECT_FALSE(is_input_file("notes.md"));
}

TEST_F(DocumentInputTest, TextTakesTheJobsIdAndLanguage) {
  const Document document = load_document(job("t.txt", "Ciao."), {"it", false});
  EXPECT_EQ(document.id(), "t.txt");
  EXPECT_EQ(document.language(), "it");
  EXPECT_TRUE(document.layer_names().empty());
}

TEST_F(DocumentInputTest, JsonAndTeiComeBackWithLayersAndStoredLanguage) {
  std::ostringstream json, tei;
  formats::write_json(stored(), {}, json);
  formats::write_tei(stored(), {}, tei);
  for (const Job& input : {job("s.json", json.str()), job("s.xml", tei.str())}) {
    const Document kept = load_document(input, {"en", false});
    EXPECT_EQ(kept.id(), "stored-id") << input.id;
    EXPECT_EQ(kept.language(), "it") << input.id;
    EXPECT_EQ(kept.layer("marks").size(), 1u) << input.id;
    EXPECT_EQ(load_document(input, {"en", true}).language(), "en") << input.id;
  }
}

TEST_F(DocumentInputTest, BlankOrForeignInputsAreErrors) {
  EXPECT_THROW(load_document(job("e.txt", ""), {}), Error);
  EXPECT_THROW(load_document(job("w.json", " \n"), {}), Error);
  EXPECT_THROW(load_document(job("x.xml", "<TEI><teiHeader/>"), {}), Error);
  EXPECT_THROW(load_document(job("y.json", "[1]"), {}), Error);
}

}  // namespace
}  // namespace strata::host
