#include "strata/formats/temporary_file.hpp"

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "strata/error.hpp"

namespace strata::formats {

TemporaryFile make_temporary_file(std::string_view prefix) {
  TemporaryFile made;
  std::error_code error;
  made.directory = std::filesystem::temp_directory_path(error).string();
  if (error) made.directory = "/tmp";
  made.path = made.directory + "/" + std::string(prefix) + "-XXXXXX";
  made.descriptor = ::mkstemp(made.path.data());
  if (made.descriptor < 0) {
    throw Error("cannot make a temporary file in " + made.directory + ": " + std::strerror(errno));
  }
  return made;
}

}  // namespace strata::formats
