// Files with given content for the host's reader tests, removed when the test ends.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "setup_error.hpp"

namespace strata::host {

// Binary, so the tests decide about CRLF themselves.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& content)
      : path_(std::filesystem::temp_directory_path() /
              ("strata-test-" + std::to_string(::getpid()) + "-" + name)) {
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The message of the SetupError `read` throws for a file holding `content`, from after the
// file's path and colon (which it must start with); "no error" when it throws none.
template <typename Read>
std::string setup_error_of(Read read, const std::string& content) {
  const TempFile file("bad-gold", content);
  try {
    read(file.path());
  } catch (const SetupError& e) {
    const std::string message = e.what();
    EXPECT_EQ(message.rfind(file.path().string() + ":", 0), 0u) << message;
    return message.substr(file.path().string().size() + 1);
  }
  return "no error";
}

}  // namespace strata::host
