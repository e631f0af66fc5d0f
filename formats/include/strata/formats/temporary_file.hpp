// Making a temporary file where the system keeps them.
#pragma once

#include <string>
#include <string_view>

namespace strata::formats {

// A new, empty temporary file, open for reading and writing: `descriptor` is the caller's to
// close, and the file stays until the caller removes `path`.
struct TemporaryFile {
  int descriptor = -1;
  std::string path;
  std::string directory;  // where it is (TMPDIR, else /tmp), for error messages
};

// Makes one named `prefix` and six random characters. Throws strata::Error naming the directory
// when it cannot.
TemporaryFile make_temporary_file(std::string_view prefix);

}  // namespace strata::formats
