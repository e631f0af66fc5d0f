#include "chain_file.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "setup_error.hpp"

namespace strata::host {
namespace {

// `content` read as a chain file, from a temporary file that is removed again, read or not.
ChainFile read_chain(const std::string& content) {
  struct Removed {
    std::filesystem::path path;
    ~Removed() {
      std::error_code ignored;
      std::filesystem::remove(path, ignored);
    }
  };
  const Removed file{std::filesystem::temp_directory_path() /
                     ("strata-chain-test-" + std::to_string(::getpid()) + ".ini")};
  std::ofstream(file.path) << content;
  return read_chain_file(file.path);
}

std::string error_of(const std::string& content) {
  try {
    read_chain(content);
  } catch (const SetupError& e) {
    const std::string message = e.what();
    return message.substr(message.find(':') + 1);  // drop the temporary path
  }
  return "no error";
}

TEST(ChainFile, UnreadableFileSaysWhy) {
  const auto message = [](const std::filesystem::path& path) {
    try {
      read_chain_file(path);
    } catch (const SetupError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("/no/such/chain.ini"),
            "cannot read chain file /no/such/chain.ini: No such file or directory");
  const auto folder = std::filesystem::temp_directory_path().string();
  EXPECT_EQ(message(folder), "cannot read chain file " + folder + ": it is a directory");
}

TEST(ChainFile, ReadsPluginsLanguageAndSections) {
  const auto chain = read_chain(
      "# a chain\nplugins = tokens, entities\nlanguage = it  # Italian\n\n[entities]\n"
      "gazetteer = true\nthreshold=0.5\n[tokens]\nparagraphs = lines\n");
  EXPECT_EQ(chain.plugins, (std::vector<std::string>{"tokens", "entities"}));
  EXPECT_EQ(chain.language, "it");
  EXPECT_EQ(chain.plugins_origin.substr(chain.plugins_origin.rfind(':')), ":2");
  ASSERT_EQ(chain.settings.size(), 3u);
  EXPECT_EQ(chain.settings[1].plugin, "entities");
  EXPECT_EQ(chain.settings[1].option, "threshold");
  EXPECT_EQ(chain.settings[1].value, "0.5");
  EXPECT_TRUE(chain.settings[2].origin.ends_with(":9"));
}

TEST(ChainFile, ErrorsNameTheLine) {
  EXPECT_EQ(error_of("plugins = tokens\nlanguge = it\n"),
            "2: unknown setting 'languge' (expected 'plugins' or 'language', or a [plugin] "
            "section)");
  EXPECT_EQ(error_of("plugins = tokens\n[tokens\n"), "2: unterminated section header '[tokens'");
  EXPECT_EQ(error_of("plugins = tokens\n[tokens]\njust words\n"),
            "3: expected 'name = value', found 'just words'");
  // Not a line's fault: the file's.
  EXPECT_EQ(error_of("language = it\n\n"), " no 'plugins = ...' line");
  EXPECT_EQ(error_of("[tokens]\nparagraphs = lines\nplugins = tokens\n"),
            "3: 'plugins' is inside a [section]; top-level settings go before the first section");
  // Named with its line, as -l's own error cannot be.
  EXPECT_EQ(error_of("plugins = tokens\nlanguage = Italian\n"),
            "2: unknown language 'Italian' (use an ISO 639 code such as it or en, a tag such as "
            "it-IT, or auto)");
  EXPECT_EQ(error_of("plugins = tokens\nlanguage =\n").substr(0, 22), "2: unknown language ''");
  EXPECT_EQ(error_of(""), " no 'plugins = ...' line");
  EXPECT_EQ(error_of("plugins = ,\n"), "1: 'plugins' lists no plugin");
  EXPECT_EQ(error_of("plugins = a\nplugins = b\n"), "2: 'plugins' given twice");
}

// The first would be dropped without a word; also when the section comes again.
TEST(ChainFile, AnOptionGivenTwiceIsAnError) {
  EXPECT_EQ(error_of("plugins = entities\n[entities]\ngazetteer = a.txt\ngazetteer = b.txt\n"),
            "4: option 'gazetteer' of [entities] given twice (first on line 3)");
  EXPECT_EQ(error_of("plugins = tokens\n[tokens]\nparagraphs = lines\n[entities]\n[tokens]\n"
                     "paragraphs = auto\n"),
            "6: option 'paragraphs' of [tokens] given twice (first on line 3)");
  EXPECT_EQ(read_chain("plugins = a, b\n[a]\nx = 1\n[b]\nx = 2\n").settings.size(), 2u);
}

TEST(ChainFile, AByteOrderMarkAtTheStartIsIgnored) {
  const auto chain = read_chain("\xEF\xBB\xBFplugins = tokens\n");
  EXPECT_EQ(chain.plugins, (std::vector<std::string>{"tokens"}));
}

TEST(ChainFile, MissingFile) {
  EXPECT_THROW(read_chain_file("/nonexistent/chain.ini"), SetupError);
}

TEST(SetArgument, SplitsPluginOptionAndValue) {
  const auto s = parse_set_argument("tokens.paragraphs=lines=x");
  EXPECT_EQ(s.plugin, "tokens");
  EXPECT_EQ(s.option, "paragraphs");
  EXPECT_EQ(s.value, "lines=x");
  EXPECT_THROW(parse_set_argument("tokens=1"), SetupError);
  EXPECT_THROW(parse_set_argument(".x=1"), SetupError);
  EXPECT_THROW(parse_set_argument("a.=1"), SetupError);
}

TEST(SetArgument, AnOptionSetTwiceIsRefused) {
  EXPECT_EQ(parse_set_arguments({"tokens.paragraphs=lines", "entities.model=m.bin"}).size(), 2U);
  try {
    parse_set_arguments({"tokens.paragraphs=lines", "tokens.paragraphs=blank-lines"});
    FAIL() << "accepted";
  } catch (const SetupError& e) {
    EXPECT_STREQ(e.what(),
                 "--set tokens.paragraphs=blank-lines: option 'paragraphs' of tokens is already "
                 "set by --set tokens.paragraphs=lines");
  }
}

TEST(SplitList, TrimsAndDropsEmptyItems) {
  EXPECT_EQ(split_list(" a, b ,,c "), (std::vector<std::string>{"a", "b", "c"}));
}

}  // namespace
}  // namespace strata::host
