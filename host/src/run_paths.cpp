#include "run_paths.hpp"

namespace fs = std::filesystem;

namespace strata::host {

std::string resolved_path(const fs::path& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  const fs::path real = fs::weakly_canonical(absolute, error);
  return (error ? absolute.lexically_normal() : real).generic_string();
}

bool is_within(const std::string& inner, const std::string& outer) {
  return inner.starts_with(outer) &&
         (inner.size() == outer.size() || outer.ends_with('/') || inner[outer.size()] == '/');
}

std::string path_below(const std::string& inner, const std::string& outer) {
  if (inner.size() == outer.size()) return {};
  return inner.substr(outer.size() + (outer.ends_with('/') ? 0 : 1));
}

}  // namespace strata::host
