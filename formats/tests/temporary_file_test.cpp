// Making a temporary file where the system keeps them.
#include "strata/formats/temporary_file.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <optional>
#include <string>

#include "strata/error.hpp"
#include "temp_dir.hpp"

namespace strata::formats {
namespace {

// Sets TMPDIR for one test and puts back what was there.
class TemporaryDirectoryVariable {
 public:
  explicit TemporaryDirectoryVariable(const std::string& value) {
    if (const char* old = std::getenv("TMPDIR")) old_ = old;
    ::setenv("TMPDIR", value.c_str(), 1);
  }
  ~TemporaryDirectoryVariable() {
    if (old_) {
      ::setenv("TMPDIR", old_->c_str(), 1);
    } else {
      ::unsetenv("TMPDIR");
    }
  }

 private:
  std::optional<std::string> old_;
};

TEST(TemporaryFile, IsMadeEmptyInTmpdirWithThePrefix) {
  const testing::TempDir dir;
  const TemporaryDirectoryVariable tmpdir(dir.path().string());
  const TemporaryFile made = make_temporary_file("strata-test");
  ASSERT_GE(made.descriptor, 0);
  EXPECT_EQ(made.directory, dir.path().string());
  const std::filesystem::path path(made.path);
  EXPECT_EQ(path.parent_path(), dir.path());
  EXPECT_TRUE(path.filename().string().starts_with("strata-test-"));
  EXPECT_EQ(std::filesystem::file_size(path), 0u);
  EXPECT_EQ(::write(made.descriptor, "x", 1), 1);  // open for writing
  ::close(made.descriptor);
  std::filesystem::remove(path);
}

TEST(TemporaryFile, WithoutTmpdirItIsMadeInTmp) {
  const testing::TempDir dir;
  const TemporaryDirectoryVariable tmpdir((dir.path() / "missing").string());
  const TemporaryFile made = make_temporary_file("strata-test");
  EXPECT_EQ(made.directory, "/tmp");
  ::close(made.descriptor);
  std::filesystem::remove(made.path);
}

TEST(TemporaryFile, ADirectoryThatTakesNoFileIsAnErrorNamingIt) {
  const TemporaryDirectoryVariable tmpdir("/proc");  // a directory no one can make files in
  try {
    make_temporary_file("strata-test");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("cannot make a temporary file in /proc: "),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace strata::formats
