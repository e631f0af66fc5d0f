// A scratch directory for one test, removed with everything in it afterwards.
#pragma once

#include <filesystem>

namespace strata::formats::testing {

// Creates a new, uniquely named directory under the system's temporary directory.
class TempDir {
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace strata::formats::testing
