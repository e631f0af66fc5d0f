#include "atomic_file.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <ostream>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace strata::host {
namespace {

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("strata-atomic-" + std::to_string(::getpid()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string content(const fs::path& path) const {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream all;
    all << in.rdbuf();
    return all.str();
  }
  std::size_t files() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder_), {}));
  }
  fs::path folder_;
};

TEST_F(AtomicFileTest, CommitPutsEverythingWrittenInPlace) {
  const fs::path path = folder_ / "out.xml";
  std::string big(3 << 20, 'x');  // larger than the buffer: written past it
  {
    AtomicFile file(path);
    std::ostream out(&file);
    out << "<TEI>" << 'a';
    out.write(big.data(), static_cast<std::streamsize>(big.size()));
    out << "</TEI>";
    EXPECT_FALSE(fs::exists(path)) << "visible before it is complete";
    file.commit();
  }
  EXPECT_EQ(content(path), "<TEI>a" + big + "</TEI>");
  EXPECT_EQ(files(), 1u) << "a temporary file was left behind";
}

// What a link names is replaced, as a shell's redirection would write through it; the link
// stays, also when it dangles or names another link.
TEST_F(AtomicFileTest, CommitReplacesWhatALinkNames) {
  fs::create_directories(folder_ / "real");
  std::ofstream(folder_ / "real" / "out.xml") << "old";
  fs::create_symlink("real/out.xml", folder_ / "link.xml");
  fs::create_symlink("link.xml", folder_ / "link-to-link.xml");
  fs::create_symlink("real/new.xml", folder_ / "dangling.xml");
  for (const char* name : {"link.xml", "link-to-link.xml", "dangling.xml"}) {
    AtomicFile file(folder_ / name);
    std::ostream out(&file);
    out << name;
    file.commit();
  }
  EXPECT_TRUE(fs::is_symlink(folder_ / "link.xml"));
  EXPECT_TRUE(fs::is_symlink(folder_ / "link-to-link.xml"));
  EXPECT_TRUE(fs::is_symlink(folder_ / "dangling.xml"));
  EXPECT_EQ(content(folder_ / "real" / "out.xml"), "link-to-link.xml");
  EXPECT_EQ(content(folder_ / "real" / "new.xml"), "dangling.xml");
  EXPECT_EQ(files(), 4u) << "a temporary file was left behind";  // the three links and real/
  EXPECT_EQ(std::distance(fs::directory_iterator(folder_ / "real"), {}), 2)
      << "a temporary file was left behind";
}

// A pipe (like a device: -o /dev/null, -o /dev/stdout) is written into, not replaced by a file;
// so is one reached through a link.
TEST_F(AtomicFileTest, APipeIsWrittenIntoInPlace) {
  const fs::path pipe = folder_ / "pipe.xml";
  ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
  fs::create_symlink("pipe.xml", folder_ / "link.xml");
  for (const char* name : {"pipe.xml", "link.xml"}) {
    std::string read;
    std::thread reader([&] { read = content(pipe); });
    {
      AtomicFile file(folder_ / name);
      std::ostream out(&file);
      out << "<TEI/>";
      file.commit();
    }
    reader.join();
    EXPECT_EQ(read, "<TEI/>") << name;
    EXPECT_EQ(fs::status(pipe).type(), fs::file_type::fifo) << name;
  }
  EXPECT_EQ(files(), 2u) << "a temporary file was left behind";
}

// -o /dev/stdout with standard output sent to a file (>> log): written through the descriptor,
// after what the file holds, not by replacing the file.
TEST_F(AtomicFileTest, StandardOutputIsWrittenThroughItsDescriptor) {
  const fs::path log = folder_ / "log.txt";
  std::ofstream(log) << "before\n";
  const int saved = ::dup(STDOUT_FILENO);
  ASSERT_GE(saved, 0);
  std::fflush(stdout);
  const int appended = ::open(log.c_str(), O_WRONLY | O_APPEND);
  ASSERT_GE(appended, 0);
  ::dup2(appended, STDOUT_FILENO);
  ::close(appended);
  fs::create_symlink("/proc/self/fd/1", folder_ / "stdout");
  {
    AtomicFile file(folder_ / "stdout");
    std::ostream out(&file);
    out << "<TEI/>\n";
    file.commit();
  }
  ::dup2(saved, STDOUT_FILENO);
  ::close(saved);
  EXPECT_EQ(content(log), "before\n<TEI/>\n");
  EXPECT_TRUE(fs::is_symlink(folder_ / "stdout"));
}

TEST_F(AtomicFileTest, ALoopOfLinksIsAnError) {
  fs::create_symlink("b", folder_ / "a");
  fs::create_symlink("a", folder_ / "b");
  try {
    AtomicFile file(folder_ / "a");
    FAIL() << "opened a loop of links";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("too many levels of symbolic links"), std::string::npos)
        << e.what();
  }
}

TEST_F(AtomicFileTest, WithoutCommitNothingIsLeft) {
  const fs::path path = folder_ / "out.xml";
  {
    AtomicFile file(path);
    std::ostream out(&file);
    out << "half a document";
  }
  EXPECT_FALSE(fs::exists(path));
  EXPECT_EQ(files(), 0u);
}

TEST_F(AtomicFileTest, ReplacesAnOlderFileOnlyWhenComplete) {
  const fs::path path = folder_ / "out.xml";
  std::ofstream(path) << "old";
  {
    AtomicFile file(path);
    std::ostream out(&file);
    out << "new";
    EXPECT_EQ(content(path), "old");
  }
  EXPECT_EQ(content(path), "old");
}

TEST_F(AtomicFileTest, MissingFoldersAreMade) {
  const fs::path path = folder_ / "a" / "b" / "out.xml";
  AtomicFile file(path);
  file.sputn("x", 1);
  file.commit();
  EXPECT_EQ(content(path), "x");
}

TEST_F(AtomicFileTest, AnUnwritablePlaceIsAnErrorNamingThePath) {
  try {
    AtomicFile file("/proc/strata-cannot-write/out.xml");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/proc/strata-cannot-write"), std::string::npos)
        << e.what();
  }
}

// A process id no process can have: one past the kernel's largest.
long dead_pid() {
  std::ifstream in("/proc/sys/kernel/pid_max");
  long max = 0;
  in >> max;
  return max + 1;
}

TEST_F(AtomicFileTest, AbandonedTemporariesOfTheOutputsAreRemovedAndNothingElse) {
  const std::string dead = std::to_string(dead_pid());
  const std::string alive = std::to_string(::getppid());
  const std::vector<std::string> names = {
      ".a.xml.tmp-" + dead + "-0",   // abandoned: removed
      ".a.xml.tmp-" + dead + "-17",  // abandoned: removed
      ".a.xml.tmp-" + alive + "-0",  // its writer still runs
      ".b.xml.tmp-" + dead + "-0",   // not an output of this run (another shard's)
      ".a.xml.tmp-x-0",              // not a temporary name
      "a.xml.tmp-" + dead + "-0",    // not hidden: not ours
      "a.xml"};
  for (const std::string& name : names) std::ofstream(folder_ / name) << "x";
  const std::vector<fs::path> outputs = {folder_ / "a.xml", folder_ / "sub" / "c.xml"};
  EXPECT_EQ(remove_abandoned_temporaries(outputs), 2u);
  EXPECT_EQ(files(), names.size() - 2);
  EXPECT_FALSE(fs::exists(folder_ / names[0]));
  EXPECT_TRUE(fs::exists(folder_ / names[2]));
  EXPECT_TRUE(fs::exists(folder_ / names[3]));
}

}  // namespace
}  // namespace strata::host
