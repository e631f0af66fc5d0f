// TEI from elsewhere (tests/data/tei-foreign): annotated, written back with its own markup
// intact (strata-tei-check --original compares the trees with our additions taken out), valid
// TEI (jing), pointers resolving; bad inputs failing alone; and --corpus-file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

const std::vector<std::string> kForeign = {"letter", "play", "prose"};

// Bad inputs, each with a line its error must hold.
const std::vector<std::pair<std::string, std::string>> kBad = {
    {"malformed", "not well-formed XML"},
    {"not-tei", "not a TEI file: the root element is <html>"},
    {"no-body", "without text/body"},
    {"doctype", "DOCTYPE"},
};

// The smallest header TEI allows.
const std::string kHeader =
    "<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p>"
    "</publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>";

void write_bad_inputs(const fs::path& folder) {
  write_file(folder / "malformed.xml",
             "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + kHeader + "<text><body><p>x</body>");
  write_file(folder / "not-tei.xml", "<html><body><p>Hello.</p></body></html>");
  write_file(folder / "no-body.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + kHeader +
                                         "<text><front><p>Only a front.</p></front></text></TEI>");
  // The entity names a file that would leak into the text if it were ever expanded.
  write_file(folder / "doctype.xml",
             "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY secret SYSTEM "
             "\"file:///etc/hostname\">]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" +
                 kHeader + "<text><body><p>&secret;</p></body></text></TEI>");
}

// The three test files and the bad inputs in dir/in.
void copy_inputs(const ScratchDir& dir) {
  fs::create_directories(dir / "in");
  for (const auto& name : kForeign) {
    fs::copy_file(source_dir() / "tests" / "data" / "tei-foreign" / (name + ".xml"),
                  dir / "in" / (name + ".xml"));
  }
  write_bad_inputs(dir / "in");
}

// jing on `files` (shell-quoted, space-separated); skips when the schema or jing is missing.
void expect_jing_valid(const std::string& files) {
  const fs::path shared = shared_dir();
  if (shared.empty()) GTEST_SKIP() << "no ../shared: TEI schema unavailable, jing not run";
  if (run_command("command -v jing").exit_code != 0) GTEST_SKIP() << "jing is not installed";
  const auto jing =
      run_command("jing " + shell_quoted((shared / "schemas" / "tei_all.rng").string()) + files);
  EXPECT_EQ(jing.exit_code, 0) << jing.out << jing.err;
}

TEST(ForeignTei, AnnotatesTeiFromElsewhereKeepingItsMarkup) {
  ScratchDir dir;
  copy_inputs(dir);
  const auto tei = run_strata(
      {"annotate", (dir / "in").string(), "-p", "tokens,entities", "-o", (dir / "out").string()});
  // The bad inputs fail, each on one line of its own; the others are written.
  EXPECT_EQ(tei.exit_code, 1) << tei.err;
  for (const auto& [name, message] : kBad) {
    EXPECT_THAT(tei.err, HasSubstr(name + ".xml: ")) << name;
    EXPECT_THAT(tei.err, HasSubstr(message)) << name;
    EXPECT_FALSE(fs::exists(dir / "out" / (name + ".xml"))) << name;
  }
  EXPECT_THAT(tei.err, HasSubstr("4 of 7 documents failed"));
  const auto json = run_strata({"annotate", (dir / "in").string(), "-p", "tokens,entities", "-o",
                                (dir / "json").string(), "-f", "json"});

  std::string files;
  for (const auto& name : kForeign) {
    const fs::path out = dir / "out" / (name + ".xml");
    ASSERT_TRUE(fs::exists(out)) << name;
    const std::string xml = read_file(out);
    EXPECT_THAT(xml, HasSubstr("<w xml:id=\"strata.w1\"")) << name;
    EXPECT_THAT(xml, HasSubstr("<spanGrp type=\"entities\"")) << name;
    // The primary text, as the JSON output has it, is what the checker takes from the body.
    const fs::path text = dir / (name + ".txt");
    write_file(text, nlohmann::json::parse(read_file(dir / "json" / (name + ".json")))["text"]);
    const auto check = run_command(
        shell_quoted(STRATA_TEI_CHECK) + " --text " + shell_quoted(text.string()) + " --original " +
        shell_quoted((dir / "in" / (name + ".xml")).string()) + " " + shell_quoted(out.string()));
    EXPECT_EQ(check.exit_code, 0) << name << ": " << check.out << check.err;
    files += " " + shell_quoted(out.string());
  }
  expect_jing_valid(files);
}

// pugixml decodes "&#0;" into a NUL, which silently cut the text node it was in, both in the
// annotation and in the file written back.
TEST(ForeignTei, AReferenceToNulIsRefusedAsXmlThatIsNotWellFormed) {
  ScratchDir dir;
  const std::string xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + kHeader +
                          "<text><body><p>Mario Rossi disse: ciao &#0; fine.</p><p>Secondo "
                          "testo.</p></body></text></TEI>";
  write_file(dir / "nul.xml", xml);
  const auto run = run_strata(
      {"annotate", (dir / "nul.xml").string(), "-p", "tokens", "-o", (dir / "out.xml").string()});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_THAT(run.err, HasSubstr("nul.xml: not well-formed XML: character reference \"&#0;\" "
                                 "(U+0000, which XML does not allow) at byte " +
                                 std::to_string(xml.find("&#0;")) + "\n"));
  EXPECT_FALSE(fs::exists(dir / "out.xml"));
}

// With every plugin: sentiment per sentence and its links to entities, all pointing at tokens.
TEST(ForeignTei, TheDefaultChainsOutputIsValidAndKeepsTheMarkup) {
  ScratchDir dir;
  std::vector<std::string> inputs = {"annotate"};
  for (const auto& name : kForeign) {
    inputs.push_back((source_dir() / "tests" / "data" / "tei-foreign" / (name + ".xml")).string());
  }
  inputs.insert(inputs.end(), {"-o", (dir / "out").string() + "/"});
  const auto tei = run_strata(inputs);
  ASSERT_EQ(tei.exit_code, 0) << tei.err;
  std::string files;
  for (const auto& name : kForeign) {
    const fs::path out = dir / "out" / (name + ".xml");
    EXPECT_THAT(read_file(out), HasSubstr("<linkGrp type=\"entity-sentiment.entity\"")) << name;
    const auto check = run_command(
        shell_quoted(STRATA_TEI_CHECK) + " --original " +
        shell_quoted((source_dir() / "tests" / "data" / "tei-foreign" / (name + ".xml")).string()) +
        " " + shell_quoted(out.string()));
    EXPECT_EQ(check.exit_code, 0) << name << ": " << check.out << check.err;
    files += " " + shell_quoted(out.string());
  }
  expect_jing_valid(files);
}

TEST(ForeignTei, TokensCrossingTheFilesElementsPointAtTheirCharacters) {
  ScratchDir dir;
  fs::copy_file(source_dir() / "tests" / "data" / "tei-foreign" / "prose.xml", dir / "prose.xml");
  const auto tei = run_strata({"annotate", (dir / "prose.xml").string(), "-p", "tokens"});
  ASSERT_EQ(tei.exit_code, 0) << tei.err;
  // <hi rend="italic">Ro</hi>ma and car<lb break="no"/>riages stay as they are.
  EXPECT_THAT(tei.out, HasSubstr("<hi rend=\"italic\">Ro</hi>ma "));
  EXPECT_THAT(tei.out, HasSubstr("car<lb break=\"no\"/>riages"));
  // Each token span's characters, the pieces of its string-ranges in body's text, make the word
  // (prose.xml is ASCII: characters are bytes).
  pugi::xml_document tree;
  ASSERT_TRUE(tree.load_string(tei.out.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
  std::string body_text;
  for (pugi::xpath_node text : tree.select_nodes("//body//text()"))
    body_text += text.node().value();
  std::vector<std::string> words;
  for (pugi::xpath_node span : tree.select_nodes("//spanGrp[@type='tokens']/span")) {
    std::istringstream pointers(span.node().attribute("target").value());
    std::string word;
    for (std::string pointer; pointers >> pointer;) {
      std::size_t offset = 0;
      std::size_t length = 0;
      ASSERT_EQ(std::sscanf(pointer.c_str(), "#string-range(b,%zu,%zu)", &offset, &length), 2)
          << pointer;
      word += body_text.substr(offset, length);
    }
    words.push_back(word);
  }
  EXPECT_THAT(words, ElementsAre("Roma", "carriages", "drivers"));
  EXPECT_THAT(tei.out, HasSubstr("<spanGrp type=\"tokens\" resp=\"#strata.app.tokens\"><span "
                                 "xml:id=\"strata.w15\" target=\"#string-range(b,"));
  // Notes are not annotated.
  EXPECT_THAT(tei.out, HasSubstr("diary says <date>May</date>."));
}

// A file whose text is longer than --window is annotated a window at a time, as plain text is,
// and written back the same: with `tokens` alone, byte for byte as when it is annotated whole.
TEST(ForeignTei, ALongFileIsAnnotatedInWindows) {
  ScratchDir dir;
  std::string body;
  for (int i = 0; i < 40; ++i) {
    body += "<p>Paragraph " + std::to_string(i) + ": <hi>Ro</hi>ma and car<lb break=\"no\"/>" +
            "riages.<note>a note</note> \"Quoted,\" said Anna Rossi in Torino.</p>\n";
  }
  write_file(dir / "long.xml",
             "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>L"
             "</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
             "</sourceDesc></fileDesc></teiHeader><text><body>\n" +
                 body + "</body></text></TEI>\n");
  const std::string in = (dir / "long.xml").string();
  const std::string whole = (dir / "whole.xml").string();
  const std::string windows = (dir / "windows.xml").string();
  ASSERT_EQ(run_strata({"annotate", in, "-p", "tokens", "--window", "0", "-o", whole}).exit_code,
            0);
  ASSERT_EQ(run_strata({"annotate", in, "-p", "tokens", "--window", "1K", "-o", windows}).exit_code,
            0);
  EXPECT_EQ(read_file(windows), read_file(whole));
  const auto chain = run_strata({"annotate", in, "--window", "1K", "-o", windows});
  ASSERT_EQ(chain.exit_code, 0) << chain.err;
  EXPECT_THAT(read_file(windows), HasSubstr("<linkGrp type=\"entity-sentiment.entity\""));
  // Sentiment scores each window, not the document, and says so.
  EXPECT_THAT(read_file(windows), HasSubstr("<string>window</string>"));
  const auto check = run_command(shell_quoted(STRATA_TEI_CHECK) + " --original " +
                                 shell_quoted(in) + " " + shell_quoted(windows));
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  // Inline TEI in windows is made from the text, as for a short file, and says so.
  const auto inline_tei = run_strata({"annotate", in, "-p", "tokens", "--window", "1K", "-f",
                                      "tei-inline", "-o", (dir / "inline.xml").string()});
  ASSERT_EQ(inline_tei.exit_code, 0) << inline_tei.err;
  EXPECT_THAT(inline_tei.err, HasSubstr("long.xml: the inline TEI is made from the text alone"));
  expect_jing_valid(" " + shell_quoted(windows));
}

// A tokenizer of one's own whose tokens have features TEI from elsewhere has no room for: the file
// is written, and a warning names them, once a document, also when it is written in windows.
TEST(ForeignTei, SaysWhichTokenFeaturesItHasNoRoomFor) {
  ScratchDir dir;
  std::string body;
  for (int i = 0; i < 40; ++i) body += "<p>Paragraph " + std::to_string(i) + " says little.</p>\n";
  write_file(dir / "in.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + kHeader +
                                 "<text><body>\n" + body + "</body></text></TEI>\n");
  const std::string warning =
      "in.xml: TEI from elsewhere has no room for the token features 'deprel', 'head'; -f json "
      "keeps them";
  for (const char* window : {"0", "1K"}) {
    const auto result =
        run_strata({"annotate", (dir / "in.xml").string(), "-p", "parser", "--plugin-path",
                    (fixture_plugin_dir() / "own-tokenizer").string(), "--window", window, "-o",
                    (dir / "out.xml").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr(warning)) << window;
    EXPECT_EQ(result.err.find(warning), result.err.rfind(warning)) << window;
    EXPECT_THAT(read_file(dir / "out.xml"), HasSubstr("<w ")) << window;
  }
}

TEST(ForeignTei, OtherFormatsAreMadeFromTheTextWithAWarningForInlineTei) {
  ScratchDir dir;
  const fs::path play = source_dir() / "tests" / "data" / "tei-foreign" / "play.xml";
  const auto inline_tei = run_strata({"annotate", play.string(), "-p", "tokens", "-f", "tei-inline",
                                      "-o", (dir / "play.xml").string()});
  ASSERT_EQ(inline_tei.exit_code, 0) << inline_tei.err;
  EXPECT_THAT(inline_tei.err, HasSubstr("play.xml: the inline TEI is made from the text alone"));
  const auto check =
      run_command(shell_quoted(STRATA_TEI_CHECK) + " " + shell_quoted((dir / "play.xml").string()));
  EXPECT_EQ(check.exit_code, 0) << check.out;
  const auto json = run_strata({"annotate", play.string(), "-p", "tokens", "-f", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_TRUE(json.err.empty()) << json.err;
  const auto text = nlohmann::json::parse(json.out)["text"].get<std::string>();
  EXPECT_TRUE(text.starts_with("Scene I. A harbour in Cornwall, at night.\n\nEnter Tom, carrying"))
      << text;
  EXPECT_THAT(text, HasSubstr("Tom\n\nThe sea is quiet and the boats are in,\nyet Mary waits"));
}

TEST(ForeignTei, ACorpusFileHoldsEveryDocumentThatWasAnnotated) {
  ScratchDir dir;
  copy_inputs(dir);
  fs::copy_file(source_dir() / "examples" / "en-summit-geneva.txt", dir / "in" / "summit.txt");
  const fs::path corpus = dir / "corpus" / "all.xml";
  const auto run = run_strata({"annotate", (dir / "in").string(), "-p", "tokens,entities",
                               "--corpus-file", corpus.string(), "-j", "2"});
  EXPECT_EQ(run.exit_code, 1) << run.err;  // the bad inputs
  EXPECT_THAT(run.err, HasSubstr("4 of 8 documents failed"));
  EXPECT_TRUE(run.out.empty());
  const std::string xml = read_file(corpus);
  EXPECT_THAT(xml, HasSubstr("<title>Corpus of 4 documents</title>"));
  // In job order (by name): letter, play, prose, summit; each with ids of its own, numbered by
  // its place among all inputs (doctype.xml, which failed, is the first; play.xml the sixth).
  const std::size_t letter = xml.find("xml:id=\"d2.strata.w1\" join=\"right\">Torino<");
  const std::size_t summit = xml.find("<p>Document summit.txt: ");
  EXPECT_NE(letter, std::string::npos);
  EXPECT_NE(xml.find("<sp who=\"#d6.tom\" xml:id=\"d6.sp1\">"), std::string::npos);
  EXPECT_LT(letter, summit);
  EXPECT_THAT(xml, Not(HasSubstr("Hello.")));
  const auto check =
      run_command(shell_quoted(STRATA_TEI_CHECK) + " " + shell_quoted(corpus.string()));
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  expect_jing_valid(" " + shell_quoted(corpus.string()));
}

TEST(ForeignTei, ACorpusFileIsRefusedWithOutputOrAFormatThatIsNotTei) {
  ScratchDir dir;
  copy_inputs(dir);
  const auto both =
      run_strata({"annotate", (dir / "in" / "play.xml").string(), "-o", (dir / "o.xml").string(),
                  "--corpus-file", (dir / "c.xml").string()});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_THAT(both.err, HasSubstr("give either -o or --corpus-file, not both"));
  const auto json = run_strata({"annotate", (dir / "in" / "play.xml").string(), "-f", "json",
                                "--corpus-file", (dir / "c.xml").string()});
  EXPECT_EQ(json.exit_code, 2);
  EXPECT_THAT(json.err, HasSubstr("--corpus-file writes a teiCorpus"));
  // Nothing annotated: no corpus file.
  const auto none = run_strata({"annotate", (dir / "in" / "not-tei.xml").string(), "-p", "tokens",
                                "--corpus-file", (dir / "c.xml").string()});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_THAT(none.err, HasSubstr("was not written"));
  EXPECT_FALSE(fs::exists(dir / "c.xml"));
}

}  // namespace
}  // namespace strata::testing
