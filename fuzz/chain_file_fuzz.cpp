// libFuzzer target: the chain-file parser (read_chain_file). It reads a path, so each input is
// written to one scratch file of this process first. Anything it cannot accept must end in
// SetupError, the error `strata annotate` reports with exit code 2.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "chain_file.hpp"
#include "setup_error.hpp"

namespace {

const std::filesystem::path& scratch_file() {
  static const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("strata-chain-fuzz-" + std::to_string(getpid()) + ".ini");
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream out(scratch_file(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    strata::host::read_chain_file(scratch_file());
  } catch (const strata::host::SetupError&) {
  }
  return 0;
}
