// Helpers the US finder's tests share.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "citation.hpp"

namespace strata::legal::us::testing {

// The value of a citation's feature, or "" when it has none.
inline std::string feature(const Citation& citation, std::string_view name) {
  for (const auto& [key, value] : citation.features)
    if (key == name) return value;
  return {};
}

// A file of ../shared (STRATA_SHARED_DIR) read whole, or nothing when it is not there: tests on
// shared data skip rather than fail on machines without it.
inline std::optional<std::string> shared_file(std::string_view relative) {
  const char* shared = std::getenv("STRATA_SHARED_DIR");
  if (!shared || !*shared) return std::nullopt;
  std::ifstream in(std::filesystem::path(shared) / relative, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace strata::legal::us::testing
